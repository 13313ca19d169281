import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { member, postJson, send, start } from './helpers.js';

let server: RunningServer;
beforeAll(async () => {
  server = await start();
});
afterAll(() => server.close());
const check = (body: unknown, query = '', headers: Record<string, string> = {}) =>
  send(server.port, { path: `/v1/check${query}`, ...postJson(body, headers) });

describe('POST /v1/check over HTTP', () => {
  it('200 with the report when no error is found', async () => {
    const res = await check([member()], '?asOf=2026-01-01');
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      format: 'dieule.report/1',
      meta: { asOf: '2026-01-01' },
      summary: { records: 1 },
    });
  });
  it('422 with the report when errors are found; no full citizen ID in the body', async () => {
    const bad = member({ person: { ...member().person, birthDate: '1985-03-02' } });
    const res = await check(bad, '?locale=en');
    expect(res.status).toBe(422);
    expect(res.json().issues[0].ruleId).toBe('identity.citizenId.matchesPerson');
    expect(res.text).not.toContain('087084000999');
  });
  it('reads NDJSON and accounts for every line, masking digits of an unreadable one', async () => {
    const res = await send(server.port, {
      method: 'POST',
      path: '/v1/check',
      headers: { 'content-type': 'application/x-ndjson' },
      body: `${JSON.stringify(member())}\nnot json 087084000999\n`,
    });
    expect(res.json().summary).toMatchObject({ records: 2, valid: 1, withErrors: 1 });
    expect(res.text).not.toContain('087084000999');
  });
  it('regression: `{bad json` answers 400 INVALID_JSON, not a record-level 422', async () => {
    const res = await check('{bad json');
    expect(res.status).toBe(400);
    expect(res.json().error.code).toBe('INVALID_JSON');
  });
  it('regression: text/plain is refused (415), so a web page cannot POST without a preflight', async () => {
    const res = await send(server.port, {
      method: 'POST',
      path: '/v1/check',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify([member()]),
    });
    expect(res.status).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const none = await send(server.port, { method: 'POST', path: '/v1/check', body: '[]' });
    expect(none.status).toBe(415);
  });
  it('maps unusable requests to the closed table, in Vietnamese by default and English on request', async () => {
    const cases: [unknown, string, number, string][] = [
      ['', '', 400, 'EMPTY_INPUT'],
      ['[]', '', 400, 'EMPTY_INPUT'],
      ['[1,', '', 400, 'INVALID_JSON'],
      ['42', '', 400, 'BAD_REQUEST'],
      ['[{}]', '?asOf=31/12/2025', 400, 'BAD_REQUEST'],
      ['[{}]', '?locale=fr', 400, 'BAD_REQUEST'],
      ['[{}]', '?facts=yes', 400, 'BAD_REQUEST'],
    ];
    for (const [body, query, status, code] of cases) {
      const res = await check(body, query);
      expect([res.status, res.json().error.code]).toEqual([status, code]);
      expect(res.json().error.requestId).toBe(res.headers['x-request-id']);
    }
    const vi = (await check('[{}]', '?asOf=31/12/2025')).json().error.message;
    expect(vi).toContain('phải là một ngày');
    const en = (await check('', '', { 'accept-language': 'en-GB' })).json().error.message;
    expect(en).toBe('The body holds no record.');
  });
});

describe('GET routes over HTTP', () => {
  it('serves the catalogue, documents, schemas, health and readiness', async () => {
    expect((await send(server.port, { path: '/v1/rules' })).json().length).toBeGreaterThan(0);
    expect((await send(server.port, { path: '/v1/documents' })).json().length).toBeGreaterThan(0);
    expect((await send(server.port, { path: '/v1/schema/member' })).status).toBe(200);
    const nope = await send(server.port, { path: '/v1/schema/nope' });
    expect([nope.status, nope.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await send(server.port, { path: '/v2/nope' })).status).toBe(404);
    expect((await send(server.port, { path: '/v1/health' })).json()).toMatchObject({ ok: true });
    expect((await send(server.port, { path: '/v1/ready' })).json()).toMatchObject({
      ready: true,
      database: 'notConfigured',
      pool: { threads: 0, running: 0, waiting: 0 },
    });
  });
});
