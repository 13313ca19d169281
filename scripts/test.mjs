#!/usr/bin/env node
// Runs every project's tests (vitest) and ends with the plain closing line CI reads: "N passed, N failed".
// Extra arguments go to vitest (e.g. `pnpm test -- --project core`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const out = '.vitest-results.json';
rmSync(out, { force: true });
const args = [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
  ...process.argv.slice(2),
];
const r = spawnSync('pnpm', args, { stdio: 'inherit' });
if (!existsSync(out)) {
  console.log('0 passed, 1 failed');
  process.exit(r.status || 1);
}
const res = JSON.parse(readFileSync(out, 'utf8'));
const skipped = (res.numPendingTests ?? 0) + (res.numTodoTests ?? 0);
// Files that failed to load count as failures even when no test inside them ran.
const failedSuites = (res.testResults ?? []).filter(
  (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
).length;
const failed = res.numFailedTests + failedSuites;
console.log(`${res.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(r.status ?? (failed ? 1 : 0));
