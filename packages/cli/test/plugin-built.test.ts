import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// The documented path: build the plugin to one JavaScript file (as `pnpm --filter <plugin> build` does), then give
// the CLI the package directory. Built into a temporary directory so the test does not depend on a previous build.
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dieule-plugin-'));
  const { build } = await import('tsup');
  await build({
    config: false,
    entry: { index: fileURLToPath(new URL('../../../examples/plugin-local-rules/src/index.ts', import.meta.url)) },
    format: ['esm'],
    outDir: dir,
    noExternal: [/.*/],
    silent: true,
    esbuildOptions(options) {
      options.conditions = ['@dieule/source', 'import', 'default'];
    },
  });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ type: 'module', exports: { '.': { import: './index.js' } } }),
  );
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('--plugin with a built plugin package', () => {
  it('loads the package directory and the file', async () => {
    for (const spec of [dir, join(dir, 'index.js')]) {
      const { code, stdout, stderr } = await run(['rules', '--json', '--plugin', spec]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const ids = (JSON.parse(stdout) as { id: string }[]).map((r) => r.id);
      expect(ids).toContain('tinh-x/meeting.quality');
    }
  });
  it('evaluates with the built plugin: schema extension from the bundled zod validates', async () => {
    const member = {
      kind: 'member',
      person: { fullName: 'Trần Thị Bình', birthDate: '1995-05-09', sex: 'female' },
      organization: 'TX.01',
      residenceComment: { cell: 'Chi bộ khu phố 3', year: 2025, commentedOn: '2025-12-01', assessment: 'great' },
      events: [],
    };
    const { code, stdout } = await run(
      ['check', '-', '--format', 'json', '--as-of', '2026-01-15', '--plugin', dir],
      JSON.stringify(member),
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues[0]).toMatchObject({
      ruleId: 'record.schema',
      path: ['residenceComment', 'assessment'],
    });
  });
});
