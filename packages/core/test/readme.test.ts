import { expect, it } from 'vitest';
import { validate } from '../src/index.js';

// The README's usage example, kept true: if this test changes, change the README with it.
it('README usage example', () => {
  const report = validate(
    [
      {
        kind: 'member',
        id: 'DV-0042',
        person: { fullName: 'Nguyễn Thị Lan', birthDate: '2006-06-15', sex: 'female' },
        events: [
          { type: 'admissionVote', date: '2024-06-01', vote: { for: 9, officialMembers: 12 } },
          { type: 'admissionDecision', date: '2024-07-10' },
        ],
      },
    ],
    { asOf: '2026-11-23', locale: 'vi' },
  );
  expect(report.issues.map((i) => [i.ruleId, i.path.join('.')])).toEqual([
    ['member.admission.age', 'person.birthDate'],
    ['member.admission.ceremonyDeadline', 'events.1'],
  ]);
  expect(report.issues[0]!.message).toContain('17 năm 11 tháng');
  expect(report.issues[0]!.citations).toContainEqual({ document: 'dieu-le-2011', article: '1', clause: '2' });
  expect(new Set(report.issues[0]!.citations.map((c) => JSON.stringify(c))).size).toBe(
    report.issues[0]!.citations.length,
  );
});
