/**
 * `dieule validate` end to end (file → JSON report), as users run it: one or more built CLIs side by side, interleaved
 * run by run, in-thread and on worker threads; medians with ranges, peak RSS, and the load average beside each run.
 * The roster is generated into the temporary directory and deleted after.
 *
 *   node --conditions=@dieule/source --import tsx packages/bench/src/roster-e2e.ts \
 *     --members 100000 --runs 3 --cli packages/cli/dist/cli.js [--cli /tmp/old/packages/cli/dist/cli.js]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : def;
};
const clis = args.flatMap((a, i) => (a === '--cli' ? [args[i + 1]!] : []));
if (clis.length === 0) clis.push('packages/cli/dist/cli.js');
const members = Number(arg('members', '100000'));
const runs = Number(arg('runs', '3'));
const modes = arg('modes', 'threads,no-threads').split(',');

const dir = mkdtempSync(join(tmpdir(), 'dieule-roster-e2e-'));
const file = join(dir, `roster-${members}.csv`);
const generator = new URL('../../../examples/rosters/generate.ts', import.meta.url).pathname;
execFileSync(
  process.execPath,
  ['--conditions=@dieule/source', '--import', 'tsx', generator, '--members', String(members), '--out', file],
  {
    stdio: 'inherit',
  },
);
type Sample = { wall: number; user: number; rss: number; load: number };
const samples = new Map<string, Sample[]>();
try {
  for (let r = 0; r < runs; r++)
    for (const mode of modes)
      for (const cli of clis) {
        const load = loadavg()[0]!;
        const timing = join(dir, 'time.txt');
        try {
          execFileSync(
            '/usr/bin/time',
            [
              '-f',
              '%e %U %M',
              '-o',
              timing,
              process.execPath,
              cli,
              'validate',
              file,
              '--as-of',
              '2026-11-23',
              '--quiet',
              '--format',
              'json',
              ...(mode === 'no-threads' ? ['--no-threads'] : []),
            ],
            { stdio: ['ignore', 'ignore', 'inherit'] },
          );
        } catch {
          // exit 1: the roster has issues (it is meant to)
        }
        const [wall, user, rss] = readFileSync(timing, 'utf8').trim().split(/\s+/).map(Number) as [
          number,
          number,
          number,
        ];
        const key = `${cli} ${mode}`;
        samples.set(key, [...(samples.get(key) ?? []), { wall, user, rss: rss / 1024, load }]);
        process.stderr.write(
          `${key}: ${wall} s wall, ${user} s user, ${(rss / 1024).toFixed(0)} MB, load ${load.toFixed(1)}\n`,
        );
      }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`| CLI | mode | rows | wall median (range) | rows/s | user CPU | peak RSS | load |`);
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const [key, s] of samples) {
  const [cli, mode] = key.split(' ');
  const w = s.map((x) => x.wall);
  console.log(
    `| ${cli} | ${mode} | ${members} | ${median(w).toFixed(1)} s (${Math.min(...w).toFixed(1)}–${Math.max(...w).toFixed(1)}) | ${(members / median(w) / 1000).toFixed(1)} k | ${median(s.map((x) => x.user)).toFixed(1)} s | ${median(s.map((x) => x.rss)).toFixed(0)} MB | ${Math.min(...s.map((x) => x.load)).toFixed(1)}–${Math.max(...s.map((x) => x.load)).toFixed(1)} |`,
  );
}
