/**
 * What main keeps per window: the close guard (unsaved changes) and the files waiting to be
 * opened once its page listens. The rules live in electron/node; this wires them to events.
 */
import { app, type BrowserWindow } from 'electron';
import { IPC } from '../../shared/ipc/channels';
import { CloseGuard } from '../node/closeGuard';
import type { FileService } from '../node/fileService';
import { OpenRequestQueue } from '../node/openRequests';

export class WindowSession {
  readonly guard = new CloseGuard();
  readonly opens: OpenRequestQueue;
  private unresponsive = false;

  constructor(
    readonly win: BrowserWindow,
    files: FileService,
  ) {
    this.opens = new OpenRequestQueue((path) => win.webContents.send(IPC.openRequest, files.adopt(path)));
    win.on('close', (event) => {
      const alive = !win.webContents.isCrashed() && !this.unresponsive;
      const decision = this.guard.onCloseAttempt(alive);
      if (decision === 'close') return;
      event.preventDefault();
      if (decision === 'ask') win.webContents.send(IPC.closeRequest);
    });
    win.on('unresponsive', () => (this.unresponsive = true));
    win.on('responsive', () => (this.unresponsive = false));
    // A reload or a crashed page: nobody will answer a pending question; hold new files until it listens.
    win.webContents.on('did-start-loading', () => {
      this.guard.reset();
      this.opens.rendererGone();
    });
  }

  /** The renderer answered the close question (after saving, or Don't Save, or Cancel). */
  answerClose(mayClose: boolean): void {
    const outcome = this.guard.onAnswer(mayClose);
    if (outcome === 'close') this.win.close();
    if (outcome === 'quit') app.quit();
  }

  setDirty(dirty: boolean): void {
    this.guard.setDirty(dirty);
    if (process.platform === 'darwin') this.win.setDocumentEdited(dirty);
  }
}
