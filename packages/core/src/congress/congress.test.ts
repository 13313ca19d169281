import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnameseCalendar } from '../calendar/working-days.js';
import { addDays } from '../date/add-days.js';
import { fromDayNumber, toDayNumber } from '../date/civil-date.js';
import { coreEngine } from '../default-engine.js';
import { congressDeadlines, nextCongressWindow } from './deadlines.js';
import { congressLevelOn } from './model/organization.js';
import { exampleCongress } from './rules/select.js';
import { SEED } from './rules/test-kit.js';

describe('congressLevelOn (which level a congress is, on its date)', () => {
  const commune = { id: 'X', type: 'commune' } as const;
  it('moves communes twice: grassroots, above grassroots (QĐ 294 10.2), grassroots (QĐ 208)', () => {
    expect(congressLevelOn(commune, '2025-06-30').level).toBe('grassroots');
    expect(congressLevelOn(commune, '2025-07-01')).toMatchObject({ level: 'aboveGrassroots', confidence: 'verified' });
    expect(congressLevelOn(commune, '2026-07-25').level).toBe('aboveGrassroots');
    expect(congressLevelOn(commune, '2026-07-26')).toMatchObject({ level: 'grassroots', confidence: 'secondary' });
  });
  it('turns grassroots cells under a commune into cells of the commune’s committee from 26/07/2026', () => {
    const cell = { id: 'C', type: 'grassroots', isCell: true, underCommune: true } as const;
    expect(congressLevelOn(cell, '2026-07-25').level).toBe('grassroots');
    expect(congressLevelOn(cell, '2026-07-26').level).toBe('cell');
    expect(congressLevelOn({ ...cell, isCell: false }, '2026-07-26').level).toBe('partCommittee');
  });
});

