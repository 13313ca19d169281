import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { coreEngine, LIBRARY } from '@dieule/core';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import pkg from '../../core/package.json' with { type: 'json' };

/**
 * The rule-set hash identifies the rules, not the build: the ESM and CommonJS bundles of the same sources (one of
 * them minified, so every function's source text differs) and the sources themselves give the same hash. A
 * CommonJS caller of the roster reader can then use worker threads, whose engine is checked by this hash.
 */
const coreDir = dirname(createRequire(import.meta.url).resolve('@dieule/core/package.json'));
const probe = `import { coreEngine } from ${JSON.stringify(join(coreDir, 'src', 'index.ts'))};
export const hash = coreEngine().ruleSetHash;`;

async function bundleTo(dir: string, format: 'esm' | 'cjs', minify: boolean): Promise<string> {
  const file = join(dir, format === 'esm' ? 'probe.mjs' : 'probe.cjs');
  const out = await build({
    stdin: { contents: probe, resolveDir: coreDir, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format,
    minify,
    logLevel: 'silent',
  });
  writeFileSync(file, out.outputFiles[0]!.text);
  return file;
}

/** The newest modification time of the files under a folder. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

describe('rule-set hash', () => {
  it('is the same from the sources, an ESM bundle and a minified CommonJS bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dieule-hash-'));
    const esm = await bundleTo(dir, 'esm', false);
    const cjs = await bundleTo(dir, 'cjs', true);
    const fromEsm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import(${JSON.stringify(esm)}).then((m) => process.stdout.write(m.hash))`],
      { encoding: 'utf8' },
    );
    const fromCjs = execFileSync(
      process.execPath,
      ['-e', `process.stdout.write(require(${JSON.stringify(cjs)}).hash)`],
      { encoding: 'utf8' },
    );
    const fromSource = coreEngine().ruleSetHash;
    expect(fromEsm).toBe(fromSource);
    expect(fromCjs).toBe(fromSource);
  });
  // The packages as published (tsup's dist/index.js and dist/index.cjs), where they are built (CI builds first).
  const builtEsm = join(coreDir, 'dist', 'index.js');
  const builtCjs = join(coreDir, 'dist', 'index.cjs');
  it.runIf(existsSync(builtEsm) && existsSync(builtCjs))(
    'is the same from the built ESM and CommonJS packages as from the sources',
    () => {
      const fromEsm = execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import(${JSON.stringify(builtEsm)}).then((m) => process.stdout.write(m.coreEngine().ruleSetHash))`,
        ],
        { encoding: 'utf8' },
      );
      const fromCjs = execFileSync(
        process.execPath,
        ['-e', `process.stdout.write(require(${JSON.stringify(builtCjs)}).coreEngine().ruleSetHash)`],
        { encoding: 'utf8' },
      );
      expect(fromCjs).toBe(fromEsm);
      // against the sources only when the build is not older than them (a stale local build is not a hash bug)
      if (newestSource(join(coreDir, 'src')) <= statSync(builtEsm).mtimeMs)
        expect(fromEsm, 'rebuild core (pnpm run build) if its sources changed').toBe(coreEngine().ruleSetHash);
    },
  );
  it('the library version is read from package.json', () => {
    expect(LIBRARY.version).toBe(pkg.version);
  });
});
