import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgresJs } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgresJs } from 'drizzle-orm/postgres-js/migrator';
import pg from 'pg';
import postgres from 'postgres';
import { maskDigits, StoreError } from './errors.js';
import * as schema from './schema.js';

/** The Drizzle database over any of the drivers. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Where the store lives. */
export type ConnectOptions =
  | {
      /** A PGlite data folder (created if missing). Omit for an in-memory store. */
      readonly dataDir?: string;
      readonly url?: undefined;
      readonly pglite?: undefined;
    }
  | {
      /** An existing PGlite instance (the caller closes it). */
      readonly pglite: PGlite;
      /**
       * PostgreSQL schema holding the store inside that instance. PGlite has one session: opening sets its
       * `search_path`, so use one such store at a time per instance.
       */
      readonly schema?: string;
      readonly url?: undefined;
      readonly dataDir?: undefined;
    }
  | {
      /**
       * A PostgreSQL server: `postgres://user@host:5432/db`. A `driver=postgres-js` (or `driver=node-postgres`)
       * query parameter picks the driver, as {@link ConnectOptions.driver} does; it is removed before connecting.
       */
      readonly url: string;
      /** PostgreSQL schema holding the store (default `public`); several stores can share a database. */
      readonly schema?: string;
      /** Driver for the server: `node-postgres` (`pg`, the default) or `postgres-js` (`postgres`). */
      readonly driver?: ServerDriver;
      /** Connections in the pool (default 4). */
      readonly maxConnections?: number;
      readonly pglite?: undefined;
      readonly dataDir?: undefined;
    };

/** Drivers for a PostgreSQL server: one code path (Drizzle) over each. */
export const SERVER_DRIVERS = ['node-postgres', 'postgres-js'] as const;
/** A driver for a PostgreSQL server. */
export type ServerDriver = (typeof SERVER_DRIVERS)[number];

/**
 * Splits the driver choice out of a server URL: `postgres://…/db?driver=postgres-js` gives the driver and the URL
 * without that parameter. An unknown driver name is refused (`unknownDriver`).
 */
export function parseServerUrl(url: string, driver?: ServerDriver): { url: string; driver: ServerDriver } {
  let chosen: string | undefined = driver;
  let clean = url;
  const q = url.indexOf('?');
  if (q >= 0) {
    const params = new URLSearchParams(url.slice(q + 1));
    const fromUrl = params.get('driver');
    if (fromUrl !== null) {
      chosen ??= fromUrl;
      params.delete('driver');
      const rest = params.toString();
      clean = `${url.slice(0, q)}${rest ? `?${rest}` : ''}`;
    }
  }
  chosen ??= 'node-postgres';
  if (!(SERVER_DRIVERS as readonly string[]).includes(chosen)) throw new StoreError('unknownDriver', chosen);
  return { url: clean, driver: chosen as ServerDriver };
}

