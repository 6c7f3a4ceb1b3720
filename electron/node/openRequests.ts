/**
 * Files main wants the renderer to open (command line, macOS open-file, a second launch, the
 * Open Recent menu). They can arrive before the page is listening, so they wait until it is.
 */
export class OpenRequestQueue {
  private pending: string[] = [];
  private listening = false;

  constructor(private readonly deliver: (path: string) => void) {}

  add(paths: readonly string[]): void {
    if (this.listening) paths.forEach((p) => this.deliver(p));
    else for (const path of paths) if (!this.pending.includes(path)) this.pending.push(path);
  }

  /** The renderer said it is ready: hand over what waited, in order. */
  rendererReady(): void {
    this.listening = true;
    const waiting = this.pending;
    this.pending = [];
    waiting.forEach((p) => this.deliver(p));
  }

  /** The page is reloading: hold requests until it is ready again. */
  rendererGone(): void {
    this.listening = false;
  }
}
