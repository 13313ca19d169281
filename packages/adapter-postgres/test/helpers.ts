import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openStore, type ServerDriver, type Store } from '../src/index.js';

/** The local PostgreSQL server of development and CI machines. */
export const SERVER_URL = process.env.DIEULE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the server answers (probed once). */
export async function serverReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** Makes stores for tests: each store is isolated (a PGlite clone or a schema of its own) and removed after. */
export interface StoreFactory {
  readonly name: string;
  make(): Promise<Store>;
  /** Removes what the factory made. */
  dispose(): Promise<void>;
}

/** PGlite: one instance per file, a schema per store (the instance's single session follows the newest store). */
export function pgliteFactory(): StoreFactory {
  let base: PGlite | undefined;
  let n = 0;
  return {
    name: 'pglite',
    async make() {
      base ??= new PGlite();
      const s = await openStore({ pglite: base, schema: `store_${++n}` });
      await s.migrate();
      return s;
    },
    async dispose() {
      await base?.close();
    },
  };
}

let counter = 0;
/** The server: a schema per store (dropped afterwards), through either server driver. */
export function serverFactory(driver: ServerDriver = 'node-postgres'): StoreFactory {
  const schemas: string[] = [];
  const stores: Store[] = [];
  return {
    name: driver === 'node-postgres' ? 'server' : `server (${driver})`,
    async make() {
      const schema = `dieule_test_${process.pid}_${++counter}`;
      schemas.push(schema);
      const s = await openStore({ url: SERVER_URL, schema, driver });
      await s.migrate();
      stores.push(s);
      return s;
    },
    async dispose() {
      for (const s of stores) await s.close().catch(() => {});
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await c.end();
    },
  };
}
