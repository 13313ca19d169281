import { describe, expect, it } from 'vitest';
import { coreEngine } from '../src/default-engine.js';
import type { ParameterValue } from '../src/kernel/parameter.js';
import type { Citation } from '../src/legal/types.js';

/**
 * The upgrades of the December 2026 audit (rules-reference-2026 §3.2), one test each, named after the row: the
 * catalogue carries the mark the audit found the source deserves, on the citation and window the audit names. The
 * logic changes of the same rows are pinned next to their rules (admission-age, task-conditions tests).
 */
const engine = coreEngine();
const catalogue = engine.catalogue();
const params = new Map(engine.parameters().map((p) => [p.id, p]));
const versionsOf = (id: string) => catalogue.find((r) => r.id === id)!.versions;
const versionFrom = (id: string, from: string) => versionsOf(id).find((v) => v.effective.from === from)!;
const valueFrom = (id: string, from: string) =>
  (params.get(id)!.values as readonly ParameterValue[]).find((v) => v.from === from)!;
/** Every rule version and parameter value citing one point of one document. */
const marksOf = (document: string, point: string) =>
  [
    ...catalogue.flatMap((r) => r.versions.map((v) => ({ c: v.citations, m: v.confidence }))),
    ...engine.parameters().flatMap((p) => p.values.map((v) => ({ c: v.citations, m: v.confidence }))),
  ]
    .filter((x) => x.c.some((c: Citation) => c.document === document && c.point === point))
    .map((x) => x.m);

describe('audit 12/2026 §3.2: marks that could be upgraded', () => {
  it('regression: member.admission.age 2016–2021 was secondary (QĐ 29 1.1 a read, months)', () => {
    expect(versionFrom('member.admission.age', '2016-07-25')).toMatchObject({
      effective: { to: '2021-07-29' },
      citations: [{ document: 'qd-29-2016', point: '1.1 a' }],
      confidence: 'verified',
    });
    expect(valueFrom('member.admission.maxAgeMonths', '2016-07-25')).toMatchObject({
      value: 720,
      confidence: 'verified',
    });
  });
  it('regression: member.discipline.limitation 2022 → was recalled (QĐ 69 Điều 4 k2 b read)', () => {
    expect(versionFrom('member.discipline.limitation', '2022-07-06')).toMatchObject({
      effective: { to: null },
      citations: [{ document: 'qd-69-2022', article: '4', clause: '2', point: 'b' }],
      confidence: 'verified',
    });
  });
  it('regression: member.exit.voluntaryWithoutViolation 2025 → was secondary (HD 06 11.2 a read)', () => {
    const v = versionFrom('member.exit.voluntaryWithoutViolation', '2025-06-09');
    expect(v.confidence).toBe('verified');
    expect(v.citations).toContainEqual({ document: 'hd-06-2025', point: '11.2 a' });
  });
  it('regression: member.probation.review 2025 → was secondary (QĐ 294 4.2.3 + HD 06 4.1 read)', () => {
    expect(versionFrom('member.probation.review', '2025-07-01')).toMatchObject({
      citations: [
        { document: 'qd-294-2025', point: '4.2.3' },
        { document: 'hd-06-2025', point: '4.1' },
      ],
      confidence: 'verified',
    });
  });
  it('regression: member.admission.decisionDeadline QĐ 24 window was recalled (same clause in QĐ 29 and QĐ 232)', () => {
    expect(versionFrom('member.admission.decisionDeadline', '2021-07-30').confidence).toBe('secondary');
    expect(new Set(marksOf('qd-24-2021', '4.3.1'))).toEqual(new Set(['secondary']));
  });
  it('regression: member.admission.ceremonyDeadline QĐ 232 window was secondary (QĐ 232 4.1 quoted word for word)', () => {
    expect(versionFrom('member.admission.ceremonyDeadline', '2025-01-20')).toMatchObject({
      effective: { to: '2025-06-30' },
      citations: [{ document: 'qd-232-2025', point: '4.1' }],
      confidence: 'verified',
    });
    expect(valueFrom('member.admission.ceremonyWorkingDays', '2025-01-20')).toMatchObject({
      value: 30,
      confidence: 'verified',
    });
    expect(new Set(marksOf('qd-232-2025', '4.1'))).toEqual(new Set(['verified']));
  });
  it('regression: member.recognition.timing QĐ 24 window was secondary (QĐ 24 4.2.1–4.2.3 reproduced)', () => {
    const v = versionFrom('member.recognition.timing', '2021-07-30');
    expect(v.confidence).toBe('verified');
    expect(v.citations).toContainEqual({ document: 'qd-24-2021', point: '4.2.1' });
  });
  it('regression: ranking.tasks.conditions (individuals) was secondary (QĐ 366 Điều 11 k3 read)', () => {
    const v = versionFrom('ranking.tasks.conditions', '2025-08-30');
    expect(v.confidence).toBe('verified');
    expect(v.citations).toContainEqual({ document: 'qd-366-2025', article: '11', clause: '1-3' });
  });
});

describe('audit 12/2026 §3.1: QĐ 232 cited for its own months', () => {
  // QĐ 232 (20/1–30/6/2025) sat between QĐ 24 and QĐ 294 and was missing from several rules, which cited QĐ 24 or
  // QĐ 29 across its months.
  for (const id of [
    'member.admission.introducers',
    'member.vote.twoThirds',
    'member.recognition.timing',
    'member.transfer.deadlines',
    'member.probation.review',
    'member.decision.authorityLevel',
  ])
    it(`regression: ${id} did not cite QĐ 232 for 20/1–30/6/2025`, () => {
      const inside = versionsOf(id).filter(
        (v) => v.effective.from <= '2025-06-30' && (v.effective.to ?? '9999') >= '2025-01-20',
      );
      expect(inside.length).toBeGreaterThan(0);
      for (const v of inside) {
        const regulations = v.citations.map((c) => c.document).filter((d) => d.startsWith('qd-'));
        expect(regulations, `${id} ${v.effective.from}`).toContain('qd-232-2025');
        expect(regulations, `${id} ${v.effective.from}`).not.toContain('qd-24-2021');
        expect(regulations, `${id} ${v.effective.from}`).not.toContain('qd-29-2016');
      }
    });
});

describe('audit 12/2026 §2: HD 06 cited by the point that was read', () => {
  it('regression: member.probation.review cited HD 06 "point 4" for 9/6–30/6/2025 (the course is point 4.1)', () => {
    expect(versionFrom('member.probation.review', '2025-06-09')).toMatchObject({
      effective: { to: '2025-06-30' },
      citations: [
        { document: 'qd-232-2025', point: '4.2.3' },
        { document: 'hd-06-2025', point: '4.1' },
      ],
    });
  });
});
