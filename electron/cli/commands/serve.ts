/**
 * `journey-studio serve <file>`: hosts a live workshop on one file (docs/workshop.md,
 * docs/cli.md "serve"). One port serves the web editor and the sync endpoint; the `join:` line
 * is the link to share. Runs until SIGINT or SIGTERM, then saves the file and stops.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../../shared/model';
import type { RunningWorkshop } from '../../node/workshop/workshopServer';
import { CliFailure, stringOption, type CliCommand, type CliContext } from '../contract';
import { shownPath } from '../journeyIo';

/** The built web editor: out/web beside the built CLI (out/cli), or where JOURNEY_STUDIO_WEB_ROOT says. */
export function findWebRoot(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.JOURNEY_STUDIO_WEB_ROOT
    ? [env.JOURNEY_STUDIO_WEB_ROOT]
    : [fileURLToPath(new URL('../web/', import.meta.url))];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

function portOption(ctx: CliContext): number {
  const value = stringOption(ctx, 'port');
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new CliFailure(`--port takes a number from 0 to 65535, not "${value}"`);
  return port;
}

function redisOption(ctx: CliContext): string | undefined {
  const value = stringOption(ctx, 'redis');
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliFailure(`--redis takes a URL such as redis://127.0.0.1:6379, not "${value}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new CliFailure(`--redis takes a redis:// or rediss:// URL, not "${value}"`);
  }
  return value;
}

/** Resolves on the first SIGINT or SIGTERM; a second one ends the process at once. */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
    const first = (signal: NodeJS.Signals) => {
      signals.forEach((name) => process.off(name, first));
      signals.forEach((name) => process.once(name, () => process.exit(130)));
      resolve(signal);
    };
    signals.forEach((name) => process.on(name, first));
  });
}

export const serveCommand: CliCommand = {
  name: 'serve',
  operands: '<file>',
  synopsis: 'host a live workshop on a file (prints the join link)',
  summary: [
    'Hosts a live workshop: the web editor and the sync endpoint on one port, for the file given.',
    'Prints "join: <url>"; everyone who opens that link edits the map together. The link carries',
    'a random room token; without it the map is refused. The file is saved atomically a few',
    'seconds after each change and on Ctrl+C or SIGTERM, and every accepted change is also kept in',
    '<file>.workshop-log as it arrives, so a crash loses nothing. Refuses a file validate refuses.',
  ].join('\n'),
  options: {
    host: {
      type: 'string',
      value: '<address>',
      description: 'address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for the room)',
    },
    port: { type: 'string', value: 'N', description: 'port to listen on (default: a free one)' },
    name: { type: 'string', value: '<name>', description: "the facilitator's name shown to participants" },
    redis: {
      type: 'string',
      value: '<url>',
      description: 'share changes with other serve instances of this map through Redis (redis://host:port)',
    },
  },
  async run(ctx) {
    if (ctx.positionals.length !== 1) {
      throw new CliFailure(
        ctx.positionals.length === 0
          ? 'name the journey file to serve'
          : `expected one journey file, got ${ctx.positionals.length}`,
        { showUsage: true },
      );
    }
    const file = ctx.positionals[0]!;
    const path = ctx.resolvePath(file);
    const host = stringOption(ctx, 'host') ?? '127.0.0.1';
    const port = portOption(ctx);
    const redisUrl = redisOption(ctx);
    const name = stringOption(ctx, 'name');
    const webRoot = findWebRoot();
    const { io } = ctx;
    // Loaded here, not at the top: the workshop server (Hocuspocus, Yjs, Redis, crossws) would
    // add a fifth of a second to the start of every other command.
    const [{ WorkshopFileError }, { isLoopbackHost, startWorkshopServer }, { NOT_BUILT_MESSAGE }] = await Promise.all([
      import('../../node/workshop/workshopRoom'),
      import('../../node/workshop/workshopServer'),
      import('../../node/workshop/staticFiles'),
    ]);
    let workshop: RunningWorkshop;
    try {
      workshop = await startWorkshopServer({
        journeyPath: path,
        host,
        port,
        webRoot,
        ...(name !== undefined ? { name } : {}),
        ...(redisUrl !== undefined ? { redisUrl } : {}),
        report: (line) => io.stderr(`journey-studio serve: ${line}\n`),
      });
    } catch (error) {
      if (error instanceof WorkshopFileError) {
        const [first] = error.problems;
        if (error.reason === 'unreadable')
          throw new CliFailure(`cannot read ${file}: ${first?.message ?? error.message}`);
        const more = error.problems.length - 1;
        throw new CliFailure(
          `${file} is not a valid journey file: ${first ? formatProblem(first) : error.message}` +
            (more > 0 ? ` (and ${more} more; "journey-studio validate ${file}" lists them all)` : ''),
          { exitCode: 1 },
        );
      }
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE') throw new CliFailure(`cannot listen on ${host}:${port}: the port is in use`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
        throw new CliFailure(`cannot listen on ${host}: no such address on this machine`);
      if (code === 'EACCES') throw new CliFailure(`cannot listen on ${host}:${port}: permission denied`);
      throw new CliFailure(error instanceof Error ? error.message : String(error));
    }
    const journey = workshop.room.journey;
    io.stdout(
      `serving ${shownPath(ctx, path)}: "${journey.title}", ${journey.touchpoints.length} touchpoints${name ? `, facilitator ${name}` : ''}\n`,
    );
    io.stdout(`editor: ${workshop.url}\n`);
    if (!isLoopbackHost(host)) {
      io.stderr(
        `warning: listening on ${host}, not only this machine: anyone on the network who gets the join link can edit the map\n`,
      );
    }
    if (webRoot === null) io.stderr(`warning: ${NOT_BUILT_MESSAGE}\n`);
    io.stdout(`join: ${workshop.joinUrl}\n`);
    io.stdout(`facilitate: ${workshop.facilitateUrl}\n`);
    io.stdout('Stop with Ctrl+C; the file is saved a few seconds after each change and when stopping.\n');
    const signal = await untilStopSignal();
    io.stdout(`${signal}: saving ${shownPath(ctx, path)} and stopping\n`);
    await workshop.close();
    return 0;
  },
};
