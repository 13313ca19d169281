/**
 * `src/rule-ids.generated.ts` (the `ruleId` / `messageId` unions of core) is generated from the catalogue.
 * When this test fails, regenerate it: `pnpm run docs:catalogue` (or `UPDATE_RULE_IDS=1 pnpm exec vitest run
 * --project core test/rule-ids.test.ts`), and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corePack } from '../src/core-pack.js';
import { ruleIdsSource } from '../src/kernel/rule-ids.js';

const file = join(import.meta.dirname, '..', 'src', 'rule-ids.generated.ts');

describe('rule-ids.generated.ts', () => {
  it('is up to date with the core catalogue', () => {
    const expected = ruleIdsSource(corePack.rules);
    if (process.env.UPDATE_RULE_IDS) writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
