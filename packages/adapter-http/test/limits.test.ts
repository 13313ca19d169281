import { afterEach, describe, expect, it } from 'vitest';
import {
  BoundedRunner,
  type CheckOutcome,
  type CheckRunner,
  type CheckTask,
  createHttpApp,
  hashApiKey,
  jsonDepthExceeds,
  type RunningServer,
} from '../src/index.js';
import { logSink, member, postJson, send, start } from './helpers.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A runner whose tasks finish only when the test says so (no timing involved). */
function gatedRunner() {
  const gates: ((o: CheckOutcome) => void)[] = [];
  const started: CheckTask[] = [];
  const inner: CheckRunner = {
    threads: 1,
    run: (task) =>
      new Promise((resolve) => {
        started.push(task);
        gates.push(resolve);
      }),
    close: async () => {},
  };
  const release = () =>
    gates.shift()?.({ ok: true, json: '{}', records: 1, errors: 0, ruleSetHash: 'x', organizations: [] });
  return { inner, started, release };
}
const tick = () => new Promise((r) => setImmediate(r));
async function until(cond: () => boolean) {
  while (!cond()) await tick();
}

describe('body limits, enforced while the body streams', () => {
  it('regression: a chunked body over the limit (no Content-Length) is cut at the limit with 413', async () => {
    server = await start({ config: { limits: { maxBodyBytes: 64 * 1024 } } });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    // up to 300 MB offered; the server must answer long before reading it all
    const res = await send(server.port, {
      method: 'POST',
      path: '/v1/check',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks: (function* () {
        yield '[';
        for (let i = 0; i < 300 * 64; i++) yield chunk;
      })(),
    });
    expect(res.status).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await send(server.port, { path: '/v1/health' })).status).toBe(200);
  });
  it('a declared Content-Length over the limit is refused before reading', async () => {
    server = await start({ config: { limits: { maxBodyBytes: 10 } } });
    const res = await send(server.port, { path: '/v1/check', ...postJson([member()]) });
    expect([res.status, res.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(res.json().error.message).toContain('10 byte');
  });
  it('a body that does not arrive in time gets 408 REQUEST_TIMEOUT', async () => {
    server = await start({ config: { limits: { bodyTimeoutMs: 50 } } });
    const res = await send(server.port, {
      method: 'POST',
      path: '/v1/check',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks: ['[{"kind":'],
      hold: true,
    });
    expect([res.status, res.json().error.code]).toEqual([408, 'REQUEST_TIMEOUT']);
  });
  it('more records than the limit: 413 TOO_MANY_RECORDS', async () => {
    server = await start({ config: { limits: { maxRecords: 3 } } });
    const res = await send(server.port, { path: '/v1/check', ...postJson([1, 2, 3, 4].map(() => member())) });
    expect([res.status, res.json().error.code]).toEqual([413, 'TOO_MANY_RECORDS']);
    const nd = await send(server.port, {
      method: 'POST',
      path: '/v1/check',
      headers: { 'content-type': 'application/x-ndjson' },
      body: '{}\n{}\n{}\n{}\n',
    });
    expect(nd.json().error.code).toBe('TOO_MANY_RECORDS');
  });
  it('deep nesting is refused as INVALID_JSON before JSON.parse can overflow the stack', async () => {
    server = await start();
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const res = await send(server.port, { path: '/v1/check', ...postJson(deep) });
    expect([res.status, res.json().error.code]).toEqual([400, 'INVALID_JSON']);
    expect(jsonDepthExceeds('[{"a":"[[[[[["}]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
  });
  it('a body that is not UTF-8 is INVALID_JSON', async () => {
    server = await start();
    const res = await send(server.port, { path: '/v1/check', ...postJson(''), body: Buffer.from([0x5b, 0xff, 0x5d]) });
    expect(res.json().error.code).toBe('INVALID_JSON');
  });
});

describe('bounded validation queue', () => {
  it('when the queue is full: 503 OVERLOADED with Retry-After; health still answers; queued work finishes', async () => {
    const gate = gatedRunner();
    const runner = new BoundedRunner(gate.inner, 1, 1, 2);
    const app = createHttpApp({ today: () => '2026-11-23', runner, logger: logSink().logger });
    const req = () =>
      app.request('/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[{}]' });
    const first = req();
    const second = req();
    await until(() => gate.started.length === 1 && runner.load.waiting === 1);
    const third = await req();
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('OVERLOADED');
    expect((await app.request('/v1/health')).status).toBe(200);
    expect(await (await app.request('/v1/ready')).json()).toMatchObject({ pool: { running: 1, waiting: 1 } });
    gate.release();
    await until(() => gate.started.length === 2);
    gate.release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(runner.load).toEqual({ running: 0, waiting: 0 });
  });
});

describe('rate limit per client', () => {
  it('429 TOO_MANY_REQUESTS with Retry-After once the window is spent; a new window allows again', async () => {
    let now = 1_000_000;
    const app = createHttpApp({
      today: () => '2026-11-23',
      config: { rateLimit: { requests: 2, windowSeconds: 60 } },
      now: () => now,
      logger: logSink().logger,
    });
    expect((await app.request('/v1/rules')).status).toBe(200);
    expect((await app.request('/v1/rules')).status).toBe(200);
    const limited = await app.request('/v1/rules');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await app.request('/v1/health')).status).toBe(200);
    now += 30_000;
    expect((await app.request('/v1/rules')).headers.get('retry-after')).toBe('30');
    now += 30_000;
    expect((await app.request('/v1/rules')).status).toBe(200);
  });
  it('failed authentication counts against the address, so guessing keys is limited too', async () => {
    const guarded = createHttpApp({
      today: () => '2026-11-23',
      config: {
        rateLimit: { requests: 2, windowSeconds: 60 },
        apiKeys: [{ id: 'k', sha256: hashApiKey('dk_right_key_0000'), scopes: ['validate'], organizations: '*' }],
      },
      now: () => 0,
      logger: logSink().logger,
    });
    const guess = () => guarded.request('/v1/rules', { headers: { 'x-api-key': 'dk_guess' } });
    expect((await guess()).status).toBe(401);
    expect((await guess()).status).toBe(401);
    expect((await guess()).status).toBe(429);
  });
});
