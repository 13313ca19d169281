import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, OrganizationTree, parseServerConfig, type RunningServer } from '../src/index.js';
import { member, postJson, send, start } from './helpers.js';

// A dated tree: CB-MOVED sat under P-BD until 30/6/2025 and under P-HK from 1/7/2025.
const organizations = [
  { kind: 'organization', id: 'T-HN', name: 'Thành ủy', type: 'provincialCommittee' },
  { kind: 'organization', id: 'P-BD', name: 'Đảng ủy phường Ba Đình', type: 'superiorCommittee', parent: 'T-HN' },
  { kind: 'organization', id: 'P-HK', name: 'Đảng ủy phường Hoàn Kiếm', type: 'superiorCommittee', parent: 'T-HN' },
  { kind: 'organization', id: 'CB-A1', name: 'Chi bộ A1', type: 'grassrootsCell', parent: 'P-BD' },
  { kind: 'organization', id: 'CB-B1', name: 'Chi bộ B1', type: 'grassrootsCell', parent: 'P-HK' },
  {
    kind: 'organization',
    id: 'CB-MOVED',
    name: 'Chi bộ C',
    type: 'grassrootsCell',
    parent: 'P-BD',
    validTo: '2025-06-30',
  },
  {
    kind: 'organization',
    id: 'CB-MOVED',
    name: 'Chi bộ C',
    type: 'grassrootsCell',
    parent: 'P-HK',
    validFrom: '2025-07-01',
  },
];
const KEYS = { bd: 'dk_bd_0123456789abcdef', province: 'dk_tp_fedcba9876543210', reader: 'dk_rd_00000000000000' };

let server: RunningServer;
type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let privateKey: Key;
let otherKey: Key;
const jwt = async (claims: Record<string, unknown>, opts: { key?: Key; exp?: string; aud?: string } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setIssuer('https://idp.example.test')
    .setAudience(opts.aud ?? 'dieule')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '10m')
    .sign(opts.key ?? privateKey);

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  otherKey = (await generateKeyPair('ES256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' };
  const config = parseServerConfig({
    apiKeys: [
      { id: 'portal-bd', sha256: hashApiKey(KEYS.bd), scopes: ['validate'], organizations: ['P-BD'] },
      { id: 'province', sha256: hashApiKey(KEYS.province), scopes: ['validate', 'read'], organizations: ['T-HN'] },
      { id: 'reader', sha256: hashApiKey(KEYS.reader), scopes: ['read'], organizations: ['P-BD'] },
    ],
    jwt: { jwks: { keys: [jwk] }, issuer: 'https://idp.example.test', audience: 'dieule' },
    organizations,
  });
  server = await start({ config });
});
afterAll(() => server.close());

const check = (headers: Record<string, string>, body: unknown, query = '?asOf=2026-01-01', ndjson = false) =>
  send(server.port, {
    path: `/v1/check${query}`,
    ...(ndjson
      ? {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson', ...headers },
          body: (body as unknown[]).map((r) => JSON.stringify(r)).join('\n'),
        }
      : postJson(body, headers)),
  });

