import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A CommonJS caller of the built roster reader evaluates on worker threads: the workers load the ESM build of core,
 * the caller the CommonJS build, and the rule-set hash (computed from data, not function source) agrees. Runs where
 * the packages are built (CI builds before testing).
 */
const dist = fileURLToPath(new URL('../dist/index.cjs', import.meta.url));
const coreDist = fileURLToPath(new URL('../../core/dist/index.cjs', import.meta.url));
const sample = fileURLToPath(new URL('../../../examples/rosters/dang-bo-xa-an-binh.xlsx', import.meta.url));

describe('worker threads from CommonJS', () => {
  it.runIf(existsSync(dist) && existsSync(coreDist) && availableParallelism() > 1)(
    'validates the sample roster on workers from a CommonJS script',
    () => {
      const script = `
        const { validateRoster } = require(${JSON.stringify(dist)});
        const { coreEngine } = require(${JSON.stringify(coreDist)});
        validateRoster(${JSON.stringify(sample)}, { engine: coreEngine(), asOf: '2026-11-23', parallel: true, batchSize: 50 })
          .then((run) => process.stdout.write(JSON.stringify({ threads: run.threads, records: run.accounting.records })))
          .catch((e) => { process.stdout.write(JSON.stringify({ error: String(e && e.message) })); });
      `;
      const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
      expect(out.error).toBeUndefined();
      expect(out.threads).toBeGreaterThan(0);
      expect(out.records).toBeGreaterThan(250);
    },
  );
});
