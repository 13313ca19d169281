#!/usr/bin/env node
// The README's main job: build, then validate the bundled sample roster with the CLI and write report.html.
// Exit 1 from `dieule validate` means "errors found" (the sample has them on purpose), so it counts as success here.
import { spawnSync } from 'node:child_process';

const sample = 'examples/rosters/dang-bo-xa-an-binh.xlsx';
const build = spawnSync('pnpm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const args = [
  'packages/cli/dist/cli.js',
  'validate',
  sample,
  '--as-of',
  '2026-11-23',
  '--out',
  'report.html',
  ...process.argv.slice(2),
];
console.log(`$ dieule ${args.slice(1).join(' ')}`);
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (r.status === 0 || r.status === 1) {
  console.log('\nreport.html written: open it in a browser.');
  process.exit(0);
}
process.exit(r.status ?? 2);
