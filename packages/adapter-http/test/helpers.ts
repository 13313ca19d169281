import { request as httpRequest } from 'node:http';
import { createLogger, type RunningServer, type StartServerOptions, startServer } from '../src/index.js';

/** One HTTP exchange over a real socket. */
export interface Exchange {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  json<T = any>(): T;
}

/**
 * Sends a request to 127.0.0.1 with node:http. `chunks` streams the body chunked (no Content-Length); the client
 * stops writing as soon as the response arrives, so a server that refuses early is seen refusing early.
 */
export function send(
  port: number,
  opts: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    chunks?: Iterable<string | Buffer>;
    /** Do not end the body (a slow client). */
    hold?: boolean;
  },
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        agent: false, // one connection per exchange: no reuse of a socket the server is closing
        method: opts.method ?? 'GET',
        path: opts.path,
        // a body is framed with Content-Length (Node's client would send a GET body unframed)
        headers: {
          ...(opts.body !== undefined ? { 'content-length': String(Buffer.byteLength(opts.body)) } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
          req.destroy();
        });
      },
    );
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    if (opts.body !== undefined) {
      req.end(opts.body);
      return;
    }
    if (opts.chunks) {
      const it = opts.chunks[Symbol.iterator]();
      const pump = () => {
        for (;;) {
          if (answered || req.destroyed) return;
          const n = it.next();
          if (n.done) {
            if (!opts.hold) req.end();
            return;
          }
          if (!req.write(n.value)) {
            req.once('drain', pump);
            return;
          }
        }
      };
      pump();
      return;
    }
    if (opts.hold) req.flushHeaders();
    else req.end();
  });
}

/** A log sink: every pino line, parsed. */
export function logSink(): {
  lines: Record<string, unknown>[];
  raw: () => string;
  logger: ReturnType<typeof createLogger>;
} {
  const lines: Record<string, unknown>[] = [];
  const chunks: string[] = [];
  // a plain synchronous destination: every line is there as soon as pino writes it
  const stream = {
    write(s: string) {
      chunks.push(s);
      for (const l of s.split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
    },
  };
  return { lines, raw: () => chunks.join(''), logger: createLogger(stream) };
}

/** Starts a server on 127.0.0.1, port 0, validating in-thread unless told otherwise. */
export async function start(options: Partial<StartServerOptions> = {}): Promise<RunningServer> {
  return startServer({
    today: () => '2026-11-23',
    logger: options.logger ?? logSink().logger,
    pool: { threads: 0 },
    ...options,
  });
}

export const member = (over: Record<string, unknown> = {}) => ({
  kind: 'member',
  id: 'M1',
  person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', citizenId: '087084000999' },
  organization: 'CB-A1',
  events: [],
  ...over,
});

export const postJson = (value: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof value === 'string' ? value : JSON.stringify(value),
});