describe('authentication', () => {
  it('401 without credentials on /v1/check, with WWW-Authenticate; public routes stay open', async () => {
    const res = await check({}, [member()]);
    expect([res.status, res.json().error.code]).toEqual([401, 'UNAUTHORIZED']);
    expect(res.headers['www-authenticate']).toContain('Bearer');
    expect((await send(server.port, { path: '/v1/rules' })).status).toBe(200);
    expect((await send(server.port, { path: '/v1/health' })).status).toBe(200);
  });
  it('401 for a wrong key, an expired, foreign-signed or wrong-audience JWT, or a malformed header', async () => {
    const bad = [
      { 'x-api-key': 'dk_wrong' },
      { authorization: 'Bearer dk_wrong' },
      { authorization: `Bearer ${await jwt({ sub: 'u1', scope: 'validate', dieule_orgs: ['P-HK'] }, { exp: '-1m' })}` },
      {
        authorization: `Bearer ${await jwt({ sub: 'u1', scope: 'validate', dieule_orgs: ['P-HK'] }, { key: otherKey })}`,
      },
      {
        authorization: `Bearer ${await jwt({ sub: 'u1', scope: 'validate', dieule_orgs: ['P-HK'] }, { aud: 'other' })}`,
      },
      { authorization: `Bearer ${await jwt({ sub: 'u1', scope: 'validate' })}` },
      { authorization: 'Basic dXNlcjpwYXNz' },
    ];
    for (const headers of bad) {
      const res = await check(headers, [member()]);
      expect([res.status, res.json().error.code]).toEqual([401, 'UNAUTHORIZED']);
    }
  });
  it('403 when the principal lacks the validate scope', async () => {
    const res = await check({ 'x-api-key': KEYS.reader }, [member()]);
    expect([res.status, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
  });
});

describe('per-organization authorization (principal × organization × route matrix)', () => {
  const principals = async () => ({
    'portal-bd (API key, P-BD)': { 'x-api-key': KEYS.bd },
    'portal-bd (Bearer API key)': { authorization: `Bearer ${KEYS.bd}` },
    'hk-user (JWT, P-HK)': {
      authorization: `Bearer ${await jwt({ sub: 'hk-user', scope: 'validate read', dieule_orgs: ['P-HK'] })}`,
    },
    'province (API key, T-HN)': { 'x-api-key': KEYS.province },
  });
  const covered: Record<string, (org: string, asOf: string) => boolean> = {
    'portal-bd (API key, P-BD)': (org, asOf) => org === 'CB-A1' || (org === 'CB-MOVED' && asOf < '2025-07-01'),
    'portal-bd (Bearer API key)': (org, asOf) => org === 'CB-A1' || (org === 'CB-MOVED' && asOf < '2025-07-01'),
    'hk-user (JWT, P-HK)': (org, asOf) => org === 'CB-B1' || (org === 'CB-MOVED' && asOf >= '2025-07-01'),
    'province (API key, T-HN)': (org) => org !== 'NO-SUCH-ORG',
  };
  it('each caller sees only its organizations’ records, as of the act date, on every route form', async () => {
    const ps = await principals();
    let cells = 0;
    for (const [name, headers] of Object.entries(ps))
      for (const org of ['CB-A1', 'CB-B1', 'CB-MOVED', 'NO-SUCH-ORG'])
        for (const asOf of ['2025-01-01', '2026-01-01'])
          for (const ndjson of [false, true]) {
            const res = await check(headers, [member({ organization: org })], `?asOf=${asOf}`, ndjson);
            const allowed = covered[name]?.(org, asOf);
            expect({ name, org, asOf, ndjson, status: res.status }).toEqual({
              name,
              org,
              asOf,
              ndjson,
              status: allowed ? 200 : 403,
            });
            cells++;
          }
    expect(cells).toBe(64);
  });
  it('a batch with one foreign record is refused whole, naming its index; nothing is validated', async () => {
    const batch = [member({ id: 'a' }), member({ id: 'b' }), member({ id: 'c', organization: 'CB-B1' })];
    const res = await check({ 'x-api-key': KEYS.bd }, batch);
    expect(res.status).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', index: 2 });
    expect(res.json().error.message).toContain('Hồ sơ thứ 3');
    expect(res.json()).not.toHaveProperty('summary');
  });
  it('403 does not tell a foreign organization from one that does not exist', async () => {
    const strip = (t: string) => JSON.parse(t, (k, v) => (k === 'requestId' ? undefined : v));
    const foreign = await check({ 'x-api-key': KEYS.bd }, [member({ organization: 'CB-B1' })]);
    const missing = await check({ 'x-api-key': KEYS.bd }, [member({ organization: 'NO-SUCH-ORG' })]);
    expect(strip(foreign.text)).toEqual(strip(missing.text));
  });
  it('a record naming no organization is refused for a scoped caller; an unreadable line is still reported', async () => {
    const res = await check({ 'x-api-key': KEYS.bd }, [member({ organization: undefined })]);
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', index: 0 });
    const nd = await send(server.port, {
      method: 'POST',
      path: '/v1/check?asOf=2026-01-01',
      headers: { 'content-type': 'application/x-ndjson', 'x-api-key': KEYS.bd },
      body: `${JSON.stringify(member())}\nnot json\n`,
    });
    expect(nd.json().summary).toMatchObject({ records: 2, withErrors: 1 });
  });
});

describe('OrganizationTree', () => {
  it('answers as of a date and survives a cycle', () => {
    const tree = new OrganizationTree([{ id: 'A', parent: 'B' }, { id: 'B', parent: 'A' }, ...organizations]);
    expect(tree.covers(new Set(['T-HN']), 'A', '2026-01-01')).toBe(false);
    expect(tree.parentOf('CB-MOVED', '2025-06-30')).toBe('P-BD');
    expect(tree.parentOf('CB-MOVED', '2025-07-01')).toBe('P-HK');
    expect([...tree.subtrees(new Set(['P-HK']), '2026-01-01')].sort()).toEqual(['CB-B1', 'CB-MOVED', 'P-HK']);
  });
});
