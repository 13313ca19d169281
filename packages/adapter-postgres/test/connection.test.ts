import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR_MARKER, maskDigits, openStore, StoreError } from '../src/index.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'dieule-dd-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('connections', () => {
  it('a PGlite folder written by another version is refused, not opened', async () => {
    const d = tmp();
    writeFileSync(join(d, DATA_DIR_MARKER), JSON.stringify({ format: 'dieule.store/1', pglite: '0.2' }));
    await expect(openStore({ dataDir: d })).rejects.toMatchObject({ code: 'incompatibleDataDir' });
    const e = tmp();
    writeFileSync(join(e, 'PG_VERSION'), '15\n');
    await expect(openStore({ dataDir: e })).rejects.toMatchObject({ code: 'incompatibleDataDir' });
  });

  it('an unreachable server gives one clear error', async () => {
    const err = await openStore({ url: 'postgres://postgres@127.0.0.1:1/none' }).catch((x) => x);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('unreachable');
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('an unmigrated store says how to initialize it', async () => {
    const s = await openStore();
    await expect(s.check()).rejects.toMatchObject({ code: 'notInitialized' });
    await s.close();
  });

  it('regression: a citizen ID inside a driver message is masked', () => {
    expect(maskDigits('duplicate key (001085012345)')).toBe('duplicate key (*********345)');
  });
});
