import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@dieule/adapter-postgres';
import type { CivilDate } from '@dieule/core/date';
import { isCivilDate } from '@dieule/core/date';
import type { Engine } from '@dieule/core/kernel';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Principal } from './auth.js';
import { readBody, readBodyBytes } from './body.js';
import { jsonDepthExceeds, organizationOf } from './check.js';
import { type Scope, scopeSchema } from './config.js';
import { HttpError } from './errors.js';
import type { Logger } from './logging.js';
import { errorResponses, reportSchema, security } from './openapi.js';
import type { OrganizationTree } from './org-tree.js';

// ------------------------------------------------------------------ declarations (OpenAPI)

const passthrough = (name: string) => z.object({}).passthrough().openapi(name);
const storedMember = z
  .object({
    key: z.string().describe('Khóa lưu trữ của hồ sơ'),
    revision: z.number().int().describe('Phiên bản (gửi lại khi ghi để kiểm tra xung đột)'),
    member: passthrough('StoredMemberRecord'),
  })
  .openapi('StoredMember');
const putResult = z
  .object({
    key: z.string(),
    revision: z.number().int(),
    created: z.boolean(),
    headChanged: z.boolean(),
    eventsAdded: z.number().int(),
  })
  .openapi('PutResult');
const importResult = z
  .object({
    batchId: z.number().int(),
    duplicate: z.boolean(),
    fileName: z.string(),
    contentHash: z.string(),
    rowsRead: z.number().int(),
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
    eventsAdded: z.number().int(),
  })
  .openapi('ImportResult');
