import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as calendar from '../src/calendar/index.js';
import * as date from '../src/date/index.js';
import * as dues from '../src/dues/index.js';
import * as identity from '../src/identity/index.js';
import * as kernel from '../src/kernel/index.js';
import * as legal from '../src/legal/index.js';
import * as legalRegimes from '../src/legal/regimes.js';
import * as lifecycle from '../src/lifecycle/index.js';
import * as records from '../src/records/index.js';

/**
 * Documentation examples executed as tests (date-fns style): every JSDoc `@example` line of the form
 * `expression // expected` in these modules is evaluated and compared. An example that cannot be run fails.
 */
const modules: [string, Record<string, unknown>][] = [
  ['src/date', date],
  ['src/identity', identity],
  ['src/kernel', kernel],
  // `cal` in a calendar example is the default Vietnamese calendar
  ['src/calendar', { ...calendar, cal: calendar.vietnameseCalendar }],
  ['src/lifecycle', lifecycle],
  ['src/records', records],
  ['src/dues', dues],
  ['src/legal', { ...legal, ...legalRegimes }],
];

for (const [dir, scope] of modules) {
  const root = join(import.meta.dirname, '..', dir);
  for (const file of readdirSync(root).filter((f) => f.endsWith('.ts') && !f.includes('.test'))) {
    const text = readFileSync(join(root, file), 'utf8');
    const examples: { expr: string; expected: string }[] = [];
    for (const block of text.matchAll(/@example\n((?:\s*\*(?!\s*@|\/).*\n)+)/g)) {
      for (const line of block[1]!.split('\n')) {
        const m = /^\s*\*\s+(.+?)\s+\/\/\s+(.+)$/.exec(line);
        if (m) examples.push({ expr: m[1]!, expected: m[2]! });
      }
    }
    if (!examples.length) continue;
    describe(`${dir}/${file}`, () => {
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
}
