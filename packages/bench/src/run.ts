import { Bench } from 'tinybench';
import type { BenchCase } from './case.js';
import { allCases } from './cases/index.js';

/**
 * Runs the benchmarks: `pnpm bench [filter]`. Prints a Markdown table (items/second) to paste into
 * docs/benchmarks.md, with the machine and Node version.
 */
const filter = process.argv[2];
const cases = allCases.filter((c) => !filter || `${c.group}/${c.name}`.includes(filter));
const rows: string[] = [];
for (const c of cases) {
  if (c.setup) await c.setup();
  const bench = new Bench({ time: c.time ?? 1000, warmupTime: 200 });
  bench.add(c.name, c.run);
  await bench.run();
  const task = bench.tasks[0]!;
  const result = task.result;
  if (result?.state !== 'completed') {
    rows.push(`| ${c.group} | ${c.name} | failed | | |`);
    continue;
  }
  const opsPerSec = result.throughput.mean;
  const itemsPerSec = opsPerSec * c.itemsPerRun;
  const msPerRun = 1000 / opsPerSec;
  rows.push(
    `| ${c.group} | ${c.name} | ${fmt(itemsPerSec)} ${c.unit}/s | ${msPerRun.toFixed(3)} ms | ${result.latency.samplesCount ?? ''} |`,
  );
  process.stderr.write(`${c.group}/${c.name}: ${fmt(itemsPerSec)} ${c.unit}/s\n`);
}
console.log(`Node ${process.version}, ${process.platform}/${process.arch}\n`);
console.log('| group | case | throughput | time per run | samples |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);

function fmt(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1);
}

export type { BenchCase };