const runSummary = z
  .object({
    id: z.number().int(),
    asOf: z.string(),
    locale: z.string(),
    scope: z.string().describe('Tổ chức gốc của cây con đã kiểm tra, hoặc "*"'),
    ruleSetHash: z.string(),
    records: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('ValidationRun');
const apiKeyInfo = z
  .object({
    id: z.string(),
    scopes: z.array(z.string()),
    organizations: z.union([z.literal('*'), z.array(z.string())]),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKeyInfo');

const orgQuery = z.string().min(1).optional().describe('Tổ chức gốc (mặc định: tổ chức duy nhất được giao)');
const asOfQuery = z.string().optional().describe('Ngày YYYY-MM-DD (mặc định: hôm nay theo máy chủ)');
const localeQuery = z.enum(['vi', 'en']).optional();

/** Query and body models of the store routes (the handlers parse with these very schemas). */
export const storeModels = {
  membersQuery: z.object({
    org: orgQuery,
    after: z.string().optional().describe('Khóa cuối của trang trước'),
    limit: z.coerce.number().int().min(1).max(500).optional().describe('Số hồ sơ một trang (mặc định 100)'),
  }),
  appendBody: z
    .object({
      expectedRevision: z.number().int().nonnegative().describe('Phiên bản đã đọc'),
      events: z.array(z.object({}).passthrough()).min(1).max(1000),
    })
    .openapi('AppendEvents'),
  importQuery: z.object({ asOf: asOfQuery, locale: localeQuery }),
  runBody: z.object({ org: orgQuery, asOf: asOfQuery, locale: localeQuery }).openapi('StartValidationRun'),
  runsQuery: z.object({ org: orgQuery, limit: z.coerce.number().int().min(1).max(200).optional() }),
  worklistQuery: z.object({
    org: orgQuery,
    asOf: asOfQuery,
    within: z.coerce.number().int().min(0).max(1000).optional().describe('Số ngày làm việc tới (mặc định 30)'),
  }),
  reportQuery: z.object({
    year: z.coerce.number().int().min(1930).max(2200),
    org: orgQuery,
    asOf: asOfQuery,
    locale: localeQuery,
  }),
  keyBody: z
    .object({
      id: z
        .string()
        .regex(/^[A-Za-z0-9._-]{1,64}$/)
        .describe('Tên bên gọi (xuất hiện trong nhật ký)'),
      scopes: z.array(scopeSchema).min(1),
      organizations: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]),
    })
    .openapi('NewApiKey'),
};

const storeErrors = ['UNAUTHORIZED', 'FORBIDDEN', 'TOO_MANY_REQUESTS', 'NO_DATABASE', 'DATABASE_UNAVAILABLE'] as const;
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** The store routes, declared once (the router and the OpenAPI document both read them). */
export function storeRoutes() {
  const m = storeModels;
  return {
    members: createRoute({
      method: 'get',
      path: '/v1/members',
      summary: 'Hồ sơ đảng viên trong phạm vi (members, paged)',
      description: 'Cần quyền `read`. Chỉ trả hồ sơ thuộc các tổ chức trong phạm vi của bên gọi.',
      security,
      request: { query: m.membersQuery },
      responses: {
        200: json(
          z.object({ members: z.array(storedMember), next: z.string().optional() }).openapi('MemberPage'),
          'Một trang hồ sơ',
        ),
        ...errorResponses('BAD_REQUEST', ...storeErrors),
      },
    }),
    member: createRoute({
      method: 'get',
      path: '/v1/members/{key}',
      summary: 'Một hồ sơ đảng viên với lịch sử (one member)',
      description: 'Cần quyền `read`. Ngoài phạm vi: 403, không cho biết hồ sơ có tồn tại hay không.',
      security,
      request: { params: z.object({ key: z.string() }) },
      responses: {
        200: json(storedMember, 'Hồ sơ và phiên bản'),
        ...errorResponses('NOT_FOUND', ...storeErrors),
      },
    }),
    events: createRoute({
      method: 'get',
      path: '/v1/members/{key}/events',
      summary: 'Lịch sử sự kiện của một đảng viên (event history)',
      security,
      request: { params: z.object({ key: z.string() }) },
      responses: {
        200: json(
          z
            .object({ key: z.string(), revision: z.number().int(), events: z.array(z.object({}).passthrough()) })
            .openapi('EventHistory'),
          'Sự kiện theo thứ tự thời gian',
        ),
        ...errorResponses('NOT_FOUND', ...storeErrors),
      },
    }),
    append: createRoute({
      method: 'post',
      path: '/v1/members/{key}/events',
      summary: 'Ghi thêm sự kiện, có kiểm tra phiên bản (append events)',
      description:
        'Cần quyền `write`. `expectedRevision` là phiên bản đã đọc; nếu hồ sơ đã đổi từ đó: 409 CONFLICT, không gộp ngầm.',
      security,
      request: { params: z.object({ key: z.string() }), body: jsonBody(m.appendBody) },
      responses: {
        200: json(putResult, 'Đã ghi'),
        ...errorResponses(
          'BAD_REQUEST',
          'INVALID_JSON',
          'NOT_FOUND',
          'CONFLICT',
          'PAYLOAD_TOO_LARGE',
          'UNSUPPORTED_MEDIA_TYPE',
          ...storeErrors,
        ),
      },
    }),
    import: createRoute({
      method: 'post',
      path: '/v1/import',
      summary: 'Nhập một tệp danh sách (import a roster: xlsx, csv, json, ndjson)',
      description:
        'Cần quyền `write`. Nội dung là chính tệp. Mọi dòng phải thuộc phạm vi của bên gọi, nếu không cả tệp bị từ chối ' +
        '(403, chỉ rõ vị trí). Nhập lại cùng tệp không thêm gì.',
      security,
      request: {
        query: m.importQuery,
        body: {
          required: true,
          content: {
            'application/json': { schema: z.string().describe('Tệp JSON') },
            'application/x-ndjson': { schema: z.string().describe('Tệp NDJSON') },
            'text/csv': { schema: z.string().describe('Tệp CSV') },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string().describe('Tệp Excel (.xlsx)'),
            },
          },
        },
      },
      responses: {
        200: json(importResult, 'Kết quả nhập, đếm từng dòng'),
        ...errorResponses(
          'BAD_REQUEST',
          'EMPTY_INPUT',
          'REQUEST_TIMEOUT',
          'PAYLOAD_TOO_LARGE',
          'UNSUPPORTED_MEDIA_TYPE',
          ...storeErrors,
        ),
      },
    }),
    startRun: createRoute({
      method: 'post',
      path: '/v1/validation-runs',
      summary: 'Kiểm tra các hồ sơ đã lưu và lưu kết quả (start a stored validation run)',
      description: 'Cần quyền `validate`. Chạy lại với cùng dữ liệu và bộ quy tắc trả về lượt đã lưu (reused).',
      security,
      request: { body: jsonBody(m.runBody) },
      responses: {
        200: json(
          z
            .object({ runId: z.number().int(), reused: z.boolean(), report: reportSchema })
            .openapi('ValidationRunResult'),
          'Lượt kiểm tra',
        ),
        ...errorResponses('BAD_REQUEST', 'INVALID_JSON', 'UNSUPPORTED_MEDIA_TYPE', ...storeErrors),
      },
    }),
    runs: createRoute({
      method: 'get',
      path: '/v1/validation-runs',
      summary: 'Các lượt kiểm tra đã lưu (list runs)',
      security,
      request: { query: m.runsQuery },
      responses: {
        200: json(z.object({ runs: z.array(runSummary) }).openapi('ValidationRuns'), 'Mới nhất trước'),
        ...errorResponses('BAD_REQUEST', ...storeErrors),
      },
    }),
    run: createRoute({
      method: 'get',
      path: '/v1/validation-runs/{id}',
      summary: 'Một lượt kiểm tra với báo cáo (read a run)',
      security,
      request: { params: z.object({ id: z.string().regex(/^\d{1,15}$/) }) },
      responses: {
        200: json(z.object({ run: runSummary, report: reportSchema }).openapi('StoredRun'), 'Lượt và báo cáo'),
        ...errorResponses('BAD_REQUEST', 'NOT_FOUND', ...storeErrors),
      },
    }),
    worklist: createRoute({
      method: 'get',
      path: '/v1/worklist',
      summary: 'Việc đến hạn và quá hạn (worklist)',
      description: 'Cần quyền `read`.',
      security,
      request: { query: m.worklistQuery },
      responses: {
        200: json(z.object({ rows: z.array(passthrough('WorklistRow')) }).openapi('Worklist'), 'Danh sách việc'),
        ...errorResponses('BAD_REQUEST', ...storeErrors),
      },
    }),
    annual: createRoute({
      method: 'get',
      path: '/v1/reports/annual',
      summary: 'Báo cáo thống kê đảng viên hằng năm (annual report)',
      description: 'Cần quyền `report`.',
      security,
      request: { query: m.reportQuery },
      responses: {
        200: json(passthrough('AnnualReport'), 'Báo cáo'),
        ...errorResponses('BAD_REQUEST', ...storeErrors),
      },
    }),
    createKey: createRoute({
      method: 'post',
      path: '/v1/admin/api-keys',
      summary: 'Tạo khóa API lưu trong cơ sở dữ liệu (create an API key)',
      description:
        'Cần quyền `admin`. Khóa chỉ hiện MỘT lần trong câu trả lời này; cơ sở dữ liệu chỉ giữ mã băm SHA-256. ' +
        'Không cấp được quyền hay phạm vi rộng hơn của bên gọi.',
      security,
      request: { body: jsonBody(m.keyBody) },
      responses: {
        201: json(z.object({ id: z.string(), key: z.string() }).openapi('CreatedApiKey'), 'Khóa mới'),
        ...errorResponses('BAD_REQUEST', 'INVALID_JSON', 'CONFLICT', 'UNSUPPORTED_MEDIA_TYPE', ...storeErrors),
      },
    }),
    keys: createRoute({
      method: 'get',
      path: '/v1/admin/api-keys',
      summary: 'Các khóa API lưu trong cơ sở dữ liệu (không có khóa, không có mã băm)',
      security,
      responses: {
        200: json(z.object({ keys: z.array(apiKeyInfo) }).openapi('ApiKeys'), 'Các khóa'),
        ...errorResponses(...storeErrors),
      },
    }),
    revokeKey: createRoute({
      method: 'delete',
      path: '/v1/admin/api-keys/{id}',
      summary: 'Thu hồi một khóa API (revoke)',
      security,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: json(z.object({ id: z.string(), revoked: z.literal(true) }), 'Đã thu hồi'),
        ...errorResponses('NOT_FOUND', ...storeErrors),
      },
    }),
  } as const;
}

