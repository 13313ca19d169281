import type { Store } from '@dieule/adapter-postgres';
import { allMembers, leaver, official, orgs, probationary } from '@dieule/adapter-postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, hashApiKey, parseServerConfig } from '../src/index.js';
import { logSink } from './helpers.js';
import type { StoreFactory } from './store-helpers.js';

const KEYS = {
  xa: 'dk_xa_0123456789abcdef', // every scope but admin, DB-XA (CB-1, CB-2 below it)
  cb1: 'dk_cb1_0123456789abcde', // read write validate report, CB-1
  other: 'dk_other_0123456789abc', // read write validate report, CB-OTHER
  reader: 'dk_reader_0123456789ab', // read only, DB-XA
  root: 'dk_root_0123456789abcd', // every scope, every organization
  xaAdmin: 'dk_xaadm_0123456789abc', // admin + read, DB-XA
};
const ALL = ['validate', 'read', 'write', 'report', 'admin'] as const;
const config = () =>
  parseServerConfig({
    apiKeys: [
      {
        id: 'xa',
        sha256: hashApiKey(KEYS.xa),
        scopes: ['validate', 'read', 'write', 'report'],
        organizations: ['DB-XA'],
      },
      {
        id: 'cb1',
        sha256: hashApiKey(KEYS.cb1),
        scopes: ['validate', 'read', 'write', 'report'],
        organizations: ['CB-1'],
      },
      {
        id: 'other',
        sha256: hashApiKey(KEYS.other),
        scopes: ['validate', 'read', 'write', 'report'],
        organizations: ['CB-OTHER'],
      },
      { id: 'reader', sha256: hashApiKey(KEYS.reader), scopes: ['read'], organizations: ['DB-XA'] },
      { id: 'root', sha256: hashApiKey(KEYS.root), scopes: [...ALL], organizations: '*' },
      { id: 'xa-admin', sha256: hashApiKey(KEYS.xaAdmin), scopes: ['admin', 'read'], organizations: ['DB-XA'] },
    ],
    database: { url: 'postgres://unused', apiKeys: true },
  });

/** Which organizations each principal covers today (the stored tree: DB-XA → CB-1, CB-2; CB-OTHER alone). */
const covers: Record<keyof typeof KEYS, (org: string) => boolean> = {
  xa: (o) => ['DB-XA', 'CB-1', 'CB-2'].includes(o),
  cb1: (o) => o === 'CB-1',
  other: (o) => o === 'CB-OTHER',
  reader: (o) => ['DB-XA', 'CB-1', 'CB-2'].includes(o),
  root: () => true,
  xaAdmin: (o) => ['DB-XA', 'CB-1', 'CB-2'].includes(o),
};
const scopes: Record<keyof typeof KEYS, readonly string[]> = {
  xa: ['validate', 'read', 'write', 'report'],
  cb1: ['validate', 'read', 'write', 'report'],
  other: ['validate', 'read', 'write', 'report'],
  reader: ['read'],
  root: ALL,
  xaAdmin: ['admin', 'read'],
};

