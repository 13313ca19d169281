import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/check-tsconfig-refs.mjs', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));

const check = (root: string) => spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });

/** A workspace of packages `a`, `b`, `c` with the given dependencies and tsconfig references. */
function workspace(pkgs: Record<string, { deps?: string[]; devDeps?: string[]; refs?: string[] }>): string {
  const root = mkdtempSync(join(tmpdir(), 'dieule-refs-'));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), "packages:\n  - packages/*\n  - 'examples/*'\n");
  for (const [name, p] of Object.entries(pkgs)) {
    const dir = join(root, 'packages', name);
    mkdirSync(dir, { recursive: true });
    const ws = (names: string[] = []) => Object.fromEntries(names.map((n) => [`@x/${n}`, 'workspace:*']));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: `@x/${name}`,
        dependencies: { zod: '4.0.0', ...ws(p.deps) },
        devDependencies: ws(p.devDeps),
      }),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      `{\n  // comments are allowed\n  "extends": "../../tsconfig.package.json",\n  "references": [${(p.refs ?? []).map((r) => `{ "path": "../${r}" }`).join(', ')}],\n}\n`,
    );
  }
  return root;
}

describe('tsconfig references follow workspace dependencies (scripts/check-tsconfig-refs.mjs)', () => {
  it('passes on this repository', () => {
    const r = check(repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('passes when every workspace dependency (dev ones too) has its reference', () => {
    const r = check(workspace({ a: {}, b: { deps: ['a'], refs: ['a'] }, c: { devDeps: ['b'], refs: ['b'] } }));
    expect(r.status).toBe(0);
  });

  it('fails on a dependency without a reference, naming the package and the missing path', () => {
    const r = check(workspace({ a: {}, b: { deps: ['a'] }, c: { devDeps: ['a', 'b'], refs: ['b'] } }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('packages/b: depends on @x/a but tsconfig.json has no reference to ../a');
    expect(r.stderr).toContain('packages/c: depends on @x/a but tsconfig.json has no reference to ../a');
    expect(r.stderr).toContain('2 tsconfig reference problem(s)');
  });

  it('fails on a stale reference to a workspace package that is not a dependency', () => {
    const r = check(workspace({ a: {}, b: { refs: ['a'] } }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'packages/b: tsconfig.json references ../a, which package.json does not depend on (stale)',
    );
  });
});