// ------------------------------------------------------------------ handlers

/** What the store routes need from the app. */
export interface StoreRouteContext {
  readonly engine: Engine;
  /** The store, once open (undefined: the service runs without a database). */
  readonly store: () => Promise<Store | undefined>;
  readonly today: () => string;
  readonly log: Logger;
  readonly limits: { readonly maxBodyBytes: number; readonly maxImportBytes: number; readonly bodyTimeoutMs: number };
  readonly require: (scope: Scope) => MiddlewareHandler<StoreEnv>;
  /** Organizations the principal acts for on a date (its subtrees), `null` = every organization. */
  readonly allowedFor: (p: Principal, asOf: string) => Promise<ReadonlySet<string> | null>;
  readonly tree: () => Promise<OrganizationTree>;
  /** Called after a write that may have changed the organizations. */
  readonly organizationsChanged: () => void;
}

/** Paths (method + Hono path pattern) whose handlers read their own body. */
export const STORE_BODY_ROUTES: readonly RegExp[] = [
  /^POST \/v1\/members\/[^/]+\/events$/,
  /^POST \/v1\/import$/,
  /^POST \/v1\/validation-runs$/,
  /^POST \/v1\/admin\/api-keys$/,
];

const pathsOf = (e: z.ZodError) =>
  [...new Set(e.issues.map((i) => i.path.join('.') || '(body)'))].slice(0, 5).join(', ');
