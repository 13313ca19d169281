import { coreEngine, type Member } from '@dieule/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inHistoryOrder, memberKey, StoreError } from '../src/index.js';
import { allMembers, official, orgs, probationary } from '../src/testing.js';
import type { StoreFactory } from './helpers.js';

/** The store behaviour, run against each driver. */
export function storeSuite(factory: StoreFactory): void {
  describe(`${factory.name}: schema and migrations`, () => {
    it('migrates a new database and is current afterwards; migrating again is a no-op', async () => {
      const s = await factory.make();
      const st = await s.check();
      expect(st.state).toBe('current');
      expect((await s.migrate()).state).toBe('current');
      expect((await s.counts()).members).toBe(0);
    });

    it('refuses a database at a newer migration than the code', async () => {
      const s = await factory.make();
      await s.db.execute(
        `insert into ${s.connection.migrationsSchema}.__drizzle_migrations (hash, created_at) values ('future', 99999999999999)` as never,
      );
      await expect(s.check()).rejects.toMatchObject({ code: 'newerSchema' });
      await expect(s.migrate()).rejects.toBeInstanceOf(StoreError);
    });
  });

  describe(`${factory.name}: organizations and members with history`, () => {
    it('stores organizations and keeps every version', async () => {
      const s = await factory.make();
      expect(await s.putOrganizations(orgs)).toEqual({ added: 4, changed: 0 });
      expect(await s.putOrganizations(orgs)).toEqual({ added: 0, changed: 0 });
      const renamed = { ...orgs[1]!, name: 'Chi bộ thôn Một' };
      expect(await s.putOrganizations([renamed])).toEqual({ added: 0, changed: 1 });
      const h = await s.organizationHistory('CB-1');
      expect(h.map((x) => x.record.name)).toEqual(['Chi bộ thôn 1', 'Chi bộ thôn Một']);
      expect(await s.subtree('DB-XA')).toEqual(expect.arrayContaining(['DB-XA', 'CB-1', 'CB-2']));
      expect((await s.subtree('DB-XA'))?.length).toBe(3);
    });

    it('round trip: the loaded record equals the record written (with and without id)', async () => {
      const s = await factory.make();
      for (const m of allMembers) await s.putMember(m);
      for (const m of allMembers) {
        const got = await s.getMember(memberKey(m));
        expect(got?.member).toEqual(m);
        expect(got?.revision).toBe(1);
      }
    });

    it('writing the same record twice adds nothing; a changed record appends and keeps the old rows', async () => {
      const s = await factory.make();
      await s.putMember(official);
      const again = await s.putMember(official);
      expect(again).toMatchObject({ created: false, eventsAdded: 0, revision: 1 });
      const before = await s.counts();
      const corrected: Member = {
        ...official,
        events: official.events.map((e) => (e.type === 'recognitionDecision' ? { ...e, date: '2016-08-15' } : e)),
      };
      const r = await s.putMember(corrected);
      expect(r).toMatchObject({ eventsAdded: 1, revision: 2 });
      const after = await s.counts();
      expect(after.member_events).toBe(before.member_events! + 1); // the old event stays in the table
      expect((await s.getMember('M-001'))?.member).toEqual(corrected); // …but leaves the history
    });

    it('optimistic concurrency: a stale append is refused, never merged', async () => {
      const s = await factory.make();
      await s.putMember(probationary);
      const read = (await s.getMember('M-002'))!;
      const ok = await s.appendEvents(
        'M-002',
        [{ type: 'recognitionVote', date: '2026-04-01', vote: { for: 9, officialMembers: 10 } }],
        {
          expectedRevision: read.revision,
        },
      );
      expect(ok.revision).toBe(2);
      await expect(
        s.appendEvents('M-002', [{ type: 'recognitionDecision', date: '2026-04-10' }], {
          expectedRevision: read.revision,
        }),
      ).rejects.toMatchObject({ code: 'staleRevision' });
      expect((await s.getMember('M-002'))?.member.events.length).toBe(probationary.events.length + 1);
    });

    it('an invalid record is refused with its paths, never its values', async () => {
      const s = await factory.make();
      const bad = { ...official, person: { ...official.person, birthDate: 'not a date' } };
      const err = await s.putMember(bad).catch((e) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err.code).toBe('invalidRecord');
      expect(err.message).toContain('person.birthDate');
      expect(err.message).not.toMatch(/\d{12}/);
    });

    it('property: any date-ordered history round-trips through the store (seed 11)', async () => {
      const s = await factory.make();
      const types = [
        'awarenessCourse',
        'application',
        'admissionCeremony',
        'newMemberCourse',
        'death',
        'lostContact',
      ] as const;
      const day = fc
        .integer({ min: 0, max: 20000 })
        .map((n) => new Date(Date.UTC(1970, 0, 1 + n)).toISOString().slice(0, 10));
      const ev = fc.record({
        type: fc.constantFrom(...types),
        date: day,
        note: fc.option(fc.string(), { nil: undefined }),
      });
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(ev, { maxLength: 8 }), async (events) => {
          const clean = events.map((e) => (e.note === undefined ? { type: e.type, date: e.date } : e));
          const m = inHistoryOrder({
            kind: 'member',
            id: `P-${n++}`,
            person: { fullName: 'Hoàng Văn Em', birthDate: '1990-01-01', sex: 'male' },
            events: clean as Member['events'],
          });
          await s.putMember(m);
          expect((await s.getMember(m.id!))?.member).toEqual(m);
        }),
        { seed: 11, numRuns: 25 },
      );
    });

    it('streams the members of a subtree only', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const keys: string[] = [];
      for await (const m of s.members({ org: 'DB-XA', pageSize: 2 })) keys.push(m.key);
      expect(keys.sort()).toEqual(['M-001', 'M-002', memberKey(allMembers[2]!)].sort());
      let all = 0;
      for await (const _ of s.members()) all++;
      expect(all).toBe(4);
      void coreEngine;
    });
  });
}
