import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as calendar from './index.js';

/**
 * The calendar's JSDoc `@example` lines (`expression // expected`) run as tests, the way test/doc-examples.test.ts
 * runs them for date, identity and kernel. `cal` in an example is the default calendar.
 */
const scope: Record<string, unknown> = { ...calendar, cal: calendar.vietnameseCalendar };
const dir = dirname(fileURLToPath(import.meta.url));

for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'))) {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const examples: { expr: string; expected: string }[] = [];
  for (const block of text.matchAll(/@example\n((?:\s*\*(?!\s*@|\/).*\n)+)/g)) {
    for (const line of (block[1] as string).split('\n')) {
      const m = /^\s*\*\s+(.+?)\s+\/\/\s+(.+)$/.exec(line);
      if (m) examples.push({ expr: m[1] as string, expected: m[2] as string });
    }
  }
  if (!examples.length) continue;
  describe(`src/calendar/${file}`, () => {
    for (const { expr, expected } of examples) {
      it(`${expr} // ${expected}`, () => {
        const names = Object.keys(scope);
        const actual = new Function(...names, `return (${expr});`)(...names.map((n) => scope[n]));
        const partial = expected.includes('…');
        const want = new Function(
          `return (${expected
            .replace(/,?\s*…/g, '')
            .replace(/\(.*\)$/, '')
            .trim()});`,
        )();
        if (partial || (typeof want === 'object' && want !== null)) expect(actual).toMatchObject(want);
        else expect(actual).toEqual(want);
      });
    }
  });
}
