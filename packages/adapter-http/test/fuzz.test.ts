import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, ErrorCode, type RunningServer } from '../src/index.js';
import { member, send, start } from './helpers.js';

const SEED = 20261202;
let server: RunningServer;
beforeAll(async () => {
  server = await start({ config: { limits: { maxBodyBytes: 256 * 1024, maxRecords: 100, maxDepth: 32 } } });
});
afterAll(() => server.close());

const valid = JSON.stringify([member()]);
/** Malformed, truncated, oversized, deeply nested and wrong-type bodies. */
const body = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
  fc.integer({ min: 1, max: 400 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 400 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom('null', 'true', '"x"', '{}', '[]', '[null]', '[[]]', '{"kind":1}', '\uFEFF[]', ' '),
  fc.integer({ min: 256 * 1024, max: 300 * 1024 }).map((n) => ' '.repeat(n)),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 120 }).map((a) => a.map((v) => JSON.stringify(v)).join('\n')),
);
const route = fc.constantFrom(
  { method: 'POST', path: '/v1/check' },
  { method: 'POST', path: '/v1/check?asOf=2026-02-30' },
  { method: 'POST', path: '/v1/check?locale=en&facts=true' },
  { method: 'GET', path: '/v1/rules' },
  { method: 'GET', path: '/v1/documents' },
  { method: 'GET', path: '/v1/schema/member' },
  { method: 'GET', path: '/v1/health' },
  { method: 'GET', path: '/v1/ready' },
  { method: 'GET', path: '/v1/openapi.json' },
  { method: 'POST', path: '/v1/rules' },
  { method: 'PUT', path: '/v1/check' },
);
const type = fc.constantFrom(
  'application/json',
  'application/x-ndjson',
  'text/plain',
  'application/json; charset=utf-8',
);

describe('fuzz: every route, bad bodies', () => {
  it(`answers every request from the closed table and stays healthy (fast-check seed ${SEED})`, async () => {
    const allowed = new Set([200, 422, ...ERROR_CODES.map((c) => ErrorCode[c])]);
    await fc.assert(
      fc.asyncProperty(route, body, type, async (r, b, t) => {
        const res = await send(server.port, { ...r, headers: { 'content-type': t }, body: b });
        expect(allowed.has(res.status)).toBe(true);
        expect(res.status).not.toBe(500);
        const parsed = res.json();
        if (res.status >= 400 && res.status !== 422) expect(ERROR_CODES).toContain(parsed.error.code);
        if (res.status === 422 || (res.status === 200 && r.path.startsWith('/v1/check')))
          expect(parsed.summary.records).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect((await send(server.port, { path: '/v1/health' })).status).toBe(200);
    // a generous ceiling, not a timing assertion: on a loaded 2-core machine the whole suite shares the CPU
  }, 300_000);
});
