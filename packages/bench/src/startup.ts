/**
 * Startup (issue 15): `dieule --version`, `dieule --help`, and `import('@dieule/core')` against importing zod alone,
 * each a fresh `node` process, interleaved round by round so the machine's load hits every case alike. Medians with
 * ranges, and the per-round ratio core/zod. Needs a build (`pnpm run build`).
 *
 *   pnpm --filter @dieule/bench run bench:startup            # ROUNDS=21 by default
 *   BEFORE=packages/cli/.dist-before pnpm --filter @dieule/bench run bench:startup   # also an older cli dist
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const core = resolve(repo, 'packages/core');
const rounds = Number(process.env.ROUNDS ?? 21);
const ms = (file: string, args: string[], cwd = repo) => {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, [file, ...args].filter(Boolean), { cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const evalIn = (code: string) => () => {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: core, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const cli = resolve(repo, 'packages/cli/dist/cli.js');
const cases: Record<string, () => number> = {
  'node (empty script)': evalIn(''),
  "import('zod')": evalIn("await import('zod')"),
  "import('@dieule/core')": evalIn("await import('@dieule/core')"),
  'dieule --version': () => ms(cli, ['--version']),
  'dieule --help': () => ms(cli, ['--help']),
};
if (process.env.BEFORE) {
  const before = resolve(repo, process.env.BEFORE, 'cli.js');
  cases['dieule --version (BEFORE)'] = () => ms(before, ['--version']);
  cases['dieule --help (BEFORE)'] = () => ms(before, ['--help']);
}
const times: Record<string, number[]> = {};
for (const name of Object.keys(cases)) times[name] = [];
for (let i = 0; i < rounds; i++) for (const [name, f] of Object.entries(cases)) times[name]!.push(f());
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
const range = (v: number[]) => `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}`;
console.log(`${rounds} rounds, interleaved; wall ms per fresh process`);
for (const [name, v] of Object.entries(times))
  console.log(`${name.padEnd(28)} median ${median(v).toFixed(0).padStart(5)} ms  (range ${range(v)})`);
const ratio = times["import('@dieule/core')"]!.map((c, i) => c / times["import('zod')"]![i]!);
console.log(
  `core/zod per round: median ${median(ratio).toFixed(2)}× (range ${Math.min(...ratio).toFixed(2)}–${Math.max(...ratio).toFixed(2)})`,
);
