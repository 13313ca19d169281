#!/usr/bin/env node
// The README's main job: validate the bundled sample roster with the CLI and write report.html.
// No build step: when packages/cli/dist is missing or older than the sources, the CLI runs straight from the
// TypeScript sources (tsx, the `@dieule/source` condition), which takes seconds instead of a full build.
// Exit 1 from `dieule validate` means "errors found" (the sample has them on purpose), so it counts as success here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sample = 'examples/rosters/dang-bo-xa-an-binh.xlsx';
const built = 'packages/cli/dist/cli.js';

/** Newest modification time under the given source folders. */
function newest(dirs) {
  let t = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return t;
}

const fresh =
  existsSync(built) &&
  statSync(built).mtimeMs >= newest(['packages/cli/src', 'packages/adapter-xlsx/src', 'packages/core/src']);
const runner = fresh ? [built] : ['--conditions=@dieule/source', '--import', 'tsx', 'packages/cli/src/cli.ts'];
console.log(
  fresh
    ? '[1/2] using the built CLI (packages/cli/dist)'
    : '[1/2] running the CLI from its TypeScript sources (no build needed; `pnpm run build` makes it start faster)',
);
const args = ['validate', sample, '--as-of', '2026-11-23', '--out', 'report.html', ...process.argv.slice(2)];
console.log(`[2/2] $ dieule ${args.join(' ')}`);
const r = spawnSync(process.execPath, [...runner, ...args], { stdio: 'inherit' });
if (r.status === 0 || r.status === 1) {
  console.log('\nreport.html written: open it in a browser.');
  process.exit(0);
}
process.exit(r.status ?? 2);
