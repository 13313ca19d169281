import { describe, expect, it } from 'vitest';
import { coreEngine } from '../default-engine.js';
import { RuleTester } from '../kernel/rule-tester.js';
import { formatCitation } from '../legal/registry.js';
import { partyCardKind } from './kind.js';
import { exampleCard } from './rules/example.js';
import { cardIssueOfficialOnly } from './rules/issue.js';
import { cardLostDiscipline } from './rules/lost.js';

const tester = new RuleTester({ recordKinds: [partyCardKind] });

// 9/6–30/6/2025 lay between the HD 01 (2021) version (to 8/6/2025) and the QĐ 294 one (from 1/7/2025): a card issued
// to a probationary member in those days passed unseen.
tester.run(cardIssueOfficialOnly, {
  valid: [
    {
      name: 'card issued on 20/6/2025 to a member official since 2/6/2025',
      record: exampleCard({ officialSince: '2025-06-02', issueDecision: '2025-06-20' }),
    },
  ],
  invalid: [
    {
      name: 'regression: a card issued on 20/6/2025 (between HD 01-2021 and QĐ 294) was not judged',
      record: exampleCard({ officialSince: '2025-08-12', issueDecision: '2025-06-20' }),
      errors: [{ messageId: 'beforeOfficial', path: ['issueDecision'], facts: { officialSince: '2025-08-12' } }],
    },
    {
      name: 'first day of the gap',
      record: exampleCard({ officialSince: '2025-08-12', issueDecision: '2025-06-09' }),
      errors: [{ messageId: 'beforeOfficial' }],
    },
    {
      name: 'last day of the gap',
      record: exampleCard({ officialSince: '2025-08-12', issueDecision: '2025-06-30' }),
      errors: [{ messageId: 'beforeOfficial' }],
    },
  ],
});

tester.run(cardLostDiscipline, {
  valid: [
    {
      name: 'loss with a good reason',
      record: exampleCard({
        events: [{ type: 'lost', date: '2024-05-02', reportedOn: '2024-05-03', goodReason: true }],
      }),
    },
    {
      name: 'loss without the reason recorded',
      record: exampleCard({ events: [{ type: 'lost', date: '2024-05-02', reportedOn: '2024-05-03' }] }),
    },
    {
      name: 'before QĐ 102 (2017) the discipline regulations set nothing for a lost card',
      record: exampleCard({ events: [{ type: 'lost', date: '2016-05-02', goodReason: false }] }),
    },
  ],
  invalid: [
    {
      name: 'loss without good reason under QĐ 102 (2019)',
      record: exampleCard({ events: [{ type: 'lost', date: '2019-05-02', goodReason: false }] }),
      errors: [{ messageId: 'disciplineMatter', path: ['events', 0, 'goodReason'], severity: 'warning' }],
    },
    {
      name: 'loss without good reason under QĐ 69 (2026), second event',
      record: exampleCard({
        events: [
          { type: 'lost', date: '2024-05-02', goodReason: true },
          { type: 'lost', date: '2026-10-05', goodReason: false },
        ],
      }),
      errors: [{ messageId: 'disciplineMatter', path: ['events', 1, 'goodReason'] }],
    },
  ],
});

describe('party cards: windows and marks', () => {
  const engine = coreEngine();
  const versionsOf = (id: string) => engine.catalogue().find((r) => r.id === id)!.versions;

  it('the 9/6–30/6/2025 gap is covered by QĐ 232 point 6.1.1, recalled (not seen), with no hole either side', () => {
    const v = versionsOf('card.issue.officialOnly');
    const gap = v.find((x) => x.effective.from === '2025-06-09')!;
    expect(gap).toMatchObject({
      effective: { to: '2025-06-30' },
      citations: [{ document: 'qd-232-2025', point: '6.1.1' }],
      confidence: 'recalled',
    });
    for (let i = 1; i < v.length; i++) expect(v[i]!.effective.from > v[i - 1]!.effective.to!).toBe(true);
    const days = v.map((x) => x.effective);
    expect(days.find((x) => x.to === '2025-06-08')).toBeDefined();
    expect(days.find((x) => x.from === '2025-07-01')).toBeDefined();
  });

  it('an issue in the gap cites QĐ 232 and says how sure it is', () => {
    const report = engine.validate(exampleCard({ officialSince: '2025-08-12', issueDecision: '2025-06-20' }), {
      asOf: '2026-12-01',
    });
    const issue = report.issues.find((i) => i.ruleId === 'card.issue.officialOnly')!;
    expect(issue.confidence).toBe('recalled');
    expect(issue.citations.map((c) => formatCitation(c, 'vi'))).toEqual(['điểm 6.1.1 Quy định 232-QĐ/TW']);
  });

  it('card loss is linked to the discipline provision: QĐ 102 Điều 11 k1 g, then QĐ 69 carrying it (recalled)', () => {
    const v = versionsOf('card.lost.discipline');
    expect(v.map((x) => [x.effective.from, x.effective.to, x.confidence])).toEqual([
      ['2017-11-15', '2022-07-05', 'secondary'],
      ['2022-07-06', null, 'recalled'],
    ]);
    expect(v[0]!.citations).toEqual([{ document: 'qd-102-2017', article: '11', clause: '1', point: 'g' }]);
    expect(formatCitation(v[1]!.citations[0]!, 'vi')).toBe(
      'Điều 29 Quy định 69-QĐ/TW (mang sang từ điểm g khoản 1 Điều 11 Quy định 102-QĐ/TW, chưa thấy trong văn bản mới)',
    );
    const report = engine.validate(
      exampleCard({ events: [{ type: 'lost', date: '2026-10-05', reportedOn: '2026-10-06', goodReason: false }] }),
      { asOf: '2026-12-01' },
    );
    const issue = report.issues.find((i) => i.ruleId === 'card.lost.discipline')!;
    expect(issue.confidence).toBe('recalled');
    expect(issue.severity).toBe('warning');
  });
});
