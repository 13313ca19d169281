/**
 * HTTP benchmarks of the service (issue 12): `pnpm run build && pnpm -C packages/bench run bench:http`.
 * Loopback only, bounded runs (fixed durations and request counts), the server in a child process.
 *
 * 1. `/v1/check` with a 20-member batch at 50 concurrent connections: requests/s, p50/p99, errors.
 * 2. `/v1/health` latency while 4 clients each keep sending a ~10 MiB batch.
 * 3. Server memory (RSS from /proc) before and after 20,000 `/v1/check` requests.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const member = (i: number) => ({
  kind: 'member',
  id: `M${i}`,
  person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', citizenId: '001084000999' },
  organization: 'CB-1',
  events: [],
});
const batch = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => member(i)));

const child = spawn(process.execPath, [fileURLToPath(new URL('./http-server.mjs', import.meta.url))], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise<number>((resolve, reject) => {
  child.stdout.on('data', (d: Buffer) => {
    const m = /PORT (\d+) THREADS (\d+)/.exec(String(d));
    if (m) {
      process.stderr.write(`server on port ${m[1]}, ${m[2]} worker thread(s)\n`);
      resolve(Number(m[1]));
    }
  });
  child.once('exit', () => reject(new Error('server exited')));
});
const rssMiB = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};
const base = `http://127.0.0.1:${port}`;
const post = (body: string) =>
  new Promise<number>((resolve) => {
    const req = request(
      `${base}/v1/check`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(-1));
    req.end(body);
  });

const small = batch(20);
const line = (name: string, r: autocannon.Result) =>
  `| ${name} | ${r.requests.average.toFixed(0)} req/s | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors} | ${r.non2xx} | ${r.requests.total} |`;
const rows: string[] = [];

// warm-up (JIT, worker engines)
await autocannon({
  url: `${base}/v1/check`,
  method: 'POST',
  body: small,
  headers: { 'content-type': 'application/json' },
  connections: 10,
  amount: 500,
});

// 1. throughput
const check = await autocannon({
  url: `${base}/v1/check`,
  method: 'POST',
  body: small,
  headers: { 'content-type': 'application/json' },
  connections: 50,
  duration: 10,
});
rows.push(line('POST /v1/check, 20 members, 50 connections, 10 s', check));

if (process.env.BENCH_DB) {
  // 4. store routes (BENCH_DB=1: in-memory PGlite, 200 members): one member with its history; a page of 50
  for (const [name, path] of [
    ['GET /v1/members/{key}, 10 connections, 10 s', '/v1/members/M7'],
    ['GET /v1/members?limit=50, 10 connections, 10 s', '/v1/members?limit=50'],
  ] as const) {
    const r = await autocannon({ url: `${base}${path}`, connections: 10, duration: 10 });
    rows.push(line(name, r));
  }
  child.kill('SIGTERM');
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}, loopback, store: PGlite in memory\n`);
  console.log('| scenario | requests/s | p50 | p99 | errors | non-2xx | requests |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  process.exit(0);
}

// 2. health under 4 clients sending ~10 MiB batches
const big = batch(Math.floor((10 * 1024 * 1024) / (small.length / 20)));
process.stderr.write(`large batch: ${(Buffer.byteLength(big) / 1048576).toFixed(1)} MiB\n`);
let stop = false;
const bigStatuses: number[] = [];
const senders = Array.from({ length: 4 }, async () => {
  while (!stop) bigStatuses.push(await post(big));
});
const health = await autocannon({ url: `${base}/v1/health`, connections: 2, duration: 10 });
stop = true;
await Promise.all(senders);
rows.push(line('GET /v1/health while 4 clients send ~10 MiB batches, 10 s', health));
const counts: Record<number, number> = {};
for (const s of bigStatuses) counts[s] = (counts[s] ?? 0) + 1;

// 3. memory through 20k requests
const before = rssMiB();
const many = await autocannon({
  url: `${base}/v1/check`,
  method: 'POST',
  body: small,
  headers: { 'content-type': 'application/json' },
  connections: 50,
  amount: 20_000,
});
const after = rssMiB();
rows.push(line('POST /v1/check, 20,000 requests (memory run)', many));

child.kill('SIGTERM');
console.log(`Node ${process.version}, ${process.platform}/${process.arch}, loopback\n`);
console.log('| scenario | requests/s | p50 | p99 | errors | non-2xx | requests |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(
  `\nLarge-batch responses during the health run: ${JSON.stringify(counts)} (422 = report with errors, 503 = queue full)`,
);
console.log(`Server RSS: ${before.toFixed(0)} MiB before the 20,000 requests, ${after.toFixed(0)} MiB after.`);
