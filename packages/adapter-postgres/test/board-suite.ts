import { coreEngine } from '@dieule/core';
import { describe, expect, it } from 'vitest';
import {
  annualReport,
  annualReportHtml,
  drillId,
  memberKey,
  putRankingRound,
  roundQuota,
  worklist,
  worklistCsv,
} from '../src/index.js';
import { allMembers, leaver, orgs, round2025 } from '../src/testing.js';
import type { StoreFactory } from './helpers.js';

export function boardSuite(factory: StoreFactory): void {
  describe(`${factory.name}: worklist and annual report`, () => {
    it('worklist: probation ending within 30 working days, cited, in working days', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const rows = await worklist(s, { asOf: '2026-03-16', withinWorkingDays: 30 });
      const p = rows.find((r) => r.member === 'M-002' && r.item === 'probationEnd');
      expect(p).toMatchObject({ organization: 'CB-2', due: '2026-04-02', overdue: false });
      expect(p!.workingDays).toBeGreaterThan(0);
      expect(p!.workingDays).toBeLessThanOrEqual(30);
      expect(rows.every((r) => r.citations.length > 0)).toBe(true);
      // a subtree sees only its organizations
      const other = await worklist(s, { asOf: '2026-03-16', org: 'CB-1' });
      expect(other.every((r) => r.organization === 'CB-1')).toBe(true);
      const csv = worklistCsv(rows);
      expect(csv).toContain('02/04/2026');
      expect(csv).not.toMatch(/\d{12}/);
    });

    it('worklist: a ceremony not yet held is due, then overdue', async () => {
      const s = await factory.make();
      await s.putMember({
        kind: 'member',
        id: 'M-010',
        person: { fullName: 'Đỗ Văn Giang', birthDate: '1999-09-09', sex: 'male' },
        organization: 'CB-1',
        events: [{ type: 'admissionDecision', date: '2026-03-02' }],
      });
      const soon = await worklist(s, { asOf: '2026-03-03' });
      expect(soon.find((r) => r.item === 'ceremony')).toMatchObject({ overdue: false });
      const late = await worklist(s, { asOf: '2026-09-01' });
      const c = late.find((r) => r.item === 'ceremony')!;
      expect(c.overdue).toBe(true);
      expect(c.workingDays).toBeLessThan(0);
    });

    it('annual report: figures roll up the tree and every figure drills down to its members', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const r = await annualReport(s, { year: 2025, org: 'DB-XA' });
      expect(r.to).toBe('2025-12-31');
      expect(r.organizations.map((o) => o.id)).toEqual(['DB-XA', 'CB-1', 'CB-2']);
      const fig = (org: string, key: string) =>
        r.organizations.find((o) => o.id === org)!.figures.find((f) => f.key === key)!;
      expect(fig('DB-XA', 'membersAtStart').members).toEqual(['M-001', memberKey(leaver)].sort());
      expect(fig('DB-XA', 'membersAtEnd').members).toEqual(['M-001', 'M-002']);
      expect(fig('CB-2', 'admissions').members).toEqual(['M-002']);
      expect(fig('CB-1', 'voluntaryExits').value).toBe(1);
      expect(fig('DB-XA', 'female').value).toBe(1);
      // drill-down adds up: each figure = its members; a parent = its own members + its children
      for (const o of r.organizations)
        for (const f of o.figures) {
          expect(f.value).toBe(f.members.length);
          expect(f.more).toBe(0);
          const kids = o.children.map((c) => fig(c, f.key).value).reduce((a, b) => a + b, 0);
          expect(f.value).toBeGreaterThanOrEqual(kids);
        }
      for (const key of ['membersAtEnd', 'admissions', 'voluntaryExits'])
        expect(fig('DB-XA', key).value).toBe(fig('CB-1', key).value + fig('CB-2', key).value);
      // the period ends on the as-of date when it is earlier
      const partial = await annualReport(s, { year: 2025, asOf: '2025-06-30' });
      expect(partial.to).toBe('2025-06-30');
    });

    it('annual report with a drill-down limit: the first keys in order, the rest counted, counts still add up', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      const whole = await annualReport(s, { year: 2025, org: 'DB-XA' });
      const capped = await annualReport(s, { year: 2025, org: 'DB-XA', drillLimit: 1 });
      const none = await annualReport(s, { year: 2025, org: 'DB-XA', drillLimit: 0 });
      let cut = 0;
      for (const [i, o] of whole.organizations.entries())
        for (const [j, f] of o.figures.entries()) {
          const c = capped.organizations[i]!.figures[j]!;
          expect(c.value).toBe(f.value);
          expect(c.members).toEqual(f.members.slice(0, 1));
          expect(c.members.length + c.more).toBe(c.value);
          if (c.more) cut++;
          const n = none.organizations[i]!.figures[j]!;
          expect([n.members.length, n.more]).toEqual([0, f.value]);
        }
      expect(cut).toBeGreaterThan(0);
      // a parent's count is still its cells' counts added up
      const fig = (org: string, key: string) =>
        capped.organizations.find((o) => o.id === org)!.figures.find((f) => f.key === key)!;
      for (const key of ['membersAtEnd', 'membersAtStart'])
        expect(fig('DB-XA', key).value).toBe(fig('CB-1', key).value + fig('CB-2', key).value);
      // the HTML says how many more there are
      const html = annualReportHtml(capped);
      expect(html).toContain(`data-drill="DB-XA/membersAtEnd" data-count="2"`);
      expect(html).toMatch(/… 1 đảng viên khác/);
    });

    it('annual report HTML: charts, and every figure drills down to exactly its members', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      for (const locale of ['vi', 'en'] as const) {
        const r = await annualReport(s, { year: 2025, org: 'DB-XA', locale });
        const html = annualReportHtml(r);
        expect(html).toMatch(/^<!doctype html>/);
        expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
        for (const chart of ['flows', 'sex', 'age', 'organizations']) expect(html).toContain(`data-chart="${chart}"`);
        const blocks = [
          ...html.matchAll(/<details id="([^"]+)" data-drill="([^"]+)" data-count="(\d+)">(.*?)<\/details>/gs),
        ];
        const drill = new Map(
          blocks.map((b) => [
            b[2]!,
            {
              id: b[1]!,
              count: Number(b[3]),
              members: [...b[4]!.matchAll(/data-member="([^"]+)"/g)].map((x) => x[1]!),
            },
          ]),
        );
        let figures = 0;
        for (const o of r.organizations)
          for (const f of o.figures) {
            const d = drill.get(`${o.id}/${f.key}`);
            if (!f.value) {
              expect(d).toBeUndefined();
              continue;
            }
            figures++;
            expect(d!.id).toBe(drillId(o.id, f.key));
            expect(d!.count).toBe(f.value);
            expect(d!.members).toEqual([...f.members]);
            // every link to a figure lands on its block
            expect(html).not.toContain(`href="#${d!.id}" data-figure="${o.id}/${f.key}">0<`);
          }
        expect(blocks.length).toBe(figures);
        // the committee's drill-down adds up: its members are the union of its cells' members
        for (const key of ['membersAtEnd', 'admissions', 'voluntaryExits'] as const) {
          const kids = ['CB-1', 'CB-2'].flatMap((c) => drill.get(`${c}/${key}`)?.members ?? []);
          expect(drill.get(`DB-XA/${key}`)!.members.slice().sort()).toEqual(kids.sort());
        }
        expect(html).toContain(
          locale === 'vi' ? 'Báo cáo thống kê đảng viên năm 2025' : 'Annual membership statistics 2025',
        );
        expect(html).toContain('01/01/2025 – 31/12/2025');
        expect(html).not.toMatch(/\d{12}/);
      }
    });

    it('annual report: ranking distribution of members and organizations adds up, drills down, and shows a quota breach', async () => {
      const s = await factory.make();
      await s.putOrganizations(orgs);
      for (const m of allMembers) await s.putMember(m);
      await putRankingRound(s, round2025);
      // a cell's own round: one member listed without a level, one exempted
      await putRankingRound(s, {
        kind: 'rankingRound',
        id: 'XL-2025-CB-1',
        year: 2025,
        organization: { id: 'CB-1' },
        members: [{ memberId: 'M-001', level: 'good' }, { memberId: 'M-003' }, { memberId: 'M-004', exempted: true }],
      });
      await putRankingRound(s, { ...round2025, id: 'XL-2024', year: 2024 });
      const r = (await annualReport(s, { year: 2025, org: 'DB-XA' })).ranking;
      expect(r.rounds.map((x) => x.id)).toEqual(['XL-2025-CB-1', 'XL-2025-DB-XA']);
      const count = (d: typeof r.members, level: string) => d.levels.find((l) => l.level === level)!;
      expect(count(r.members, 'excellent')).toMatchObject({ abbreviation: 'HTXS', value: 1, ids: ['M-001'] });
      expect(count(r.members, 'good')).toMatchObject({ value: 2, ids: ['M-001', 'M-002'], percent: 66.67 });
      expect(r.members.notRankable).toEqual(['M-004']);
      expect(r.members.unranked).toEqual(['M-003']);
      expect(count(r.organizations, 'excellent').ids).toEqual(['CB-1']);
      // the counts add up, and each count is its drill-down
      for (const d of [r.members, r.organizations]) {
        expect(d.levels.reduce((a, l) => a + l.value, 0)).toBe(d.ranked);
        expect(d.ranked + d.notRankable.length + d.unranked.length).toBe(d.listed);
        for (const l of d.levels) expect(l.value).toBe(l.ids.length);
      }
      expect(r.members.listed).toBe(5);
      // the quota: DB-XA's round is over it in both lists (⌊1 × 20 %⌋ = 0), CB-1's is within (0 excellent)
      const breaches = r.quota.filter((q) => q.breached);
      expect(r.breaches).toBe(2);
      expect(breaches.map((q) => [q.ruleId, q.round, q.group, q.allowed, q.surplus, q.blamed])).toEqual([
        ['ranking.quota.members', 'XL-2025-DB-XA', 'DB-XA', 0, 1, ['M-001']],
        ['ranking.quota.organizations', 'XL-2025-DB-XA', 'DB-XA', 0, 1, ['CB-1']],
      ]);
      expect(breaches[0]!.percent).toBe(20);
      expect(breaches[0]!.citations[0]).toMatchObject({ document: 'qd-366-2025', article: '11' });
      expect(r.quota.find((q) => q.round === 'XL-2025-CB-1')).toMatchObject({ breached: false, good: 1 });
      // the report's quota is the rules' quota: the same surplus and blamed evaluations as the engine reports
      const engine = coreEngine();
      const issues = engine
        .validate(round2025, { asOf: '2026-01-15', locale: 'vi' })
        .issues.filter((i) => i.messageId === 'overQuota');
      expect(issues.map((i) => [i.ruleId, i.facts?.surplus, i.facts?.blamed])).toEqual(
        roundQuota(round2025 as never, engine)
          .filter((q) => q.breached)
          .map((q) => [q.ruleId, q.surplus, q.blamed]),
      );

      // HTML: the breach is shown, and every ranking count drills down to exactly its evaluations
      const html = annualReportHtml(await annualReport(s, { year: 2025, org: 'DB-XA' }));
      expect(html).toContain('data-chart="ranking"');
      expect(html).toContain('data-ranking="breach"');
      expect(html.match(/data-quota="breach"/g)?.length).toBe(2);
      expect(html).toContain('Vượt tỷ lệ');
      const blocks = new Map(
        [
          ...html.matchAll(/<details id="[^"]+" data-drill="(ranking\/[^"]+)" data-count="(\d+)">(.*?)<\/details>/gs),
        ].map((b) => [
          b[1]!,
          { count: Number(b[2]), ids: [...b[3]!.matchAll(/data-member="([^"]+)"/g)].map((x) => x[1]!) },
        ]),
      );
      for (const [list, d] of [
        ['members', r.members],
        ['organizations', r.organizations],
      ] as const)
        for (const l of d.levels)
          if (l.value) expect(blocks.get(`ranking/${list}/${l.level}`)).toEqual({ count: l.value, ids: l.ids });
      expect(blocks.get('ranking/members/unranked')?.ids).toEqual(['M-003']);
      expect([...blocks.keys()].filter((k) => k.startsWith('ranking/quota/')).length).toBe(2);
      // a scope without rounds says so
      const other = await annualReport(s, { year: 2025, org: 'CB-OTHER', locale: 'en' });
      expect(other.ranking.rounds).toEqual([]);
      expect(annualReportHtml(other)).toContain('No ranking round of this year is stored in this scope.');
    });
  });
}