/** An open connection. */
export interface Connection {
  readonly db: Db;
  readonly driver: 'pglite' | ServerDriver;
  /** Schema holding the migrations journal. */
  readonly migrationsSchema: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Marker written into a PGlite data folder: which engine version wrote it. */
export const DATA_DIR_MARKER = 'dieule-store.json';
/** PGlite line this build writes (major.minor); a folder written by another line is refused. */
export const PGLITE_LINE = '0.5';
const PG_MAJOR = '18';

/** The folder of the committed migrations (shipped in the package beside `dist/`). */
export function migrationsFolder(): string {
  return fileURLToPath(new URL('../drizzle', import.meta.url));
}

function checkDataDir(dir: string): void {
  const marker = join(dir, DATA_DIR_MARKER);
  if (existsSync(marker)) {
    let line: unknown;
    try {
      line = JSON.parse(readFileSync(marker, 'utf8')).pglite;
    } catch {
      throw new StoreError('incompatibleDataDir', DATA_DIR_MARKER);
    }
    if (line !== PGLITE_LINE) throw new StoreError('incompatibleDataDir', `PGlite ${String(line)} ≠ ${PGLITE_LINE}`);
  }
  const version = join(dir, 'PG_VERSION');
  if (existsSync(version)) {
    const major = readFileSync(version, 'utf8').trim();
    if (major !== PG_MAJOR) throw new StoreError('incompatibleDataDir', `PostgreSQL ${major} ≠ ${PG_MAJOR}`);
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid schema name "${name}"`);
  return `"${name}"`;
}

/** Opens a connection (no migration: see {@link Connection.migrate}). */
export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const folder = migrationsFolder();
  if (options.url !== undefined) {
    const schemaName = options.schema ?? 'public';
    quoteIdent(schemaName);
    const { url, driver } = parseServerUrl(options.url, options.driver);
    const migrationsSchema = schemaName === 'public' ? 'drizzle' : schemaName;
    const max = options.maxConnections ?? 4;
    const unreachable = (e: unknown) =>
      new StoreError('unreachable', maskDigits((e instanceof Error ? e.message : String(e)).split('\n')[0]!));
    if (driver === 'postgres-js') {
      const client = postgres(url, {
        max,
        onnotice: () => {},
        ...(schemaName !== 'public' ? { connection: { search_path: schemaName } } : {}),
      });
      try {
        await client`select 1`;
      } catch (e) {
        await client.end({ timeout: 1 }).catch(() => {});
        throw unreachable(e);
      }
      return {
        db: drizzlePostgresJs(client, { schema }) as unknown as Db,
        driver,
        migrationsSchema,
        async migrate() {
          if (schemaName !== 'public') await client.unsafe(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schemaName)}`);
          await migratePostgresJs(drizzlePostgresJs(client), { migrationsFolder: folder, migrationsSchema });
        },
        close: () => client.end({ timeout: 5 }),
      };
    }
    const pool = new pg.Pool({
      connectionString: url,
      max,
      ...(schemaName !== 'public' ? { options: `-c search_path=${schemaName}` } : {}),
    });
    pool.on('error', () => {}); // idle-client errors surface on the next query
    try {
      const c = await pool.connect();
      c.release();
    } catch (e) {
      await pool.end().catch(() => {});
      throw unreachable(e);
    }
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      driver,
      migrationsSchema,
      async migrate() {
        if (schemaName !== 'public') await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schemaName)}`);
        await migrateNodePg(drizzleNodePg(pool), { migrationsFolder: folder, migrationsSchema });
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  let owned = false;
  const pgliteSchema = options.pglite ? (options.schema ?? 'public') : 'public';
  quoteIdent(pgliteSchema);
  if (options.pglite) {
    client = options.pglite;
    if (pgliteSchema !== 'public') {
      await client.exec(
        `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(pgliteSchema)}; SET search_path TO ${quoteIdent(pgliteSchema)}`,
      );
    }
  } else {
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
      checkDataDir(options.dataDir);
    }
    try {
      client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
      await client.waitReady;
    } catch (e) {
      throw new StoreError('incompatibleDataDir', maskDigits(e instanceof Error ? e.message : String(e)));
    }
    owned = true;
    if (options.dataDir && !existsSync(join(options.dataDir, DATA_DIR_MARKER)))
      writeFileSync(
        join(options.dataDir, DATA_DIR_MARKER),
        `${JSON.stringify({ format: 'dieule.store/1', pglite: PGLITE_LINE })}\n`,
      );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const migrationsSchema = pgliteSchema === 'public' ? 'drizzle' : pgliteSchema;
  return {
    db,
    driver: 'pglite',
    migrationsSchema,
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder: folder, migrationsSchema });
    },
    close: async () => {
      if (owned) await client.close();
    },
  };
}

/** Where the database stands against the migrations this build carries. */
export interface SchemaStatus {
  readonly applied: number;
  readonly known: number;
  readonly state: 'empty' | 'current' | 'behind' | 'newer';
}

/** Compares the migrations journal of the database with the migrations of this build. */
export async function schemaStatus(conn: Connection): Promise<SchemaStatus> {
  const local = readMigrationFiles({ migrationsFolder: migrationsFolder() });
  const lastLocal = Math.max(0, ...local.map((m) => m.folderMillis));
  const exists = await rows<{ ok: boolean }>(
    conn.db,
    sql`select to_regclass(${`${quoteIdent(conn.migrationsSchema)}.__drizzle_migrations`}) is not null as ok`,
  );
  if (!exists[0]?.ok) return { applied: 0, known: local.length, state: 'empty' };
  const applied = await rows<{ created_at: string | number }>(
    conn.db,
    sql.raw(`select created_at from ${quoteIdent(conn.migrationsSchema)}.__drizzle_migrations`),
  );
  const newer = applied.some((r) => Number(r.created_at) > lastLocal);
  const state = newer ? 'newer' : applied.length < local.length ? 'behind' : 'current';
  return { applied: applied.length, known: local.length, state };
}

/** Runs a raw query and returns its rows, whatever the driver. */
export async function rows<T>(db: Db, query: ReturnType<typeof sql> | ReturnType<typeof sql.raw>): Promise<T[]> {
  // node-postgres and PGlite answer `{ rows }`; postgres.js answers the rows themselves (an array)
  const r = (await db.execute(query)) as unknown as { rows: T[] } | T[];
  return Array.isArray(r) ? [...r] : r.rows;
}
