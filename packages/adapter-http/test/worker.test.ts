import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { member, postJson, send, start } from './helpers.js';

// Node 20 runs worker threads only from built files: this test needs `pnpm run build` (CI builds before testing).
const workerFile = fileURLToPath(new URL('../dist/worker.js', import.meta.url));
const built = existsSync(workerFile) && existsSync(fileURLToPath(new URL('../../core/dist/index.js', import.meta.url)));

describe.runIf(built)('validation on the worker pool (built worker)', () => {
  it('gives the same report as in-thread validation, and health answers while large batches run', async () => {
    const pooled = await start({ pool: { threads: 2, maxQueue: 8, workerFile, verifyRuleSet: false } });
    const local = await start();
    try {
      expect(pooled.threads).toBe(2);
      const batch = Array.from({ length: 2000 }, (_, i) =>
        member({ id: `M${i}`, person: { ...member().person, birthDate: i % 2 ? '1985-03-02' : '1984-03-02' } }),
      );
      const [a, b] = await Promise.all([
        send(pooled.port, { path: '/v1/check?asOf=2026-01-01', ...postJson(batch) }),
        send(local.port, { path: '/v1/check?asOf=2026-01-01', ...postJson(batch) }),
      ]);
      expect(a.status).toBe(422);
      // same report; only the rule-set hash differs (sources here, built code in the worker)
      const noHash = (r: { json: () => { meta: object } }) => ({
        ...r.json(),
        meta: { ...r.json().meta, ruleSetHash: 'x' },
      });
      expect(noHash(a)).toEqual(noHash(b));
      const big = Array.from({ length: 4 }, () => send(pooled.port, { path: '/v1/check', ...postJson(batch) }));
      const health = await send(pooled.port, { path: '/v1/health' });
      expect(health.status).toBe(200);
      const statuses = (await Promise.all(big)).map((r) => r.status);
      expect(statuses.every((s) => s === 422 || s === 503)).toBe(true);
    } finally {
      await pooled.close();
      await local.close();
    }
  });
});
