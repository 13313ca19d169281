import { afterAll, describe, expect, it } from 'vitest';
import { openStore, parseServerUrl, StoreError } from '../src/index.js';
import { boardSuite } from './board-suite.js';
import { SERVER_URL, serverFactory, serverReachable } from './helpers.js';
import { importValidateSuite } from './import-validate-suite.js';
import { storeSuite } from './store-suite.js';

describe('driver choice', () => {
  it('a driver named in the URL is taken out of it; an unknown one is refused', () => {
    expect(parseServerUrl('postgres://u@h:5432/db?driver=postgres-js&sslmode=disable')).toEqual({
      url: 'postgres://u@h:5432/db?sslmode=disable',
      driver: 'postgres-js',
    });
    expect(parseServerUrl('postgres://u@h/db')).toEqual({ url: 'postgres://u@h/db', driver: 'node-postgres' });
    expect(parseServerUrl('postgres://u@h/db?driver=postgres-js', 'node-postgres').driver).toBe('node-postgres');
    expect(() => parseServerUrl('postgres://u@h/db?driver=mysql')).toThrow(StoreError);
  });

  it('postgres.js: an unreachable server gives one clear error', async () => {
    const err = await openStore({ url: 'postgres://postgres@127.0.0.1:1/none?driver=postgres-js' }).catch((x) => x);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('unreachable');
    expect(err.message.split('\n')).toHaveLength(1);
  });
});

// the same suites as server.test.ts, through postgres.js (the third driver on the same code path)
const up = await serverReachable();
if (up || process.env.CI) {
  const factory = serverFactory('postgres-js');
  afterAll(() => factory.dispose());
  it('opens through postgres.js', async () => {
    const s = await factory.make();
    expect(s.connection.driver).toBe('postgres-js');
  });
  storeSuite(factory);
  importValidateSuite(factory);
  boardSuite(factory);
} else
  describe('server (postgres-js)', () => {
    console.warn(`[adapter-postgres] PostgreSQL server not reachable at ${SERVER_URL}: postgres.js suite SKIPPED`);
    it.skip(`PostgreSQL server not reachable at ${SERVER_URL}: postgres.js suite skipped (it runs in CI)`, () => {});
  });
