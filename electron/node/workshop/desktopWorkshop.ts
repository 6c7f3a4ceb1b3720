/**
 * The desktop app's File > Host workshop (docs/workshop.md "Hosting from the desktop app"): the
 * same host `journey-studio serve` runs (workshopServer.ts), started in the main process for the
 * open document's file. At most one workshop at a time. It hosts the file as it is on disk, so a
 * document with unsaved changes (or no file yet) is refused: hosting it would leave the window's
 * edits out of the workshop, and the workshop's saves would later overwrite them.
 */
import { basename } from 'node:path';
import type { HostWorkshopRequest, HostWorkshopResult, WorkshopStatus } from '../../../shared/host';
import { formatProblem } from '../../../shared/model';
import { WorkshopFileError } from './workshopRoom';
import { startWorkshopServer, type RunningWorkshop, type WorkshopServerOptions } from './workshopServer';

/** Every address on the network: others in the room reach the host through its LAN address. */
export const NETWORK_HOST = '0.0.0.0';
export const LOOPBACK_HOST = '127.0.0.1';

export interface DesktopWorkshopStart extends HostWorkshopRequest {
  /** The open document's file; null when it was never saved. */
  path: string | null;
  /** Whether the window has unsaved changes. */
  dirty: boolean;
}

export interface DesktopWorkshopOptions {
  /** The built web editor participants load; null serves a page saying what to build. */
  webRoot: string | null;
  /** Lines for the app's log (saves that failed, refused connections). */
  report?: (line: string) => void;
  /** For tests: a fixed port, limits, the save delay. */
  server?: Partial<WorkshopServerOptions>;
}

export class DesktopWorkshop {
  private running: { workshop: RunningWorkshop; fileName: string; onNetwork: boolean } | undefined;
  /** A start in progress, so a second click cannot start a second host. */
  private starting = false;

  constructor(private readonly options: DesktopWorkshopOptions) {}

  async start(request: DesktopWorkshopStart): Promise<HostWorkshopResult> {
    // The window's unsaved edits would be left out of the workshop and later overwritten by its saves.
    if (this.running || this.starting) return { status: 'refused', reason: 'already-hosting' };
    if (request.path === null) return { status: 'refused', reason: 'no-file' };
    if (request.dirty) return { status: 'refused', reason: 'unsaved' };
    this.starting = true;
    try {
      const name = request.name?.trim();
      const workshop = await startWorkshopServer({
        ...this.options.server,
        journeyPath: request.path,
        host: request.onNetwork ? NETWORK_HOST : LOOPBACK_HOST,
        port: this.options.server?.port ?? 0,
        webRoot: this.options.webRoot,
        ...(name ? { name } : {}),
        ...(this.options.report ? { report: this.options.report } : {}),
      });
      this.running = { workshop, fileName: basename(request.path), onNetwork: request.onNetwork };
      return this.hostingStatus();
    } catch (error) {
      if (error instanceof WorkshopFileError) {
        const [first] = error.problems;
        return {
          status: 'refused',
          reason: 'invalid-file',
          message: `${basename(request.path)}: ${first ? formatProblem(first) : error.message}`,
        };
      }
      return { status: 'refused', reason: 'failed', message: error instanceof Error ? error.message : String(error) };
    } finally {
      this.starting = false;
    }
  }

  status(): WorkshopStatus {
    return this.running ? this.hostingStatus() : { status: 'idle' };
  }

  /** Disconnects everyone and saves the file (the same safe save serve uses on Ctrl+C). */
  async stop(): Promise<WorkshopStatus> {
    const running = this.running;
    this.running = undefined;
    if (running) await running.workshop.close();
    return { status: 'idle' };
  }

  private hostingStatus(): Extract<WorkshopStatus, { status: 'hosting' }> {
    const { workshop, fileName, onNetwork } = this.running!;
    return {
      status: 'hosting',
      fileName,
      joinUrl: workshop.joinUrl,
      facilitateUrl: workshop.facilitateUrl,
      onNetwork,
      participants: workshop.participants().map(({ name, color, editing }) => ({
        name,
        ...(color !== undefined ? { color } : {}),
        ...(editing !== undefined ? { editing } : {}),
      })),
    };
  }
}
