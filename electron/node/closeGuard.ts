/**
 * Closing or quitting with unsaved changes: main stops the close, asks the renderer (which
 * shows Save / Don't Save / Cancel and saves if told to), and closes only when it answers yes.
 * Plain state, so the rules are tested without Electron.
 */
export type CloseDecision =
  /** Let the window close now. */
  | 'close'
  /** Stop the close and ask the renderer. */
  | 'ask'
  /** Stop the close: the renderer is already asking. */
  | 'wait';

export type AnswerOutcome = 'close' | 'quit' | 'stay';

export class CloseGuard {
  private dirty = false;
  private asking = false;
  private approved = false;
  private quitting = false;

  setDirty(dirty: boolean): void {
    this.dirty = dirty;
  }

  /** The app is quitting (Cmd+Q, File > Quit): once the window may close, quit too. */
  quitRequested(): void {
    this.quitting = true;
  }

  /**
   * @param rendererAlive false when the page crashed or hangs: nothing to ask, and its drafts
   *   are already on disk, so the window may close.
   */
  onCloseAttempt(rendererAlive: boolean): CloseDecision {
    if (this.approved || !this.dirty || !rendererAlive) return 'close';
    if (this.asking) return 'wait';
    this.asking = true;
    return 'ask';
  }

  onAnswer(mayClose: boolean): AnswerOutcome {
    if (!this.asking) return 'stay';
    this.asking = false;
    if (!mayClose) {
      this.quitting = false;
      return 'stay';
    }
    this.approved = true;
    return this.quitting ? 'quit' : 'close';
  }

  /** The page reloaded or crashed: a question in flight will never be answered. */
  reset(): void {
    this.asking = false;
    this.dirty = false;
  }
}
