/**
 * A loopback HTTP server standing in for Electron's release mirror: it serves the given files
 * and 404 for anything else, and remembers every request so a test can say what was fetched.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Mirror {
  /** ELECTRON_MIRROR for this server (ends with a slash, as Electron's downloader expects). */
  url: string;
  /** Request paths, in order, with the status they got. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function startMirror(files: Record<string, Buffer | string>): Promise<Mirror> {
  const requests: Mirror['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = req.method === 'GET' ? files[path] : undefined;
    requests.push({ path, status: body === undefined ? 404 : 200 });
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not on this mirror\n');
      return;
    }
    res.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
