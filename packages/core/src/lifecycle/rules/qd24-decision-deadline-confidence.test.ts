import { describe, expect, it } from 'vitest';
import { coreEngine } from '../../default-engine.js';

// Regression (audit 12/2026 §3.2): the QĐ 24 window of the decision deadlines was "recalled" although the clause
// (4.3.1) reads the same in QĐ 29 and QĐ 232, both seen verbatim: secondary.
describe('qd24 decision deadline confidence', () => {
  it('QĐ 24 point 4.3.1 is secondary in every rule version and parameter value', () => {
    const engine = coreEngine();
    const marks = [
      ...engine.catalogue().flatMap((r) => r.versions.map((v) => ({ c: v.citations, m: v.confidence }))),
      ...engine.parameters().flatMap((p) => p.values.map((v) => ({ c: v.citations, m: v.confidence }))),
    ].filter((x) => x.c.some((c) => c.document === 'qd-24-2021' && c.point === '4.3.1'));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map((x) => x.m))).toEqual(new Set(['secondary']));
  });
});