const parseQuery = <T extends z.ZodType>(schema: T, c: Context): z.infer<T> => {
  const r = schema.safeParse(c.req.query());
  if (!r.success) throw new HttpError('BAD_REQUEST', { messageKey: 'badQuery', params: { paths: pathsOf(r.error) } });
  return r.data;
};
const dateOr = (v: string | undefined, today: string): CivilDate => {
  const d = v ?? today;
  if (!isCivilDate(d)) throw new HttpError('BAD_REQUEST', { messageKey: 'badAsOf' });
  return d as CivilDate;
};
const outside = () => new HttpError('FORBIDDEN', { messageKey: 'outsideScope' });
const mediaOf = (c: Context<StoreEnv>) =>
  (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** Maps store and driver failures to the closed table (never a stack, never a value). */
export function storeFailure(e: unknown): HttpError | undefined {
  if (e instanceof HttpError) return e;
  const err = e as { name?: string; code?: unknown; detail?: unknown; cause?: unknown } | null;
  if (err?.name === 'StoreError') {
    switch (err.code) {
      case 'staleRevision':
        return new HttpError('CONFLICT');
      case 'invalidRecord':
        return new HttpError('BAD_REQUEST', {
          messageKey: 'invalidRecord',
          params: { paths: String(err.detail ?? '').slice(0, 200) },
        });
      case 'notFound':
        return new HttpError('NOT_FOUND', { messageKey: 'memberNotFound' });
      default:
        return new HttpError('DATABASE_UNAVAILABLE', { retryAfterSeconds: 5, params: { seconds: 5 } });
    }
  }
  const code = typeof err?.code === 'string' ? err.code : '';
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|57P0\d|08\w{3}|53300)$/.test(code))
    return new HttpError('DATABASE_UNAVAILABLE', { retryAfterSeconds: 5, params: { seconds: 5 } });
  if (err?.cause && err.cause !== e) return storeFailure(err.cause);
  return undefined;
}

