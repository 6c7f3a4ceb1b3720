/**
 * Closing or quitting with unsaved changes, as a state machine: main stops the close, asks the
 * renderer (which shows Save / Don't Save / Cancel and saves if told to), and closes, or quits,
 * only when it answers yes. `closeTransition` is the whole rule set, pure, so every path is tested
 * without Electron; `CloseGuard` keeps one window's state for main/windowSession.ts.
 *
 *   open ──close attempt, dirty──▶ asking ──yes──▶ approved ──close attempt──▶ (window closes)
 *     ▲                              │
 *     └──────no / page reloaded──────┘
 *
 * A clean window, or one whose page crashed or hangs (its drafts are already on disk), closes
 * from any phase. Quit (Cmd+Q, File > Quit) only marks the flow: the yes that follows quits the
 * app; a no cancels the quit as well.
 */
export type ClosePhase =
  /** Nothing pending. */
  | 'open'
  /** The renderer is asking the user; further close attempts wait for its answer. */
  | 'asking'
  /** The renderer said yes: the next close goes through. */
  | 'approved';

export interface CloseState {
  readonly phase: ClosePhase;
  /** The document has unsaved changes (the renderer says so after every change). */
  readonly dirty: boolean;
  /** Quit was asked for and not cancelled: the yes quits the app, not just the window. */
  readonly quitting: boolean;
}

export type CloseEvent =
  | { type: 'dirty'; dirty: boolean }
  | { type: 'quit-requested' }
  /** `rendererAlive` is false when the page crashed or hangs: nobody can answer. */
  | { type: 'close-attempt'; rendererAlive: boolean }
  | { type: 'answer'; mayClose: boolean }
  /** The page reloaded or crashed: a question in flight will never be answered. */
  | { type: 'page-reset' };

export type CloseDecision =
  /** Let the window close now. */
  | 'close'
  /** Stop the close and ask the renderer. */
  | 'ask'
  /** Stop the close: the renderer is already asking. */
  | 'wait';

export type AnswerOutcome = 'close' | 'quit' | 'stay';

/** What main must do after an event: nothing, or the decision or outcome above. */
export type CloseEffect = CloseDecision | AnswerOutcome | 'none';

export const INITIAL_CLOSE_STATE: CloseState = { phase: 'open', dirty: false, quitting: false };

export function closeTransition(state: CloseState, event: CloseEvent): { state: CloseState; effect: CloseEffect } {
  switch (event.type) {
    case 'dirty':
      return { state: { ...state, dirty: event.dirty }, effect: 'none' };
    case 'quit-requested':
      return { state: { ...state, quitting: true }, effect: 'none' };
    case 'close-attempt':
      if (state.phase === 'approved' || !state.dirty || !event.rendererAlive) return { state, effect: 'close' };
      if (state.phase === 'asking') return { state, effect: 'wait' };
      return { state: { ...state, phase: 'asking' }, effect: 'ask' };
    case 'answer':
      // An answer nobody asked for (late, or after a reload) changes nothing.
      if (state.phase !== 'asking') return { state, effect: 'stay' };
      if (!event.mayClose) return { state: { ...state, phase: 'open', quitting: false }, effect: 'stay' };
      return { state: { ...state, phase: 'approved' }, effect: state.quitting ? 'quit' : 'close' };
    case 'page-reset':
      // The reloaded page starts clean and says again when it has changes; an approved close stands.
      return {
        state: { ...state, phase: state.phase === 'asking' ? 'open' : state.phase, dirty: false },
        effect: 'none',
      };
  }
}

/** One window's close flow, for main. */
export class CloseGuard {
  private current: CloseState = INITIAL_CLOSE_STATE;

  get state(): CloseState {
    return this.current;
  }

  private apply(event: CloseEvent): CloseEffect {
    const { state, effect } = closeTransition(this.current, event);
    this.current = state;
    return effect;
  }

  setDirty(dirty: boolean): void {
    this.apply({ type: 'dirty', dirty });
  }

  /** The app is quitting (Cmd+Q, File > Quit): once the window may close, quit too. */
  quitRequested(): void {
    this.apply({ type: 'quit-requested' });
  }

  /**
   * @param rendererAlive false when the page crashed or hangs: nothing to ask, and its drafts
   *   are already on disk, so the window may close.
   */
  onCloseAttempt(rendererAlive: boolean): CloseDecision {
    return this.apply({ type: 'close-attempt', rendererAlive }) as CloseDecision;
  }

  onAnswer(mayClose: boolean): AnswerOutcome {
    return this.apply({ type: 'answer', mayClose }) as AnswerOutcome;
  }

  /** The page reloaded or crashed: a question in flight will never be answered. */
  reset(): void {
    this.apply({ type: 'page-reset' });
  }
}