describe('nextCongressWindow', () => {
  it('cell: twice in five years, six months either way', () => {
    expect(nextCongressWindow({ organization: { id: 'C', type: 'cell' }, openedOn: '2025-03-10' })).toMatchObject({
      nominal: '2027-09-10',
      earliest: '2027-03-10',
      latest: '2028-03-10',
    });
  });
  it('pilot cell: five years', () => {
    expect(
      nextCongressWindow({ organization: { id: 'C', type: 'cell' }, openedOn: '2025-09-15', pilotFiveYearTerm: true })
        ?.nominal,
    ).toBe('2030-09-15');
  });
  it('the congress rule accepts a congress exactly when it falls in the window of the previous one', () => {
    const start = toDayNumber('2011-02-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 300, max: 2600 }),
        fc.constantFrom('cell', 'grassroots', 'provincial'),
        (offset, gap, type) => {
          const prev = fromDayNumber(start + offset);
          const opened = addDays(prev, gap);
          const organization = { id: 'O', type };
          const w = nextCongressWindow({ organization, openedOn: prev });
          if (!w) return;
          const report = coreEngine().validate(
            exampleCongress({ organization, previousOpenedOn: prev, openedOn: opened }),
            {
              asOf: '2026-11-23',
            },
          );
          const timing = report.issues.filter((i) => i.ruleId === 'congress.timing.cycle');
          // the window is read with the cycle in force at the previous congress; the rule with the one in force at
          // this congress; the cycle figures did not change over 2011–2026, so the two must agree
          expect(timing.length === 0).toBe(opened >= w.earliest && opened <= w.latest);
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
  });
});

describe('congressDeadlines', () => {
  it('counts working days past weekends and the 2/9 holidays', () => {
    const d = congressDeadlines({ openedOn: '2025-08-28', closedOn: '2025-08-29' }, vietnameseCalendar);
    expect(d.map((x) => [x.id, x.due])).toEqual([
      ['report', '2025-09-11'],
      ['handover', '2025-09-23'],
    ]);
  });
  it('is empty before QĐ 294 took effect', () => {
    expect(congressDeadlines({ openedOn: '2025-03-10' }, vietnameseCalendar)).toEqual([]);
  });
});

describe('congress record kind', () => {
  it('derives the level, the counted total, the next window and the deadlines', () => {
    const report = coreEngine().validate(
      exampleCongress({ openedOn: '2025-09-15', previousOpenedOn: '2023-03-01', pilotFiveYearTerm: true }),
      { asOf: '2025-09-16', facts: true },
    );
    const facts = Object.fromEntries((report.facts ?? []).map((f) => [f.name, f.value]));
    expect(facts['congress.level']).toBe('cell');
    expect(facts['congress.electionBase']).toBe(12);
    expect(facts['congress.nextWindow']).toMatchObject({ nominal: '2030-09-15', termMonths: 60 });
    expect(facts['congress.deadlines']).toHaveLength(2);
    expect(report.issues).toEqual([]);
  });
  it('a record with a bad date is a structured issue, not a crash', () => {
    const report = coreEngine().validate(exampleCongress({ openedOn: '10/03/2025' }), { asOf: '2026-11-23' });
    expect(report.issues.some((i) => i.ruleId.startsWith('record.') && i.severity === 'error')).toBe(true);
  });
});

describe('legal windows of the family', () => {
  it('every rule version and parameter value lies inside the window of each document it cites', async () => {
    const { congressRules } = await import('./pack.js');
    const params = await import('./parameters.js');
    const { defaultRegistry } = await import('../legal/registry.js');
    const registry = defaultRegistry();
    const problems: string[] = [];
    const check = (what: string, from: string, to: string | null | undefined, document: string) => {
      const d = registry.get(document);
      if (!d) return problems.push(`${what}: unknown document ${document}`);
      // a document whose start is not known (null) bounds nothing from below
      if (d.effective.from && from < d.effective.from) problems.push(`${what} starts ${from} before ${document}`);
      // an open-ended version citing a replaced document is carried over by the engine at load (law issue 14)
      if (to == null && d.replacedBy?.length) return;
      if (d.effective.to && (to == null || to > d.effective.to))
        problems.push(`${what} runs to ${to ?? 'now'} after ${document} ended ${d.effective.to}`);
    };
    for (const r of congressRules)
      for (const v of r.versions) for (const c of v.citations) check(`${r.id}@${v.from}`, v.from, v.to, c.document);
    for (const p of Object.values(params))
      if (typeof p === 'object' && p && 'values' in p)
        for (const v of p.values) for (const c of v.citations) check(`${p.id}@${v.from}`, v.from, v.to, c.document);
    expect(problems).toEqual([]);
  });
});

describe('a province sets structure targets', () => {
  it('a plugin amends congress.personnel.structure with its own document; the plan is judged on it', async () => {
    const { corePack } = await import('../core-pack.js');
    const { createEngine } = await import('../kernel/engine.js');
    const { examplePlan } = await import('./rules/select.js');
    const engine = createEngine({
      packs: [
        corePack,
        {
          provenance: { source: 'plugin', name: 'tinh-x', version: '1.0.0' },
          rules: [],
          documents: [
            {
              id: 'tinh-x-hd-2025',
              number: '01-HD/TU',
              kind: 'local',
              issuer: { vi: 'Tỉnh ủy X', en: 'Provincial committee X' },
              title: { vi: 'Hướng dẫn đại hội đảng bộ các cấp', en: 'Guidance on congresses' },
              signed: '2025-04-20',
              effective: { from: '2025-04-20', to: null },
              confidence: 'verified',
            },
          ],
          parameterAmendments: [
            {
              parameter: 'congress.personnel.structure',
              values: [
                {
                  from: '2025-04-20',
                  value: { youngPercent: 10, youngUnderAge: 40, womenPercent: 25, ethnicMinorityPercent: null },
                  citations: [{ document: 'tinh-x-hd-2025' }],
                  confidence: 'verified',
                },
              ],
            },
          ],
        },
      ],
    });
    const men = Array.from({ length: 4 }, (_, i) => ({
      id: `M${i}`,
      birthDate: '1975-01-01',
      sex: 'male',
      firstTime: false,
    }));
    const issues = engine
      .validate(examplePlan(men), { asOf: '2026-11-23' })
      .issues.filter((i) => i.ruleId === 'congress.personnel.structure');
    expect(issues.map((i) => i.facts.target)).toEqual(['youngPercent', 'womenPercent']);
    expect(issues[1]?.citations).toContainEqual({ document: 'tinh-x-hd-2025' });
  });
});
