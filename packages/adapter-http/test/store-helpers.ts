// Store factories of the store suite; the fixtures are adapter-postgres's own (`@dieule/adapter-postgres/testing`).
import { openStore, type Store } from '@dieule/adapter-postgres';

/** The local PostgreSQL server of development and CI machines. */
export const SERVER_URL = process.env.DIEULE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Makes the store of a test suite (isolated: in memory, or a schema of its own) and removes it after. */
export interface StoreFactory {
  readonly name: string;
  make(): Promise<Store>;
  dispose(): Promise<void>;
}

/** Whether the server answers. */
export async function serverReachable(): Promise<boolean> {
  try {
    const s = await openStore({ url: SERVER_URL });
    await s.close();
    return true;
  } catch {
    return false;
  }
}

/** PGlite in memory (nothing on disk). */
export function pgliteFactory(): StoreFactory {
  const stores: Store[] = [];
  return {
    name: 'pglite',
    async make() {
      const s = await openStore();
      stores.push(s);
      await s.migrate();
      return s;
    },
    async dispose() {
      for (const s of stores) await s.close();
    },
  };
}

/** The server: a schema per store, dropped afterwards. */
export function serverFactory(): StoreFactory {
  const made: { store: Store; schema: string }[] = [];
  let n = 0;
  return {
    name: 'server',
    async make() {
      const schema = `dieule_http_test_${process.pid}_${++n}`;
      const store = await openStore({ url: SERVER_URL, schema });
      made.push({ store, schema });
      await store.migrate();
      return store;
    },
    async dispose() {
      for (const { store, schema } of made) {
        await store.db.execute(`drop schema if exists "${schema}" cascade`);
        await store.close();
      }
    },
  };
}
