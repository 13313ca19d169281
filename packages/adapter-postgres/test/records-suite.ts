import { coreEngine } from '@dieule/core';
import { describe, expect, it } from 'vitest';
import {
  eachRankingRound,
  getCadreFile,
  getConfidenceVote,
  getRankingRound,
  listCadreFiles,
  listConfidenceVotes,
  listRankingRounds,
  putCadreFile,
  putConfidenceVote,
  putRankingRound,
  putRecords,
  recordHistory,
  StoreError,
  storedBundle,
  validateStoreRecords,
} from '../src/index.js';
import { allMembers, appointment2025, orgs, round2025, vote2025 } from '../src/testing.js';
import type { StoreFactory } from './helpers.js';

const key = (i: { ruleId: string; messageId?: string }) => `${i.ruleId}/${i.messageId ?? ''}`;

/** Ranking rounds, cadre files and confidence votes: stored as written, versioned, judged inside their bundle. */
export function recordsSuite(factory: StoreFactory): void {
  describe(`${factory.name}: ranking rounds, cadre files, confidence votes`, () => {
    it('round trip: what is read back is the format-2 record as written (no defaults added)', async () => {
      const s = await factory.make();
      const r = await putRankingRound(s, round2025);
      expect(r).toMatchObject({ id: 'XL-2025-DB-XA', kind: 'rankingRound', revision: 1, created: true });
      const a = await putCadreFile(s, appointment2025);
      // no id in the file: stored under its natural key
      expect(a.id).toBe('appointment:M-001:2025-10-01:first');
      const { id: voteId } = await putConfidenceVote(s, vote2025);
      expect((await getRankingRound(s, r.id))?.record).toStrictEqual(round2025);
      expect((await getCadreFile(s, a.id))?.record).toStrictEqual(appointment2025);
      expect((await getConfidenceVote(s, voteId))?.record).toStrictEqual(vote2025);
      // a round without `organizations` comes back without it (the schema default [] is not added)
      const { organizations: _o, ...bare } = round2025;
      const b = await putRankingRound(s, { ...bare, id: 'XL-bare' });
      expect((await getRankingRound(s, b.id))?.record).toStrictEqual({ ...bare, id: 'XL-bare' });
      expect(await getRankingRound(s, 'nope')).toBeUndefined();
    });

    it('the same record twice changes nothing; a changed one gets a new revision, every version is kept', async () => {
      const s = await factory.make();
      await putRankingRound(s, round2025);
      expect(await putRankingRound(s, round2025)).toMatchObject({ revision: 1, created: false, changed: false });
      const changed = { ...round2025, decidedOn: '2025-12-22' };
      expect(await putRankingRound(s, changed, { recordedBy: 'ban-to-chuc' })).toMatchObject({
        revision: 2,
        changed: true,
      });
      const h = await recordHistory(s, 'rankingRound', round2025.id);
      expect(h.map((v) => [v.revision, (v.record as { decidedOn: string }).decidedOn, v.recordedBy])).toEqual([
        [1, '2025-12-20', null],
        [2, '2025-12-22', 'ban-to-chuc'],
      ]);
      // a stale write is refused, never merged
      await expect(putRankingRound(s, round2025, { expectedRevision: 1 })).rejects.toMatchObject({
        code: 'staleRevision',
      });
      expect((await getRankingRound(s, round2025.id))?.revision).toBe(2);
    });

    it('a bad record is refused naming the path; a batch with one bad record stores nothing', async () => {
      const s = await factory.make();
      const bad = { ...round2025, id: 'XL-bad', year: 'năm 2025' };
      await expect(putRankingRound(s, bad)).rejects.toBeInstanceOf(StoreError);
      await expect(putRankingRound(s, bad)).rejects.toMatchObject({ code: 'invalidRecord', detail: 'year' });
      await expect(
        putRecords(s, { rankingRounds: [round2025], cadreFiles: [appointment2025], confidenceVotes: [{ kind: 'x' }] }),
      ).rejects.toMatchObject({ code: 'invalidRecord' });
      expect(await listRankingRounds(s)).toEqual([]);
      expect(await listCadreFiles(s)).toEqual([]);
    });

    it('lists by year and organization subtree (an appointment file through its cadre)', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const out = await putRecords(s, {
        rankingRounds: [round2025, { ...round2025, id: 'XL-2024', year: 2024 }],
        cadreFiles: [appointment2025],
        confidenceVotes: [vote2025],
      });
      expect(out.map((o) => o.created)).toEqual([true, true, true, true]);
      expect((await listRankingRounds(s, { year: 2025 })).map((r) => r.id)).toEqual(['XL-2025-DB-XA']);
      expect((await listRankingRounds(s, { org: 'DB-XA' })).map((r) => r.id)).toEqual(['XL-2024', 'XL-2025-DB-XA']);
      expect(await listRankingRounds(s, { org: 'CB-OTHER' })).toEqual([]);
      // paged: the same rounds in the same order, one page at a time
      for (const scope of [{}, { year: 2025 }, { org: 'DB-XA' }, { org: 'CB-OTHER' }]) {
        const paged = [];
        for await (const r of eachRankingRound(s, { ...scope, pageSize: 1 })) paged.push(r);
        expect(paged).toEqual(await listRankingRounds(s, scope));
      }
      expect((await listCadreFiles(s, { org: 'CB-1' })).map((r) => r.kind)).toEqual(['appointment']);
      expect(await listCadreFiles(s, { org: 'CB-2' })).toEqual([]);
      expect((await listConfidenceVotes(s, { org: 'DB-XA' })).map((r) => r.id)).toEqual(['PTN-2025-DB-XA']);
    });

    it('db validate of the records: the same judgement as the JSON bundle, histories read, quota and disagreement reported; a re-run is a no-op', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      await putRecords(s, { rankingRounds: [round2025], cadreFiles: [appointment2025], confidenceVotes: [vote2025] });
      const b = await storedBundle(s, { org: 'DB-XA' });
      expect(b.bundle.rankingRounds).toStrictEqual([round2025]);
      expect(b.bundle.members.map((m) => m.id)).toEqual(['M-001', 'M-002']);

      const asOf = '2026-01-15' as const;
      const v = await validateStoreRecords(s, { asOf, org: 'DB-XA' });
      expect(v.reused).toBe(false);
      expect(v.report.summary.records).toBe(3);
      const keys = v.report.issues.map(key);
      expect(keys).toContain('ranking.quota.members/overQuota');
      expect(keys).toContain('ranking.quota.organizations/overQuota');
      const dis = v.report.issues.find((i) => i.messageId === 'disagreement');
      expect(dis?.location).toBe(`rankingRounds/${round2025.id}`);
      expect(dis?.message).toContain('26/07/2015');

      // the same bundle as a JSON user writes it, validated directly: the same issues on the same records
      const json = {
        kind: 'bundle',
        format: 'dieule.records/2',
        organizations: orgs,
        members: allMembers.filter((m) => m.id === 'M-001' || m.id === 'M-002'),
        rankingRounds: [round2025],
        cadreFiles: [appointment2025],
        confidenceVotes: [vote2025],
      };
      const direct = coreEngine()
        .validate(json, { asOf, locale: 'vi' })
        .issues.filter((i) => /^(rankingRounds|cadreFiles|confidenceVotes)\[/.test(i.location ?? ''));
      expect([...keys].sort()).toEqual(direct.map(key).sort());

      const again = await validateStoreRecords(s, { asOf, org: 'DB-XA' });
      expect(again).toMatchObject({ runId: v.runId, reused: true });
      expect(again.report.issues.map(key)).toEqual(keys);
      // nothing stored in scope: no run
      expect((await validateStoreRecords(s, { asOf, org: 'CB-OTHER' })).runId).toBeUndefined();
    });

    it('more records than one bundle holds: every record judged once, the same as one JSON bundle', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const rounds = Array.from({ length: 25 }, (_, i) => ({
        kind: 'rankingRound',
        id: `XL-${String(i).padStart(3, '0')}`,
        year: 2025,
        organization: { id: 'CB-1' },
        members: [{ memberId: 'M-001', admittedOn: '2015-07-20', level: 'good' }],
      }));
      await putRecords(s, { rankingRounds: rounds });
      const asOf = '2026-01-15' as const;
      const v = await validateStoreRecords(s, { asOf, recordsPerBundle: 10 });
      expect(v.report.summary.records).toBe(25);
      const located = v.report.issues.filter((i) => i.messageId === 'disagreement').map((i) => i.location);
      expect(located).toEqual(rounds.map((r) => `rankingRounds/${r.id}`));
      const direct = coreEngine()
        .validate(
          { kind: 'bundle', organizations: orgs, members: allMembers, rankingRounds: rounds },
          { asOf, locale: 'vi' },
        )
        .issues.filter((i) => (i.location ?? '').startsWith('rankingRounds['));
      expect(v.report.issues.map(key).sort()).toEqual(direct.map(key).sort());
    });
  });
}
