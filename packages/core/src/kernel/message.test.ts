import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from './message.js';

describe('fast-check seed', () => {
  it('every test runs with a fixed global seed (scripts/vitest/fast-check-seed.ts)', () => {
    expect(typeof fc.readConfigureGlobal().seed).toBe('number');
  });
});

describe('renderTemplate', () => {
  it('a value containing braces is shown verbatim, never expanded again (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(renderTemplate('{a}|{b}', { a, b })).toBe(`${a}|${b}`);
      }),
    );
  });
});