/** The app's context variables. */
export type StoreEnv = { Variables: { requestId: string; principal: Principal | undefined; records?: number } };
type AnyApp = OpenAPIHono<StoreEnv>;

/** Registers the store routes on the app. */
export function registerStoreRoutes(app: AnyApp, defs: ReturnType<typeof storeRoutes>, ctx: StoreRouteContext): void {
  const hono = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');
  const pg = () => import('@dieule/adapter-postgres');
  const needStore = async (): Promise<Store> => {
    const s = await ctx.store();
    if (!s) throw new HttpError('NO_DATABASE');
    return s;
  };
  const principal = (c: Context<StoreEnv>) => c.get('principal') as Principal;
  const audit = (c: Context<StoreEnv>, action: string, fields: Record<string, unknown>) =>
    ctx.log.info(
      {
        event: 'audit',
        action,
        requestId: c.get('requestId'),
        principal: principal(c).id,
        ruleSetHash: ctx.engine.ruleSetHash,
        ...fields,
      },
      action,
    );
  /** The store answers first (NO_DATABASE before scopes: a service without a database says so to anyone). */
  const guard =
    (scope: Scope): MiddlewareHandler<StoreEnv> =>
    async (c, next) => {
      await needStore();
      await ctx.require(scope)(c, next);
    };

  /**
   * The subtree root a store-wide operation works on: `org`, or the caller's single root. Authorized through the
   * dated tree as of today; the stored tree below it must not reach outside the caller's organizations either.
   */
  const scopeRoot = async (
    c: Context<StoreEnv>,
    store: Store,
    org: string | undefined,
  ): Promise<string | undefined> => {
    const p = principal(c);
    const allowed = await ctx.allowedFor(p, ctx.today());
    if (allowed === null) return org;
    let root = org;
    if (root === undefined) {
      const roots = [...(p.organizations as ReadonlySet<string>)];
      if (roots.length !== 1) throw new HttpError('BAD_REQUEST', { messageKey: 'orgRequired' });
      root = roots[0] as string;
    }
    if (!allowed.has(root)) throw outside();
    const below = (await store.subtree(root)) ?? [];
    if (below.some((id) => !allowed.has(id))) throw new HttpError('FORBIDDEN', { messageKey: 'scopeReachesOutside' });
    return root;
  };

  const jsonOf = async <T extends z.ZodType>(
    c: Context<StoreEnv>,
    schema: T,
    allowEmpty = false,
  ): Promise<z.infer<T>> => {
    if (mediaOf(c) !== 'application/json') throw new HttpError('UNSUPPORTED_MEDIA_TYPE');
    const text = await readBody(c.req.raw.body, c.req.header('content-length'), {
      maxBytes: ctx.limits.maxBodyBytes,
      timeoutMs: ctx.limits.bodyTimeoutMs,
    });
    if (text.trim() === '' && allowEmpty) return schema.parse({});
    if (jsonDepthExceeds(text, 64))
      throw new HttpError('INVALID_JSON', { messageKey: 'tooDeep', params: { depth: 64 } });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new HttpError('INVALID_JSON');
    }
    const r = schema.safeParse(value);
    if (!r.success) throw new HttpError('BAD_REQUEST', { messageKey: 'badBody', params: { paths: pathsOf(r.error) } });
    return r.data;
  };

  /** A stored member the caller may see, or the one 403 that says nothing about existence. */
  const visibleMember = async (c: Context<StoreEnv>, store: Store, key: string) => {
    const p = principal(c);
    const allowed = await ctx.allowedFor(p, ctx.today());
    const m = await store.getMember(key);
    if (allowed === null) {
      if (!m) throw new HttpError('NOT_FOUND', { messageKey: 'memberNotFound' });
      return m;
    }
    if (!m || !allowed.has(m.member.organization ?? '')) throw outside();
    return m;
  };

  app.get(hono(defs.members.path), guard('read'), async (c) => {
    const store = await needStore();
    const q = parseQuery(storeModels.membersQuery, c);
    const allowed = await ctx.allowedFor(principal(c), ctx.today());
    let orgs: string[] | null;
    if (q.org !== undefined) {
      if (allowed !== null && !allowed.has(q.org)) throw outside();
      const below = (await store.subtree(q.org)) ?? [];
      orgs = allowed === null ? below : below.filter((o) => allowed.has(o));
    } else orgs = allowed === null ? null : [...allowed];
    const limit = q.limit ?? 100;
    const members = await (await pg()).memberPage(store, orgs, { limit, ...(q.after ? { after: q.after } : {}) });
    c.set('records', members.length);
    audit(c, 'members.list', { organization: q.org ?? '*', records: members.length, outcome: 'ok' });
    const last = members[members.length - 1];
    return c.json({ members, ...(members.length === limit && last ? { next: last.key } : {}) });
  });

  app.get(hono(defs.member.path), guard('read'), async (c) => {
    const store = await needStore();
    const m = await visibleMember(c, store, c.req.param('key') as string);
    audit(c, 'members.read', { organization: m.member.organization ?? null, records: 1, outcome: 'ok' });
    return c.json(m);
  });

  app.get(hono(defs.events.path), guard('read'), async (c) => {
    const store = await needStore();
    const m = await visibleMember(c, store, c.req.param('key') as string);
    audit(c, 'events.read', { organization: m.member.organization ?? null, records: 1, outcome: 'ok' });
    return c.json({ key: m.key, revision: m.revision, events: m.member.events ?? [] });
  });

  app.post(hono(defs.append.path), guard('write'), async (c) => {
    const store = await needStore();
    const m = await visibleMember(c, store, c.req.param('key') as string);
    const body = await jsonOf(c, storeModels.appendBody);
    try {
      const res = await store.appendEvents(m.key, body.events, {
        expectedRevision: body.expectedRevision,
        recordedBy: principal(c).id,
      });
      audit(c, 'events.append', {
        organization: m.member.organization ?? null,
        records: body.events.length,
        revision: res.revision,
        outcome: 'ok',
      });
      return c.json(res);
    } catch (e) {
      const f = storeFailure(e);
      audit(c, 'events.append', { organization: m.member.organization ?? null, outcome: f?.code ?? 'INTERNAL' });
      throw f ?? e;
    }
  });

  const IMPORT_TYPES: Record<string, string> = {
    'application/json': 'json',
    'application/x-ndjson': 'ndjson',
    'application/ndjson': 'ndjson',
    'text/csv': 'csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  };
  app.post(hono(defs.import.path), guard('write'), async (c) => {
    const store = await needStore();
    const ext = IMPORT_TYPES[mediaOf(c)];
    if (!ext) throw new HttpError('UNSUPPORTED_MEDIA_TYPE');
    const q = parseQuery(storeModels.importQuery, c);
    const today = ctx.today();
    const asOf = dateOr(q.asOf, today);
    const bytes = await readBodyBytes(c.req.raw.body, c.req.header('content-length'), {
      maxBytes: ctx.limits.maxImportBytes,
      timeoutMs: ctx.limits.bodyTimeoutMs,
    });
    if (bytes.byteLength === 0) throw new HttpError('EMPTY_INPUT');
    const p = principal(c);
    const dir = await mkdtemp(join(tmpdir(), 'dieule-import-'));
    const file = join(dir, `upload.${ext}`);
    try {
      await writeFile(file, bytes);
      const allowed = await ctx.allowedFor(p, today);
      if (allowed !== null) await authorizeRoster(file, asOf, allowed, await ctx.tree(), today);
      const result = await (await pg()).importRoster(store, file, {
        asOf,
        locale: q.locale ?? 'vi',
        recordedBy: p.id,
        engine: ctx.engine,
      });
      ctx.organizationsChanged();
      c.set('records', result.rowsRead);
      audit(c, 'import', {
        batchId: result.batchId,
        records: result.rowsRead,
        rejected: result.rejected,
        outcome: result.duplicate ? 'duplicate' : 'ok',
      });
      return c.json(result);
    } catch (e) {
      const f = storeFailure(e);
      audit(c, 'import', {
        outcome: f?.code ?? 'INTERNAL',
        ...(f?.index !== undefined ? { index: f.index } : {}),
      });
      throw f ?? e;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  app.post(hono(defs.startRun.path), guard('validate'), async (c) => {
    const store = await needStore();
    const body = await jsonOf(c, storeModels.runBody, true);
    const asOf = dateOr(body.asOf, ctx.today());
    const org = await scopeRoot(c, store, body.org);
    const r = await (await pg()).validateStore(store, {
      asOf,
      locale: body.locale ?? 'vi',
      engine: ctx.engine,
      ...(org !== undefined ? { org } : {}),
    });
    c.set('records', r.report.summary.records);
    audit(c, 'validation.run', {
      organization: org ?? '*',
      runId: r.runId,
      records: r.report.summary.records,
      errors: r.report.summary.errors,
      outcome: r.reused ? 'reused' : r.report.summary.errors > 0 ? 'errorsFound' : 'clean',
    });
    return c.json(r);
  });

  app.get(hono(defs.runs.path), guard('read'), async (c) => {
    const store = await needStore();
    const q = parseQuery(storeModels.runsQuery, c);
    const allowed = await ctx.allowedFor(principal(c), ctx.today());
    if (q.org !== undefined && allowed !== null && !allowed.has(q.org)) throw outside();
    const scopes = q.org !== undefined ? [q.org] : allowed === null ? null : [...allowed];
    const runs = await (await pg()).listRuns(store, scopes, { limit: q.limit ?? 50 });
    return c.json({ runs });
  });

  app.get(hono(defs.run.path), guard('read'), async (c) => {
    const store = await needStore();
    const id = c.req.param('id') as string;
    if (!/^\d{1,15}$/.test(id)) throw new HttpError('BAD_REQUEST', { messageKey: 'badQuery', params: { paths: 'id' } });
    const allowed = await ctx.allowedFor(principal(c), ctx.today());
    const r = await (await pg()).getRun(store, Number(id));
    if (allowed === null) {
      if (!r) throw new HttpError('NOT_FOUND', { messageKey: 'runNotFound' });
    } else if (!r || !allowed.has(r.run.scope)) throw outside();
    audit(c, 'validation.read', { runId: r?.run.id, organization: r?.run.scope, outcome: 'ok' });
    return c.json(r);
  });

  app.get(hono(defs.worklist.path), guard('read'), async (c) => {
    const store = await needStore();
    const q = parseQuery(storeModels.worklistQuery, c);
    const asOf = dateOr(q.asOf, ctx.today());
    const org = await scopeRoot(c, store, q.org);
    const allowed = await ctx.allowedFor(principal(c), ctx.today());
    const rows = (
      await (
        await pg()
      ).worklist(store, {
        asOf,
        ...(org !== undefined ? { org } : {}),
        ...(q.within !== undefined ? { withinWorkingDays: q.within } : {}),
      })
    ).filter((r) => allowed === null || allowed.has(r.organization ?? ''));
    c.set('records', rows.length);
    audit(c, 'worklist', { organization: org ?? '*', records: rows.length, outcome: 'ok' });
    return c.json({ rows });
  });

  app.get(hono(defs.annual.path), guard('report'), async (c) => {
    const store = await needStore();
    const q = parseQuery(storeModels.reportQuery, c);
    const asOf = q.asOf === undefined ? undefined : dateOr(q.asOf, ctx.today());
    const org = await scopeRoot(c, store, q.org);
    const report = await (await pg()).annualReport(store, {
      year: q.year,
      locale: q.locale ?? 'vi',
      ...(org !== undefined ? { org } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
    });
    audit(c, 'report.annual', { organization: org ?? '*', year: q.year, outcome: 'ok' });
    return c.json(report);
  });

  app.post(hono(defs.createKey.path), guard('admin'), async (c) => {
    const store = await needStore();
    const body = await jsonOf(c, storeModels.keyBody);
    const p = principal(c);
    // never more than the issuer holds: its scopes, and organizations inside its own subtrees
    const allowed = await ctx.allowedFor(p, ctx.today());
    const wider =
      body.scopes.some((s) => !p.scopes.has(s)) ||
      (allowed !== null && (body.organizations === '*' || body.organizations.some((o) => !allowed.has(o))));
    if (wider) throw new HttpError('FORBIDDEN', { messageKey: 'keyWiderThanYours' });
    const created = await (await pg()).createApiKey(store, {
      id: body.id,
      scopes: body.scopes,
      organizations: body.organizations,
      createdBy: p.id,
    });
    if (!created) throw new HttpError('CONFLICT', { messageKey: 'keyIdTaken' });
    // the key is in this one response and nowhere else: not in the log, not in the database
    audit(c, 'apiKey.create', { keyId: created.id, scopes: body.scopes, outcome: 'ok' });
    return c.json(created, 201);
  });

  app.get(hono(defs.keys.path), guard('admin'), async (c) => {
    const store = await needStore();
    const p = principal(c);
    const allowed = await ctx.allowedFor(p, ctx.today());
    const keys = (await (await pg()).listApiKeys(store)).filter(
      (k) => allowed === null || (k.organizations !== '*' && k.organizations.every((o) => allowed.has(o))),
    );
    return c.json({ keys });
  });

  app.delete(hono(defs.revokeKey.path), guard('admin'), async (c) => {
    const store = await needStore();
    const id = c.req.param('id') as string;
    const p = principal(c);
    const allowed = await ctx.allowedFor(p, ctx.today());
    const key = (await (await pg()).listApiKeys(store)).find((k) => k.id === id && k.revokedAt === null);
    const mine =
      key !== undefined &&
      (allowed === null || (key.organizations !== '*' && key.organizations.every((o) => allowed.has(o))));
    if (!mine) throw new HttpError('NOT_FOUND', { messageKey: 'keyNotFound' });
    await (await pg()).revokeApiKey(store, id);
    audit(c, 'apiKey.revoke', { keyId: id, outcome: 'ok' });
    return c.json({ id, revoked: true as const });
  });
}

/**
 * Reads a roster once before importing it: every record must lie in the caller's organizations, or the whole file
 * is refused naming the first foreign row's index (0-based, in file order). An organization record may be added or
 * changed only under a parent inside the caller's subtrees, and never take over an organization outside them.
 */
async function authorizeRoster(
  file: string,
  asOf: CivilDate,
  allowed: ReadonlySet<string>,
  tree: OrganizationTree,
  today: string,
): Promise<void> {
  const { openRoster } = await import('@dieule/adapter-xlsx');
  let index = 0;
  try {
    for await (const item of openRoster(file, { asOf, duplicates: false })) {
      const i = index++;
      if (item.type !== 'record') continue;
      const value = item.source.value;
      if (value === null || typeof value !== 'object') continue;
      const v = value as Record<string, unknown>;
      const position = { index: i, params: { position: i + 1 } };
      if (v.kind === 'organization') {
        const id = typeof v.id === 'string' ? v.id : '';
        const parent = typeof v.parent === 'string' ? v.parent : undefined;
        const ok = parent !== undefined && allowed.has(parent) && (allowed.has(id) || !tree.has(id, today));
        if (!ok) throw new HttpError('FORBIDDEN', { messageKey: 'foreignRecord', ...position });
        continue;
      }
      const org = organizationOf(value);
      if (org === undefined) throw new HttpError('FORBIDDEN', { messageKey: 'unattributedRecord', ...position });
      if (!allowed.has(org)) throw new HttpError('FORBIDDEN', { messageKey: 'foreignRecord', ...position });
    }
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError('BAD_REQUEST', { messageKey: 'rosterUnreadable' });
  }
}
