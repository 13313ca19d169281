import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../src/index.js';

const app = createHttpApp({ today: () => '2026-11-23' });
const member = {
  kind: 'member',
  id: 'M1',
  person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', citizenId: '087084000999' },
  events: [],
};
const post = (body: string, query = '', type = 'application/json') =>
  app.request(`/v1/check${query}`, { method: 'POST', body, headers: { 'content-type': type } });

describe('POST /v1/check', () => {
  it('200 with the report when no error is found', async () => {
    const res = await post(JSON.stringify([member]), '?asOf=2026-01-01');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      format: 'dieule.report/1',
      meta: { asOf: '2026-01-01' },
      summary: { records: 1, errors: 0 },
    });
  });
  it('422 with the report when errors are found; no full citizen ID in the body', async () => {
    const bad = { ...member, person: { ...member.person, birthDate: '1985-03-02' } };
    const res = await post(JSON.stringify(bad), '?locale=en');
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(JSON.parse(text).issues[0].ruleId).toBe('identity.citizenId.matchesPerson');
    expect(text).not.toContain('087084000999');
  });
  it('reads NDJSON and counts every line', async () => {
    const res = await post(`${JSON.stringify(member)}\nnot json\n`, '', 'application/x-ndjson');
    expect(((await res.json()) as { summary: unknown }).summary).toMatchObject({ records: 2, valid: 1, withErrors: 1 });
  });
  it('maps unusable requests to the closed table', async () => {
    expect((await post('')).status).toBe(400);
    expect((await post('[1,')).status).toBe(400);
    expect((await post('[]', '?asOf=31/12/2025')).status).toBe(400);
    expect((await post('[]', '?locale=fr')).status).toBe(400);
    expect((await post('[]', '', 'text/csv')).status).toBe(415);
    const small = createHttpApp({ today: () => '2026-11-23', maxBodyBytes: 10 });
    expect((await small.request('/v1/check', { method: 'POST', body: JSON.stringify([member]) })).status).toBe(413);
    expect((await app.request('/v2/nope')).status).toBe(404);
  });
});

describe('GET', () => {
  it('serves the catalogue, documents and schemas', async () => {
    expect(((await (await app.request('/v1/rules')).json()) as unknown[]).length).toBeGreaterThan(0);
    expect(((await (await app.request('/v1/documents')).json()) as unknown[]).length).toBeGreaterThan(0);
    expect((await app.request('/v1/schema/member')).status).toBe(200);
    expect((await app.request('/v1/schema/nope')).status).toBe(404);
  });
});
