/**
 * The built web editor over HTTP, for participants' browsers: files under one folder only (no
 * `..`, no symlinks out, no dot files), GET and HEAD, the document for any path without a file
 * extension. When the editor is not built, every page says what to run instead.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // The join link carries the room token in its fragment; no page of ours sends it anywhere.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const NOT_BUILT_MESSAGE =
  'The web editor is not built. In the Journey Studio folder run "npm run build:web", then start serve again.';

/** Serves `root` (the web build), or the not-built page when `root` is null. */
export function staticHandler(root: string | null): (request: IncomingMessage, response: ServerResponse) => void {
  const realRoot = root === null ? Promise.resolve(null) : realpath(root).catch(() => null);
  return (request, response) => {
    void serve(request, response, realRoot).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  };
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  rootPromise: Promise<string | null>,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  }
  const root = await rootPromise;
  if (root === null) return send(response, 503, 'text/plain; charset=utf-8', `${NOT_BUILT_MESSAGE}\n`);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
  } catch {
    return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
  }
  const parts = pathname.split('/').filter((part) => part.length > 0);
  if (parts.some((part) => part.startsWith('.') || part.includes('\\') || part.includes('\0'))) {
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  const wanted = parts.length === 0 || extname(pathname) === '' ? ['index.html'] : parts;
  const file = await resolveInside(root, join(root, ...wanted));
  if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': type,
    'Content-Length': String((await stat(file)).size),
    // Hashed assets never change; the document must, so it is never cached.
    'Cache-Control': wanted[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** The real path of `path` if it is a file inside `root` (symlinks resolved), else null. */
async function resolveInside(root: string, path: string): Promise<string | null> {
  try {
    const real = await realpath(path);
    if (!real.startsWith(root + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}
