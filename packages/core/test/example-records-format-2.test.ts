import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/default-engine.js';
import { upgrade } from '../src/records/upgrade.js';

/** The worked example of `examples/records-format-2`: a candidate's life to the 30-year badge, run as a test. */
const file = new URL('../../../examples/records-format-2/bo-ho-so.json', import.meta.url);
const bundle = JSON.parse(readFileSync(file, 'utf8'));
const asOf = '2026-12-01' as const;

describe('examples/records-format-2: candidate to 30-year badge', () => {
  const report = validate(bundle, { asOf, facts: true });
  const fact = (name: string) => report.facts?.find((f) => f.record === 'DV-0042' && f.name === name)?.value;
  it('every record of the bundle is judged, none with an issue', () => {
    expect(report.summary.records).toBe(1 + 5 + 1 + 1);
    expect(report.issues).toEqual([]);
  });
  it('the member is exempted, 33 years of party age, next badge 40 years; no discipline in effect', () => {
    expect(fact('status')).toBe('exempted');
    expect(fact('partyAge')).toMatchObject({ years: 33, start: '1993-10-05' });
    expect(fact('nextBadge')).toMatchObject({ years: 40 });
    expect(fact('disciplineInEffect')).toBeUndefined();
  });
  it('the report shows the correction trail', () => {
    expect(fact('corrections')).toEqual([expect.objectContaining({ event: 'ev-11', by: 'ev-15', action: 'replaced' })]);
  });
  it('without the correction, the transfer never closes and the badge looks too early', () => {
    const member = bundle.members[0];
    const uncorrected = {
      kind: 'member',
      ...member,
      events: member.events.filter((e: { type: string }) => e.type !== 'correction'),
    };
    const r = validate(uncorrected, { asOf, facts: true });
    expect(r.issues.map((i) => `${i.ruleId}:${i.messageId}`)).toEqual(['member.badge.eligibility:tooEarly']);
    expect(r.facts?.find((f) => f.name === 'overdue')?.value).toEqual([
      expect.objectContaining({ item: 'transferLetter' }),
    ]);
  });
  it('upgrade leaves a format-2 bundle as it is in judgement', () => {
    const again = validate(upgrade(bundle).records[0], { asOf });
    expect(again.issues).toEqual([]);
  });
});
