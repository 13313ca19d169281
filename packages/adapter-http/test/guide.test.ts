import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverConfigSchema } from '../src/index.js';

// The configuration example of docs/guides/http.md is kept true by this test.
const guide = readFileSync(new URL('../../../docs/guides/http.md', import.meta.url), 'utf8');

describe('docs/guides/http.md', () => {
  it('its dieule.server.json example is a valid configuration', () => {
    const block = /```json\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(block).toBeDefined();
    const parsed = serverConfigSchema.safeParse(JSON.parse(block as string));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
