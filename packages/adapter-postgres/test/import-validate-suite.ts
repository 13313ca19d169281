import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreEngine, type Member } from '@dieule/core';
import type { Engine } from '@dieule/core/kernel';
import { describe, expect, it } from 'vitest';
import { importRoster, inHistoryOrder, memberKey, storedIssues, tables, validateStore } from '../src/index.js';
import { allMembers, official, orgs } from '../src/testing.js';
import type { StoreFactory } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dieule-pg-'));
const ndjson = (name: string, lines: unknown[]) => {
  const p = join(dir, name);
  writeFileSync(p, `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`);
  return p;
};
const asOf = '2026-06-30' as const;

export function importValidateSuite(factory: StoreFactory): void {
  describe(`${factory.name}: import`, () => {
    it('accounts for every row; the same file twice adds nothing', async () => {
      const s = await factory.make();
      const file = ndjson('a.ndjson', [...allMembers, '', { kind: 'member', person: { fullName: 'X' } }]);
      const r = await importRoster(s, file, { asOf });
      expect(r).toMatchObject({ duplicate: false, rowsRead: 6, added: 4, rejected: 1, skipped: 1 });
      expect(r.added + r.changed + r.unchanged + r.rejected + r.skipped).toBe(r.rowsRead);
      const rowsStored = await s.db.select().from(tables.importRows);
      expect(rowsStored.length).toBe(6);
      const rejected = rowsStored.find((x) => x.outcome === 'rejected')!;
      expect(rejected.row).toBe(6);
      expect((rejected.issues as { severity: string }[]).length).toBeGreaterThan(0);
      const before = await s.counts();
      const again = await importRoster(s, file, { asOf });
      expect(again).toMatchObject({ duplicate: true, batchId: r.batchId, added: 0 });
      expect(await s.counts()).toEqual(before);
    });

    it('organizations in the file are stored with their tree and accounted for', async () => {
      const s = await factory.make();
      const r = await importRoster(s, ndjson('o.ndjson', [...orgs, official]), { asOf });
      expect(r).toMatchObject({ rowsRead: 5, added: 5 });
      expect((await s.subtree('DB-XA'))?.length).toBe(3);
    });

    it('a changed row appends events and never rewrites them', async () => {
      const s = await factory.make();
      await importRoster(s, ndjson('b1.ndjson', [official]), { asOf });
      const later: Member = {
        ...official,
        events: [...official.events, { type: 'badgeAwarded', date: '2045-02-03', years: 30 }],
      };
      later.events[later.events.length - 1]!.date = '2026-02-03';
      const r = await importRoster(s, ndjson('b2.ndjson', [later]), { asOf });
      expect(r).toMatchObject({ changed: 1, eventsAdded: 1 });
      const got = await s.getMember('M-001');
      expect(got?.member).toEqual(inHistoryOrder(later));
      expect(got?.revision).toBe(2);
      const events = await s.db.select().from(tables.memberEvents);
      expect(events.length).toBe(official.events.length + 1);
      expect(events.every((e) => e.sourceFile)).toBe(true);
    });

    it('a failure mid-import leaves no partial batch; importing the file again completes it', async () => {
      const s = await factory.make();
      const file = ndjson('c.ndjson', allMembers);
      // batches of one row: the third batch fails after writing its rows, before its commit
      await expect(
        importRoster(s, file, {
          asOf,
          batchRows: 1,
          beforeCommit: (n) => {
            if (n === 3) throw new Error('killed');
          },
        }),
      ).rejects.toThrow('killed');
      const c = await s.counts();
      // the two committed batches are whole (members, events, rows); the third left nothing
      const firstTwo = allMembers.slice(0, 2).reduce((n, m) => n + m.events.length, 0);
      expect([c.members, c.member_events, c.import_batches, c.import_rows]).toEqual([2, firstTwo, 1, 2]);
      const [batch] = await s.db.select().from(tables.importBatches);
      expect(batch).toMatchObject({ rowsRead: 2, membersAdded: 2 });
      const done = await importRoster(s, file, { asOf });
      expect(done).toMatchObject({ duplicate: false, batchId: batch!.id, rowsRead: 4, added: 4 });
      const after = await s.counts();
      expect([after.members, after.import_batches, after.import_rows]).toEqual([4, 1, 4]);
      expect(after.member_events).toBe(allMembers.reduce((n, m) => n + m.events.length, 0));
      expect(await importRoster(s, file, { asOf })).toMatchObject({ duplicate: true, added: 0, rowsRead: 4 });
      expect(await s.counts()).toEqual(after);
    });

    it('two imports of the same file at once make one batch and add each member once', async () => {
      const s = await factory.make();
      const file = ndjson('same.ndjson', allMembers);
      const [a, b] = await Promise.all([
        importRoster(s, file, { asOf, batchRows: 1 }),
        importRoster(s, file, { asOf, batchRows: 1 }),
      ]);
      expect(a.batchId).toBe(b.batchId);
      expect(a.added + b.added).toBeLessThanOrEqual(4);
      const c = await s.counts();
      expect([c.members, c.import_batches, c.import_rows]).toEqual([4, 1, 4]);
      const [batch] = await s.db.select().from(tables.importBatches);
      expect(batch).toMatchObject({ rowsRead: 4, membersAdded: 4 });
    });

    it('two imports of different files at once never duplicate a member nor lose a change', async () => {
      const s = await factory.make();
      const extra = { type: 'badgeAwarded', date: '2026-02-03', years: 30 } as const;
      const changed: Member = { ...official, events: [...official.events, extra] };
      const newcomer: Member = { ...official, id: 'M-777', events: official.events.slice(0, 2) };
      // both files hold M-001 (with different histories) and other shared members; they run at once
      const [a, b] = await Promise.all([
        importRoster(s, ndjson('d1.ndjson', allMembers), { asOf }),
        importRoster(s, ndjson('d2.ndjson', [changed, ...allMembers.slice(1).reverse(), newcomer]), { asOf }),
      ]);
      expect(a.rowsRead).toBe(4);
      expect(b.rowsRead).toBe(5);
      // whichever ran first added the shared members; the other found them: each member added exactly once
      expect(a.added + b.added).toBe(5);
      const c = await s.counts();
      expect(c.members).toBe(5);
      expect(c.import_batches).toBe(2);
      const got = (await s.getMember('M-001'))!.member;
      // the badge of the second file is kept whatever the order (an import never drops another's events)
      expect(got.events.some((e) => e.type === 'badgeAwarded')).toBe(true);
      expect(c.member_events).toBe(allMembers.reduce((n, m) => n + m.events.length, 0) + 1 + newcomer.events.length);
    });

    it('a member created by another writer meanwhile is refused, never overwritten', async () => {
      const s = await factory.make();
      await s.putMember(official);
      const { WritePlan } = await import('../src/store.js');
      const plan = new WritePlan(null, null, null);
      // a plan that loaded M-001 before it existed (a writer that read, then lost the race)
      plan.states.set('M-001', { revision: 0, headHash: '', events: [], nextSeq: 0, exists: false, base: 0 });
      plan.add({ ...official, note: 'other' } as Member, { mode: 'merge' });
      await expect(s.db.transaction((tx) => plan.write(tx as never))).rejects.toMatchObject({
        code: 'staleRevision',
      });
      expect((await s.getMember('M-001'))!.member).toEqual(official);
    });
  });

  describe(`${factory.name}: validate from the store`, () => {
    it('gives the same report as validating the same records as JSON; re-running is a no-op', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const v = await validateStore(s, { asOf });
      const sorted = [...allMembers].sort((x, y) => (memberKey(x) < memberKey(y) ? -1 : 1));
      const json = coreEngine().validate(sorted, { asOf, locale: 'vi' });
      expect(v.reused).toBe(false);
      expect(v.report).toEqual(json);
      const again = await validateStore(s, { asOf });
      expect(again).toMatchObject({ reused: true, runId: v.runId });
      expect(again.report.summary).toEqual(json.summary);
      expect(again.report.issues).toEqual(json.issues);
      expect((await s.counts()).validation_runs).toBe(1);
      await s.putMember({ ...official, events: [...official.events, { type: 'death', date: '2026-05-01' }] });
      expect((await validateStore(s, { asOf })).reused).toBe(false);
    });

    it('without keeping the issues in memory: the same stored run, its issues read back page by page', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const sorted = [...allMembers].sort((x, y) => (memberKey(x) < memberKey(y) ? -1 : 1));
      const json = coreEngine().validate(sorted, { asOf, locale: 'vi' });
      expect(json.issues.length).toBeGreaterThan(1);
      const v = await validateStore(s, { asOf, keepIssues: false });
      expect(v.reused).toBe(false);
      expect(v.report.summary).toEqual(json.summary);
      expect(v.report.issues).toEqual([]);
      const read = [];
      for await (const i of storedIssues(s, v.runId, { pageSize: 1 })) read.push(i);
      expect(read).toEqual(json.issues);
      // the stored run is the one a run keeping its issues reuses
      const again = await validateStore(s, { asOf });
      expect(again).toMatchObject({ reused: true, runId: v.runId });
      expect(again.report.issues).toEqual(json.issues);
    });

    it('a run that fails midway stores nothing (no run, no issues)', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const core = coreEngine();
      const failing = {
        ruleSetHash: core.ruleSetHash,
        plugins: () => core.plugins(),
        accumulator: (o: never, k: boolean) => core.accumulator(o, k),
        evaluate: (input: never, index: number, o: never) => {
          if (index === 2) throw new Error('engine failed');
          return core.evaluate(input, index, o);
        },
      } as unknown as Engine;
      await expect(validateStore(s, { asOf, engine: failing })).rejects.toThrow('engine failed');
      const c = await s.counts();
      expect([c.validation_runs, c.validation_issues]).toEqual([0, 0]);
      expect((await validateStore(s, { asOf })).reused).toBe(false);
    });

    it('validates a subtree only, in English on request', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const v = await validateStore(s, { asOf, org: 'CB-OTHER', locale: 'en' });
      expect(v.report.summary.records).toBe(1);
      expect(v.report.meta.locale).toBe('en');
    });
  });
}
