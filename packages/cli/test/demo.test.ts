import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

describe('`pnpm run demo` built for five minutes with no output (issue 16)', () => {
  it('says what it runs before running it, needs no build, and writes the report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dieule-demo-')), 'report.html');
    const r = spawnSync(process.execPath, ['scripts/demo.mjs', '--out', out, '--quiet'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^\[1\/2\] (using the built CLI|running the CLI from its TypeScript sources)/);
    expect(lines[1]).toMatch(/^\[2\/2\] \$ dieule validate examples\/rosters\/dang-bo-xa-an-binh\.xlsx /);
    expect(r.stdout + r.stderr).not.toMatch(/tsup|Build start|pnpm run build\b(?!`)/);
    expect(existsSync(out)).toBe(true);
  });
});