/** The HTTP store routes against one kind of store (PGlite or the server). */
export function storeRoutesSuite(factory: StoreFactory): void {
  describe(`HTTP store routes (${factory.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createHttpApp>;
    const sink = logSink();
    beforeAll(async () => {
      store = await factory.make();
      await store.putOrganizations(orgs);
      for (const m of allMembers) await store.putMember(m);
      app = createHttpApp({ today: () => '2026-11-23', logger: sink.logger, config: config(), store });
    }, 120_000);
    afterAll(() => factory.dispose(), 60_000);

    type Res = { status: number; text(): Promise<string>; json(): Promise<any> };
    const call = (
      key: keyof typeof KEYS | undefined,
      method: string,
      path: string,
      body?: unknown,
      type?: string,
    ): Promise<Res> =>
      Promise.resolve(
        app.request(path, {
          method,
          headers: {
            ...(key ? { 'x-api-key': KEYS[key] } : {}),
            ...(body !== undefined ? { 'content-type': type ?? 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
        }),
      );
    const leaverKey = async () => {
      const res = await call('root', 'GET', '/v1/members?org=CB-1');
      return (await res.json()).members.find((m: { member: { id?: string } }) => !m.member.id).key as string;
    };

    it('matrix: principal × member × route (read, events, append) — 403 never tells a foreign record from a missing one', async () => {
      const targets = { 'M-001': 'CB-1', 'M-002': 'CB-2', 'M-900': 'CB-OTHER', 'NO-SUCH': undefined } as const;
      const strip = (t: string) => JSON.parse(t, (k, v) => (k === 'requestId' ? undefined : v));
      let cells = 0;
      for (const p of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
        const refusals: string[] = [];
        for (const [key, org] of Object.entries(targets))
          for (const route of ['read', 'events', 'append'] as const) {
            const res =
              route === 'append'
                ? await call(p, 'POST', `/v1/members/${key}/events`, {
                    expectedRevision: 999, // stale on purpose: an authorized caller gets 409 and nothing is written
                    events: [{ type: 'badge', date: '2026-01-01', years: 30 }],
                  })
                : await call(p, 'GET', `/v1/members/${key}${route === 'events' ? '/events' : ''}`);
            const scope = route === 'append' ? 'write' : 'read';
            const expected = !scopes[p].includes(scope)
              ? 403
              : org === undefined
                ? p === 'root'
                  ? 404
                  : 403
                : covers[p](org)
                  ? route === 'append'
                    ? 409
                    : 200
                  : 403;
            expect({ p, key, route, status: res.status }).toEqual({ p, key, route, status: expected });
            if (expected === 403 && scopes[p].includes(scope)) refusals.push(strip(await res.text()));
            cells++;
          }
        // the refusals of a foreign and of a missing record are the very same body
        expect(new Set(refusals.map((r) => JSON.stringify(r))).size).toBeLessThanOrEqual(1);
      }
      expect(cells).toBe(6 * 4 * 3);
      expect((await store.getMember('M-001'))?.revision).toBe(1); // nothing written
    });

    it('matrix: principal × organization × route (members, worklist, annual report, validation runs)', async () => {
      const routes = {
        members: { scope: 'read', go: (p: keyof typeof KEYS, o: string) => call(p, 'GET', `/v1/members?org=${o}`) },
        worklist: {
          scope: 'read',
          go: (p: keyof typeof KEYS, o: string) => call(p, 'GET', `/v1/worklist?org=${o}&asOf=2025-05-01`),
        },
        annual: {
          scope: 'report',
          go: (p: keyof typeof KEYS, o: string) => call(p, 'GET', `/v1/reports/annual?year=2025&org=${o}`),
        },
        startRun: {
          scope: 'validate',
          go: (p: keyof typeof KEYS, o: string) =>
            call(p, 'POST', '/v1/validation-runs', { org: o, asOf: '2026-01-01' }),
        },
        runs: {
          scope: 'read',
          go: (p: keyof typeof KEYS, o: string) => call(p, 'GET', `/v1/validation-runs?org=${o}`),
        },
      } as const;
      let cells = 0;
      for (const p of Object.keys(KEYS) as (keyof typeof KEYS)[])
        for (const org of ['DB-XA', 'CB-1', 'CB-2', 'CB-OTHER', 'NO-SUCH'])
          for (const [name, r] of Object.entries(routes)) {
            const res = await r.go(p, org);
            const expected = scopes[p].includes(r.scope) && covers[p](org) ? 200 : 403;
            expect({ p, org, name, status: res.status }).toEqual({ p, org, name, status: expected });
            cells++;
          }
      expect(cells).toBe(6 * 5 * 5);
    });

    it('a scoped caller lists only its members, paged; one with several roots must name the org', async () => {
      const res = await call('cb1', 'GET', '/v1/members');
      const keys = (await res.json()).members.map((m: { key: string }) => m.key).sort();
      expect(keys).toEqual(['M-001', await leaverKey()].sort());
      const page = await (await call('root', 'GET', '/v1/members?limit=2')).json();
      expect(page.members).toHaveLength(2);
      const rest = await (await call('root', 'GET', `/v1/members?limit=10&after=${page.next}`)).json();
      expect(page.members.length + rest.members.length).toBe(allMembers.length);
      expect((await call('xa', 'GET', '/v1/worklist')).status).toBe(200); // single root: DB-XA
      const wl = await (await call('xa', 'GET', '/v1/worklist?asOf=2025-05-01&within=60')).json();
      expect(wl.rows.every((r: { organization: string }) => ['CB-1', 'CB-2'].includes(r.organization))).toBe(true);
    });

    it('appends events with a revision check: 200, then 409 CONFLICT on the stale revision, 400 on a bad event', async () => {
      const read = await (await call('xa', 'GET', '/v1/members/M-002')).json();
      const event = { type: 'recognitionVote', date: '2026-04-01', vote: { for: 9, officialMembers: 10 } };
      const ok = await call('xa', 'POST', '/v1/members/M-002/events', {
        expectedRevision: read.revision,
        events: [event],
      });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ key: 'M-002', revision: read.revision + 1, eventsAdded: 1 });
      const stale = await call('xa', 'POST', '/v1/members/M-002/events', {
        expectedRevision: read.revision,
        events: [{ type: 'recognitionDecision', date: '2026-04-10' }],
      });
      expect(stale.status).toBe(409);
      expect((await stale.json()).error.code).toBe('CONFLICT');
      const bad = await call('xa', 'POST', '/v1/members/M-002/events', {
        expectedRevision: read.revision + 1,
        events: [{ type: 'recognitionDecision', date: 'not a date' }],
      });
      expect([bad.status, (await bad.json()).error.code]).toEqual([400, 'BAD_REQUEST']);
      const history = await (await call('xa', 'GET', '/v1/members/M-002/events')).json();
      expect(history.events).toHaveLength(probationary.events.length + 1);
      expect((await call('xa', 'POST', '/v1/members/M-002/events', '{bad json')).status).toBe(400);
      expect((await call('xa', 'POST', '/v1/members/M-002/events', { events: [] })).status).toBe(400);
    });

    it('import: a file with one foreign row is refused whole naming its index; an allowed file is accounted for', async () => {
      const lines = (ms: unknown[]) => ms.map((m) => JSON.stringify(m)).join('\n');
      const fresh = (id: string, organization: string) => ({ ...official, id, organization });
      const before = await store.counts();
      const foreign = await call(
        'cb1',
        'POST',
        '/v1/import?asOf=2026-11-23',
        lines([fresh('N-1', 'CB-1'), fresh('N-2', 'CB-1'), fresh('N-3', 'CB-OTHER')]),
        'application/x-ndjson',
      );
      expect(foreign.status).toBe(403);
      expect((await foreign.json()).error).toMatchObject({ code: 'FORBIDDEN', index: 2 });
      expect(await store.counts()).toEqual(before);
      // a scoped caller may not hang a new organization outside its subtree, nor take one over
      const org = await call(
        'cb1',
        'POST',
        '/v1/import',
        lines([{ kind: 'organization', id: 'CB-2', name: 'x', type: 'cell', parent: 'CB-1' }]),
        'application/x-ndjson',
      );
      expect([org.status, (await org.json()).error.index]).toEqual([403, 0]);
      const body = lines([fresh('N-1', 'CB-1'), fresh('N-2', 'CB-1')]);
      const ok = await call('cb1', 'POST', '/v1/import?asOf=2026-11-23', body, 'application/x-ndjson');
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ duplicate: false, rowsRead: 2, added: 2 });
      const again = await call('cb1', 'POST', '/v1/import?asOf=2026-11-23', body, 'application/x-ndjson');
      expect(await again.json()).toMatchObject({ duplicate: true, added: 0 });
      expect((await call('cb1', 'POST', '/v1/import', body, 'text/plain')).status).toBe(415);
      expect((await call('reader', 'POST', '/v1/import', body, 'application/x-ndjson')).status).toBe(403);
      const csv = 'Họ và tên,Ngày sinh,Giới tính,Chi bộ\nHoàng Văn Em,1990-01-01,Nam,CB-1\n';
      const viaCsv = await call('root', 'POST', '/v1/import?asOf=2026-11-23', csv, 'text/csv');
      expect(viaCsv.status).toBe(200);
      const r = await viaCsv.json();
      expect(r.rowsRead).toBeGreaterThan(0);
      expect(r.rowsRead).toBe(r.added + r.changed + r.unchanged + r.rejected + r.skipped);
    });

    it('stored validation runs: start (reused the second time), list and read within scope', async () => {
      const first = await (await call('xa', 'POST', '/v1/validation-runs', { asOf: '2026-02-01' })).json();
      expect(first.report.format).toBe('dieule.report/1');
      const second = await (await call('xa', 'POST', '/v1/validation-runs', { asOf: '2026-02-01' })).json();
      expect([second.runId, second.reused]).toEqual([first.runId, true]);
      const list = await (await call('xa', 'GET', '/v1/validation-runs')).json();
      expect(list.runs.map((r: { id: number }) => r.id)).toContain(first.runId);
      expect(list.runs.every((r: { scope: string }) => ['DB-XA', 'CB-1', 'CB-2'].includes(r.scope))).toBe(true);
      const read = await call('xa', 'GET', `/v1/validation-runs/${first.runId}`);
      expect((await read.json()).report.summary).toEqual(first.report.summary);
      expect((await call('other', 'GET', `/v1/validation-runs/${first.runId}`)).status).toBe(403);
      expect((await call('other', 'GET', '/v1/validation-runs/999999')).status).toBe(403);
      expect((await call('root', 'GET', '/v1/validation-runs/999999')).status).toBe(404);
      const other = await (await call('other', 'GET', '/v1/validation-runs')).json();
      expect(other.runs.map((r: { id: number }) => r.id)).not.toContain(first.runId);
    });

    it('annual report within scope, leaving members of other organizations out', async () => {
      const res = await call('xa', 'GET', '/v1/reports/annual?year=2025&locale=en');
      expect(res.status).toBe(200);
      const r = await res.json();
      expect(r).toMatchObject({ format: 'dieule.annual-report/1', year: 2025, root: 'DB-XA' });
      expect(r.organizations.map((o: { id: string }) => o.id)).not.toContain('CB-OTHER');
      expect((await call('xa', 'GET', '/v1/reports/annual')).status).toBe(400);
      expect((await call('reader', 'GET', '/v1/reports/annual?year=2025')).status).toBe(403);
    });

    it('API keys in the database: created once (never logged), usable, listed without secrets, revoked', async () => {
      const created = await call('root', 'POST', '/v1/admin/api-keys', {
        id: 'portal-cb2',
        scopes: ['read'],
        organizations: ['CB-2'],
      });
      expect(created.status).toBe(201);
      const { key } = await created.json();
      expect(key).toMatch(/^dk_[A-Za-z0-9_-]{32}$/);
      const use = (path: string) => app.request(path, { headers: { 'x-api-key': key } });
      expect((await use('/v1/members/M-002')).status).toBe(200);
      expect((await use('/v1/members/M-001')).status).toBe(403);
      expect(
        (
          await call('root', 'POST', '/v1/admin/api-keys', {
            id: 'portal-cb2',
            scopes: ['read'],
            organizations: ['CB-2'],
          })
        ).status,
      ).toBe(409);
      const listed = await (await call('root', 'GET', '/v1/admin/api-keys')).text();
      expect(listed).toContain('portal-cb2');
      expect(listed).not.toContain(key);
      expect(listed).not.toContain(hashApiKey(key));
      expect(sink.raw()).not.toContain(key);
      expect(sink.raw()).not.toContain(hashApiKey(key));
      // an admin of DB-XA cannot issue a key wider than its own, nor revoke one outside it
      const wide = await call('xaAdmin', 'POST', '/v1/admin/api-keys', {
        id: 'x',
        scopes: ['read'],
        organizations: '*',
      });
      expect(wide.status).toBe(403);
      const more = await call('xaAdmin', 'POST', '/v1/admin/api-keys', {
        id: 'y',
        scopes: ['write'],
        organizations: ['CB-1'],
      });
      expect(more.status).toBe(403);
      expect((await call('cb1', 'GET', '/v1/admin/api-keys')).status).toBe(403);
      expect((await call('xaAdmin', 'DELETE', '/v1/admin/api-keys/portal-cb2')).status).toBe(200);
      expect((await use('/v1/members/M-002')).status).toBe(401);
      expect((await call('root', 'DELETE', '/v1/admin/api-keys/portal-cb2')).status).toBe(404);
    });

    it('readiness reports the database; audit lines name no person', async () => {
      const ready = (await (await app.request('/v1/ready')).json()) as { database: string };
      expect(ready.database).toBe('up');
      const raw = sink.raw();
      expect(raw).toContain('"action":"members.read"');
      for (const m of [official, probationary, leaver]) {
        expect(raw).not.toContain(m.person.fullName);
        if (m.person.citizenId) expect(raw).not.toContain(m.person.citizenId);
      }
    });
  });
}
