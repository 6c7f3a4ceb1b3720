/**
 * A stand-in for Electron's release zip, for the offline install chain: what Electron's installer
 * and electron-builder download, check and unpack, but whose `electron` is a small shell script
 * that writes down how it was launched. It carries Electron's fuse wire like the real binary, so
 * packaging can flip the fuses and read them back.
 */
import { createHash } from 'node:crypto';
import { ZipFile } from 'yazl';

/** Where the fuse wire starts in an Electron binary (@electron/fuses looks for it). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The wire format version @electron/fuses 1.x reads (FuseVersion.V1). */
const WIRE_VERSION = 1;
/**
 * Electron's defaults for the eight V1 fuses, in FuseV1Options order: RunAsNode on, cookie
 * encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, asar-only off, browser V8
 * snapshot off, file:// privileges on.
 */
export const DEFAULT_FUSES = '10110001';

/** The environment variable naming the file the stand-in writes its launch record to. */
export const RECORD_ENV = 'JOURNEY_STANDIN_RECORD';

export interface LaunchRecord {
  cwd: string;
  initCwd: string;
  args: string[];
}

function launcherScript(): Buffer {
  const head = [
    '#!/bin/sh',
    '# Stand-in for the Electron binary (tests/electron/chain): records its launch and exits.',
    '# The next line holds the fuse wire where the real binary has it: sentinel, version, length, fuses.',
    '# ',
  ].join('\n');
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([WIRE_VERSION, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES, 'latin1'),
  ]);
  const body = [
    '',
    `out="\${${RECORD_ENV}:-/dev/null}"`,
    '{',
    `  printf 'cwd\\t%s\\n' "$PWD"`,
    `  printf 'init_cwd\\t%s\\n' "\${INIT_CWD:-}"`,
    `  for arg in "$@"; do printf 'arg\\t%s\\n' "$arg"; done`,
    '} > "$out"',
    'echo "stand-in Electron launched with: $*"',
    '',
  ].join('\n');
  return Buffer.concat([Buffer.from(head, 'utf8'), wire, Buffer.from(body, 'utf8')]);
}

export function parseLaunchRecord(text: string): LaunchRecord {
  const record: LaunchRecord = { cwd: '', initCwd: '', args: [] };
  for (const line of text.split('\n').filter(Boolean)) {
    const [key, value = ''] = line.split('\t');
    if (key === 'cwd') record.cwd = value;
    else if (key === 'init_cwd') record.initCwd = value;
    else if (key === 'arg') record.args.push(value);
  }
  return record;
}

/** The file names and bytes a mirror serves under `v<version>/` for this platform. */
export async function standInRelease(
  version: string,
  platform = 'linux',
  arch = process.arch,
): Promise<{ zipName: string; zip: Buffer; shasums: string }> {
  const zipFile = new ZipFile();
  zipFile.addBuffer(launcherScript(), 'electron', { mode: 0o100755 });
  zipFile.addBuffer(Buffer.from(`${version}\n`), 'version', { mode: 0o100644 });
  zipFile.addBuffer(Buffer.from('Stand-in for the Electron distribution, MIT licence.\n'), 'LICENSE', {
    mode: 0o100644,
  });
  zipFile.addBuffer(Buffer.from('placeholder\n'), 'resources/default_app.asar', { mode: 0o100644 });
  zipFile.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zipFile.outputStream) chunks.push(chunk as Buffer);
  const zip = Buffer.concat(chunks);
  const zipName = `electron-v${version}-${platform}-${arch}.zip`;
  const sha = createHash('sha256').update(zip).digest('hex');
  return { zipName, zip, shasums: `${sha} *${zipName}\n` };
}
