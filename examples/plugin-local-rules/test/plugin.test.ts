import { describe, expect, it } from 'vitest';
import { corePack, createEngine as kernelEngine } from '../../../packages/core/src/index.js';
import plugin from '../src/index.js';
import { catalogueSnapshot, compilePlugin, createEngine, type RuleDefinition } from '../src/sdk.js';
import { tester } from './tester.js';

const person = { fullName: 'Trần Thị Bình', birthDate: '1995-05-09', sex: 'female' };
const admitted = (organization: string, date = '2023-06-15') => ({
  kind: 'member',
  person,
  organization,
  events: [{ type: 'admissionDecision', date }],
});

describe('the example plugin', () => {
  it('its catalogue, amendments, targets and schema fields are reviewed as a snapshot', () => {
    expect(catalogueSnapshot(plugin)).toMatchSnapshot();
  });

  it('reports admissions against the provincial target: 1,621 of 1,500 is 108.06 %', () => {
    const records = [
      ...Array.from({ length: 1599 }, (_, i) => admitted(`TX.${String((i % 9) + 3).padStart(2, '0')}`)),
      ...Array.from({ length: 21 }, () => admitted('TX.01')),
      admitted('TX.01', '2024-01-10'), // another year
      admitted('HN.01'), // another province
      { ...admitted('HN.02'), events: [{ type: 'admissionDecision', date: '2023-03-01', organization: 'TX.05' }] }, // admitted in TX.05, since transferred
      { ...admitted('TX.02'), events: [{ type: 'expulsion', date: '2023-04-01' }] },
    ];
    const report = createEngine({ plugins: [plugin] }).validate(records, { asOf: '2024-02-01', locale: 'vi' });
    const [province, d1, d2] = report.aggregates!;
    expect(province).toMatchObject({
      id: 'tinh-x/targets.admission',
      key: 'TX:2023',
      value: 108.06,
      facts: { achieved: 1621, target: 1500, attainmentPercent: 108.06, losses: { expulsion: 1 }, net: 1620 },
      citations: [{ document: 'tinh-x/nq-05-2023', article: '2' }],
      provenance: { source: 'plugin', name: '@dieule/example-plugin-local-rules', version: '1.0.0' },
    });
    expect(province!.label).toBe(
      'Chỉ tiêu kết nạp đảng viên TX năm 2023: 1.621/1.500 đảng viên được kết nạp, đạt 108,06 % chỉ tiêu; giảm 1 (xóa tên 0, xin ra 0, khai trừ 1)',
    );
    expect(d1).toMatchObject({ key: 'TX.01:2023', value: 17.5, facts: { achieved: 21, target: 120 } });
    expect(d2).toMatchObject({ key: 'TX.02:2023', value: 0 });
  });

  it('compiles to a kernel pack (what the catalogue generator loads)', () => {
    const engine = kernelEngine({ packs: [corePack, compilePlugin(plugin)] });
    expect(engine.catalogue().filter((e) => e.provenance.source === 'plugin')).toHaveLength(3);
  });

  it('the residence comment is an optional, validated member field', () => {
    const engine = createEngine({ plugins: [plugin] });
    const bad = engine.validate(
      {
        ...admitted('TX.01'),
        residenceComment: { cell: 'Chi bộ khu phố 3', year: 2025, commentedOn: '2025-12-01', assessment: 'great' },
      },
      { asOf: '2026-01-01' },
    );
    expect(bad.issues[0]).toMatchObject({ ruleId: 'record.schema', path: ['residenceComment', 'assessment'] });
    expect(engine.validate(admitted('TX.01'), { asOf: '2026-01-01' }).summary.withErrors).toBe(0);
  });

  it('every example in the rule definitions behaves as it says', () => {
    for (const rule of (plugin.rules ?? []) as unknown as readonly RuleDefinition[])
      for (const ex of rule.examples ?? []) {
        const failures = tester.failures(
          rule.id,
          ex.expect.length
            ? {
                valid: [],
                invalid: [
                  {
                    record: ex.record,
                    ...(ex.asOf ? { asOf: ex.asOf } : {}),
                    errors: ex.expect.map((messageId) => ({ messageId })),
                  },
                ],
              }
            : { valid: [{ record: ex.record, ...(ex.asOf ? { asOf: ex.asOf } : {}) }], invalid: [] },
        );
        expect(failures, `${rule.id}: ${ex.title.en}`).toEqual([]);
      }
  });
});

// The stricter local deadline: the core rule, judged with the province's 30 working days inside its scope only.
// Vote Mon 1/9/2025; 1–2/9 are National Day holidays; a decision on 27/10/2025 is the 39th working day after it.
const vote = { type: 'admissionVote', date: '2025-09-01', vote: { for: 9, officialMembers: 9 } };
const decidedOn = (date: string, organization: string) => ({
  kind: 'member',
  id: 'M1',
  person,
  organization,
  events: [vote, { type: 'admissionDecision', date }],
});
tester.run('member.admission.decisionDeadline', {
  valid: [
    {
      name: 'outside the province, 39 working days is within the central 45',
      record: decidedOn('2025-10-27', 'HN.01'),
    },
    { name: 'in the province, within 30 working days', record: decidedOn('2025-10-14', 'TX.01.03') },
  ],
  invalid: [
    {
      name: 'in the province, 39 working days is late against the local 30',
      record: decidedOn('2025-10-27', 'TX.01.03'),
      errors: [{ messageId: 'late', facts: { days: 30, workingDaysLate: 9 } }],
    },
  ],
});
