import { coreEngine } from '@dieule/core';
import { afterEach, describe, expect, it } from 'vitest';
import { BoundedRunner, type CheckOutcome, createHttpApp, inThreadRunner, type RunningServer } from '../src/index.js';
import { logSink, member, postJson, send, start } from './helpers.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('request id, headers, logs', () => {
  it('every response carries a request id (an incoming one is kept) and it is on every log line of it', async () => {
    const sink = logSink();
    server = await start({ logger: sink.logger });
    const a = await send(server.port, { path: '/v1/check', ...postJson([member()]) });
    const b = await send(server.port, { path: '/v1/health', headers: { 'x-request-id': 'gw-42' } });
    const c = await send(server.port, { path: '/v1/nope' });
    expect(typeof a.headers['x-request-id']).toBe('string');
    expect(b.headers['x-request-id']).toBe('gw-42');
    expect(c.headers['x-request-id']).toBeTruthy();
    expect(c.headers['x-dieule-error']).toBeUndefined();
    const ofA = sink.lines.filter((l) => l.requestId === a.headers['x-request-id']);
    expect(ofA.map((l) => l.event).sort()).toEqual(['access', 'audit']);
    expect(ofA.find((l) => l.event === 'audit')).toMatchObject({
      principal: 'local',
      organizations: ['CB-A1'],
      records: 1,
      outcome: 'clean',
      ruleSetHash: coreEngine().ruleSetHash,
    });
    expect(ofA.find((l) => l.event === 'access')).toMatchObject({ route: '/v1/check', status: 200, records: 1 });
    expect(sink.lines.find((l) => l.requestId === 'gw-42')).toMatchObject({ route: '/v1/health', status: 200 });
    expect(sink.lines.find((l) => l.requestId === c.headers['x-request-id'])).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
  });
  it('logs never contain a name or a full citizen ID, whatever path or field it arrives in', async () => {
    const sink = logSink();
    server = await start({ logger: sink.logger });
    await send(server.port, { path: '/v1/check', ...postJson([member()]) });
    await send(server.port, { path: '/v1/check', ...postJson([member({ organization: '087084000999' })]) });
    await send(server.port, { path: '/v1/schema/087084000999' });
    await send(server.port, { path: '/v1/check?asOf=087084000999', ...postJson([member()]) });
    await send(server.port, { path: '/v1/health', headers: { 'x-request-id': '087084000999' } });
    sink.logger.info({ person: { citizenId: '087084000999', fullName: 'Nguyễn Văn An' }, note: 'id 087084000999' });
    // generated request ids (UUIDs) are kept whole for correlation; nothing else may hold 12 digits in a row
    const raw = sink.raw().replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, 'uuid');
    expect(raw).not.toMatch(/\d{12}/);
    expect(raw).not.toContain('Nguyễn Văn An');
    expect(sink.lines.length).toBeGreaterThan(5);
  });
  it('security headers, no-store, no CORS unless configured; CORS only for the allow-list', async () => {
    const plain = createHttpApp({ today: () => '2026-11-23', logger: logSink().logger });
    const r = await plain.request('/v1/rules', { headers: { origin: 'https://evil.example' } });
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const withCors = createHttpApp({
      today: () => '2026-11-23',
      config: { cors: { origins: ['https://portal.example'] } },
      logger: logSink().logger,
    });
    const ok = await withCors.request('/v1/check', {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example', 'access-control-request-method': 'POST' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    const no = await withCors.request('/v1/rules', { headers: { origin: 'https://evil.example' } });
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });
  it('an internal error is 500 INTERNAL from the table, logged without details of the input', async () => {
    const sink = logSink();
    const broken = createHttpApp({
      today: () => '2026-11-23',
      logger: sink.logger,
      runner: { threads: 0, run: () => Promise.reject(new Error('boom 087084000999')), close: async () => {} },
    });
    const res = await broken.request('/v1/check', { ...postJson([member()]) });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INTERNAL');
    expect(sink.raw()).not.toContain('087084000999');
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight requests, then stops accepting', async () => {
    let release: (() => void) | undefined;
    const engine = coreEngine();
    const inner = inThreadRunner(engine);
    const gated = {
      threads: 0,
      run: async (task: Parameters<typeof inner.run>[0]): Promise<CheckOutcome> => {
        await new Promise<void>((r) => {
          release = r;
        });
        return inner.run(task);
      },
      close: async () => {},
    };
    const { startServer } = await import('../src/index.js');
    const srv = await startServer({
      today: () => '2026-11-23',
      logger: logSink().logger,
      runner: new BoundedRunner(gated, 1, 4),
    });
    const port = srv.port;
    const inFlight = send(port, { path: '/v1/check', ...postJson([member()]) });
    while (!release) await new Promise((r) => setImmediate(r));
    const closed = srv.close();
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    await closed;
    await expect(send(port, { path: '/v1/health' })).rejects.toThrow();
  });
});
