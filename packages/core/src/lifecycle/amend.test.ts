import { describe, expect, it } from 'vitest';
import { corePack } from '../core-pack.js';
import { createEngine } from '../kernel/engine.js';

describe('plugins amend lifecycle figures', () => {
  it('a province replaces the badge occasion windows; a future regulation changes a deadline', () => {
    const engine = createEngine({
      packs: [
        corePack,
        {
          provenance: { source: 'plugin', name: 'tinh-x', version: '1.0.0' },
          rules: [],
          parameterAmendments: [
            {
              parameter: 'member.badge.occasions',
              values: [
                {
                  from: '2025-08-01',
                  value: [{ occasion: '02-03', from: '01-01', to: '12-31' }],
                  citations: [{ document: 'hd-06-2025' }],
                  confidence: 'verified',
                },
              ],
            },
            {
              parameter: 'member.admission.decisionWorkingDays',
              values: [
                { from: '2026-06-01', value: 30, citations: [{ document: 'qd-20-2026' }], confidence: 'secondary' },
              ],
            },
          ],
        },
      ],
    });
    const ids = engine.parameters().map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['member.badge.occasions', 'member.admission.decisionWorkingDays']));
    const m = {
      kind: 'member',
      person: { fullName: 'A', birthDate: '1990-01-01', sex: 'male' },
      events: [
        { type: 'admissionVote', date: '2026-06-01', vote: { for: 3, officialMembers: 3 } },
        { type: 'admissionDecision', date: '2026-07-20' },
      ],
    };
    const issues = engine
      .validate(m, { asOf: '2026-11-23' })
      .issues.filter((i) => i.ruleId === 'member.admission.decisionDeadline');
    expect(issues.map((i) => i.facts.days)).toEqual([30]);
  });
  it('regression: an amendment of member.transfer.lateStrikeOffMonths reaches the transfer rule (issue 15)', () => {
    const member = {
      kind: 'member',
      person: { fullName: 'A', birthDate: '1990-01-01', sex: 'male' },
      events: [
        { type: 'admissionDecision', date: '2015-07-27' },
        { type: 'admissionCeremony', date: '2015-08-10' },
        { type: 'transferOut', date: '2026-05-04', mode: 'official' },
      ],
    };
    const limits = (packs: Parameters<typeof createEngine>[0]['packs']) =>
      createEngine({ packs })
        .validate(member, { asOf: '2026-11-23' })
        .issues.filter((i) => i.messageId === 'strikeOffGround')
        .map((i) => i.facts.limit);
    expect(limits([corePack])).toEqual(['2026-08-04']);
    const sixMonths = {
      provenance: { source: 'plugin' as const, name: 'tinh-z', version: '1.0.0' },
      rules: [],
      parameterAmendments: [
        {
          parameter: 'member.transfer.lateStrikeOffMonths',
          values: [
            {
              from: '2025-09-29' as const,
              value: 6,
              citations: [{ document: 'hd-38-2025' }],
              confidence: 'verified' as const,
            },
          ],
        },
      ],
    };
    expect(limits([corePack, sixMonths])).toEqual(['2026-11-04']);
  });
  it('rejects a plugin citing a document outside its window (load-time window check)', () => {
    expect(() =>
      createEngine({
        packs: [
          corePack,
          {
            provenance: { source: 'plugin', name: 'tinh-y', version: '1.0.0' },
            rules: [],
            parameterAmendments: [
              {
                parameter: 'member.admission.decisionWorkingDays',
                values: [
                  {
                    from: '2026-06-01',
                    to: '2026-12-31',
                    value: 30,
                    citations: [{ document: 'qd-294-2025', point: '4.3.1' }],
                    confidence: 'verified',
                  },
                ],
              },
            ],
          },
        ],
      }),
    ).toThrow(/member.admission.decisionWorkingDays.*qd-294-2025.*outside its window/);
  });
});
