import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { organizationSchema } from '@dieule/core';
import { z } from 'zod';

/** What a principal may do. */
export const scopeSchema = z
  .enum(['validate', 'read', 'write', 'report', 'admin'])
  .describe('validate = POST /v1/check; read/write/report = store routes (with a database); admin = operations');
/** A scope. */
export type Scope = z.infer<typeof scopeSchema>;

/** The organizations a principal acts for: ids of subtree roots, or `"*"` for every organization. */
export const organizationsSchema = z
  .union([z.literal('*'), z.array(z.string().min(1)).min(1)])
  .describe('Mã các tổ chức đảng (gốc cây con) mà bên gọi được làm việc, hoặc "*" cho mọi tổ chức');

/** An API key as stored in the configuration: only its SHA-256 hash, never the key. */
export const apiKeySchema = z.strictObject({
  id: z.string().min(1).describe('Tên bên gọi (xuất hiện trong nhật ký)'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 (hex) của khóa API: printf %s "$KEY" | sha256sum'),
  scopes: z.array(scopeSchema).min(1),
  organizations: organizationsSchema,
});

/** JWT bearer tokens verified against a JWKS (a gateway or OIDC provider issues them). */
export const jwtConfigSchema = z
  .strictObject({
    jwks: z.strictObject({ keys: z.array(z.record(z.string(), z.unknown())) }).optional(),
    jwksFile: z.string().optional().describe('JWKS file (relative to the config file)'),
    jwksUrl: z.url().optional().describe('JWKS URL of the identity provider'),
    issuer: z.string().min(1),
    audience: z.string().min(1),
    algorithms: z.array(z.string()).default(['RS256', 'ES256', 'EdDSA']),
    organizationsClaim: z.string().default('dieule_orgs'),
  })
  .refine((j) => [j.jwks, j.jwksFile, j.jwksUrl].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of jwks, jwksFile, jwksUrl',
  });

/** Request limits. */
export const limitsSchema = z.strictObject({
  maxBodyBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  maxRecords: z.number().int().positive().default(50_000),
  maxDepth: z.number().int().positive().default(64),
  bodyTimeoutMs: z.number().int().positive().default(30_000),
  /** Body limit of `POST /v1/import` (a roster file). */
  maxImportBytes: z
    .number()
    .int()
    .positive()
    .default(64 * 1024 * 1024),
});

/**
 * The store (`@dieule/adapter-postgres`): a PGlite data folder, or a PostgreSQL server. With neither `dataDir` nor
 * `url`, the `DATABASE_URL` environment variable is used (so the password stays out of the file).
 */
export const databaseConfigSchema = z.strictObject({
  dataDir: z.string().min(1).optional().describe('Thư mục dữ liệu PGlite (tương đối với tệp cấu hình)'),
  url: z.string().min(1).optional().describe('postgres://user@host:5432/db (mặc định: biến môi trường DATABASE_URL)'),
  schema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional()
    .describe('Lược đồ PostgreSQL chứa kho (mặc định public)'),
  apiKeys: z
    .boolean()
    .default(false)
    .describe('Cũng nhận các khóa API lưu (dạng băm) trong cơ sở dữ liệu (tạo bằng POST /v1/admin/api-keys)'),
});

/** The service configuration (`dieule serve --config dieule.server.json`). */
export const serverConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  apiKeys: z.array(apiKeySchema).default([]),
  jwt: jwtConfigSchema.optional(),
  /** The organization tree (records of the interchange format), or a JSON/NDJSON file of them. */
  organizations: z.union([z.array(organizationSchema), z.string()]).default([]),
  limits: limitsSchema.default({
    maxBodyBytes: 10 * 1024 * 1024,
    maxRecords: 50_000,
    maxDepth: 64,
    bodyTimeoutMs: 30_000,
    maxImportBytes: 64 * 1024 * 1024,
  }),
  database: databaseConfigSchema.optional(),
  rateLimit: z
    .strictObject({
      requests: z.number().int().positive(),
      windowSeconds: z.number().int().positive().default(60),
    })
    .optional(),
  cors: z.strictObject({ origins: z.array(z.url()).default([]) }).optional(),
  pool: z
    .strictObject({
      threads: z.number().int().nonnegative().optional(),
      maxQueue: z.number().int().nonnegative().optional(),
    })
    .optional(),
});

/** The parsed configuration (defaults applied, organizations loaded). */
export type ServerConfig = Omit<z.output<typeof serverConfigSchema>, 'organizations'> & {
  readonly organizations: z.output<typeof organizationSchema>[];
};
/** The configuration as written. */
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

/** A configuration problem (bad file, bad field), with every problem named; never echoes secrets. */
export class ConfigError extends Error {}

function readOrganizations(path: string): z.output<typeof organizationSchema>[] {
  const text = readFileSync(path, 'utf8');
  const values: unknown[] = text.trim().startsWith('[')
    ? (JSON.parse(text) as unknown[])
    : text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as unknown);
  const parsed = z.array(organizationSchema).safeParse(values);
  if (!parsed.success) throw new ConfigError(`organizations file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Parses a configuration object; `baseDir` resolves relative file names. */
export function parseServerConfig(input: unknown, baseDir = process.cwd()): ServerConfig {
  const parsed = serverConfigSchema.safeParse(input);
  if (!parsed.success) throw new ConfigError(z.prettifyError(parsed.error));
  const c = parsed.data;
  const organizations =
    typeof c.organizations === 'string' ? readOrganizations(resolve(baseDir, c.organizations)) : c.organizations;
  const jwt = c.jwt?.jwksFile ? { ...c.jwt, jwksFile: resolve(baseDir, c.jwt.jwksFile) } : c.jwt;
  const database = c.database?.dataDir ? { ...c.database, dataDir: resolve(baseDir, c.database.dataDir) } : c.database;
  if (database?.dataDir && database.url) throw new ConfigError('database: give dataDir or url, not both');
  return { ...c, ...(jwt ? { jwt } : {}), ...(database ? { database } : {}), organizations };
}

/** Reads `dieule.server.json`. */
export function loadServerConfig(path: string): ServerConfig {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseServerConfig(input, dirname(resolve(path)));
}

/** Whether the configuration authenticates callers (API keys or JWT). */
export const hasAuthentication = (
  c: Pick<ServerConfig, 'apiKeys' | 'jwt'> & { readonly database?: { readonly apiKeys?: boolean } | undefined },
): boolean => c.apiKeys.length > 0 || c.jwt !== undefined || c.database?.apiKeys === true;
