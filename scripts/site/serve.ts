/** A static server over the built site (VitePress output, cleanUrls off), for the browser tests. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path maps to, or undefined (404). */
export function fileFor(dist: string, urlPath: string): string | undefined {
  let p = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  if (p.endsWith('/')) p += 'index.html';
  const abs = normalize(join(dist, p));
  if (!abs.startsWith(dist)) return undefined;
  if (existsSync(abs) && statSync(abs).isFile()) return abs;
  if (existsSync(`${abs}.html`)) return `${abs}.html`;
  return undefined;
}

export async function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = fileFor(dist, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html'] });
      res.end(existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}
