import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vietnameseCalendar } from '../calendar/working-days.js';
import * as congress from './index.js';

/**
 * The family's JSDoc examples (`expression // expected`) run as tests, like `test/doc-examples.test.ts` does for the
 * other families (that runner reads only the top level of a folder; this one also reads `model/`).
 */
const scope: Record<string, unknown> = { ...congress, vietnameseCalendar };
const root = import.meta.dirname;
const files = ['', 'model'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.ts') && !f.includes('.test'))
    .map((f) => join(d, f)),
);

for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const examples: { expr: string; expected: string }[] = [];
  for (const block of text.matchAll(/@example\n((?:\s*\*(?!\s*@|\/).*\n)+)/g))
    for (const line of block[1]!.split('\n')) {
      const m = /^\s*\*\s+(.+?)\s+\/\/\s+(.+)$/.exec(line);
      if (m) examples.push({ expr: m[1]!, expected: m[2]! });
    }
  if (!examples.length) continue;
  describe(`congress/${file}`, () => {
    for (const { expr, expected } of examples)
      it(`${expr} // ${expected}`, () => {
        const names = Object.keys(scope);
        const actual = new Function(...names, `return (${expr});`)(...names.map((n) => scope[n]));
        expect(actual).toEqual(new Function(`return (${expected});`)());
      });
  });
}
