import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dieule-upgrade-'));
const person = { fullName: 'Nguyễn Văn An', birthDate: '1990-03-15', sex: 'male' };

describe('dieule upgrade', () => {
  it('writes format 2 and reports what it could not carry over', async () => {
    const file = join(dir, 'v1.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({
          kind: 'member',
          person,
          events: [
            { type: 'admissionCeremony', date: '2015-08-10' },
            { type: 'admissionDecision', date: '2015-07-26' },
          ],
        }),
        JSON.stringify({ kind: 'congress', id: 'X' }),
      ].join('\n'),
    );
    const out = join(dir, 'v2.json');
    const { code, stderr } = await run(['upgrade', file, '--out', out, '--locale', 'en']);
    expect(code).toBe(0);
    const records = JSON.parse(readFileSync(out, 'utf8'));
    expect(records.map((r: { format?: string }) => r.format)).toEqual(['dieule.records/2', undefined]);
    expect(stderr).toContain('row 1 events: The history is not in date order');
    expect(stderr).toContain('row 2 kind: Record kind "congress" is not a core kind');
    expect(stderr).toContain('Upgraded 2 record(s) to format 2; 2 note(s).');
  });
  it('a single record stays a single object, on standard output; the result validates', async () => {
    const one = JSON.stringify({ kind: 'member', person, events: [{ type: 'admissionDecision', date: '2015-07-26' }] });
    const { code, stdout } = await run(['upgrade', '-'], one);
    expect(code).toBe(0);
    const v2 = JSON.parse(stdout);
    expect(v2.events[0].id).toMatch(/^e-/);
    const file = join(dir, 'one.json');
    writeFileSync(file, stdout);
    const check = await run(['check', file, '--as-of', '2026-12-01', '--format', 'json']);
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
  });
});
