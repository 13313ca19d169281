import type { Store } from '@dieule/adapter-postgres';
import { coreEngine, jsonSchemaFor } from '@dieule/core';
import { isCivilDate } from '@dieule/core/date';
import type { Engine } from '@dieule/core/kernel';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { matchedRoutes } from 'hono/route';
import { secureHeaders } from 'hono/secure-headers';
import { type Authenticator, createAuthenticator, LOCAL_PRINCIPAL, type Principal } from './auth.js';
import { readBody } from './body.js';
import type { CheckTask } from './check.js';
import { limitsSchema, type Scope, type ServerConfig } from './config.js';
import { type ErrorBody, ErrorCode, HttpError, REPORT_STATUS } from './errors.js';
import { renderMessage } from './i18n/index.js';
import { createLogger, type Logger, maskIds } from './logging.js';
import { renderReference, routes } from './openapi.js';
import { OrganizationTree } from './org-tree.js';
import { BoundedRunner, type CheckRunner, inThreadRunner } from './pool.js';
import { RateLimiter } from './rate-limit.js';
import { registerStoreRoutes, STORE_BODY_ROUTES, storeFailure, storeRoutes } from './store-routes.js';

/** The service configuration as the app takes it: every part optional, limits field by field. */
export type HttpServiceConfig = Partial<Omit<ServerConfig, 'limits'>> & {
  readonly limits?: Partial<ServerConfig['limits']>;
};

/** Options of the HTTP app. */
export interface HttpAppOptions {
  /** The engine (core rules plus plugins); default: the core engine. */
  readonly engine?: Engine;
  /** Today's civil date, the default `asOf` (the server decides the clock, not the library). */
  readonly today: () => string;
  /** Authentication, organizations, limits, rate limit, CORS (see `dieule.server.json`). Default: none (loopback). */
  readonly config?: HttpServiceConfig;
  /** Where validation runs; default: in-thread, bounded (1 running, 16 waiting). {@link startServer} uses workers. */
  readonly runner?: CheckRunner;
  /** The logger (pino); default: JSON lines on stderr. */
  readonly logger?: Logger;
  /** Milliseconds clock for the rate limit (tests inject one). */
  readonly now?: () => number;
  /** Readiness of the database, when the service has one (default with `store`: the store's schema check). */
  readonly database?: { readonly ping: () => Promise<boolean> };
  /**
   * The store (`@dieule/adapter-postgres`, migrated): members, events, import, stored validation runs, worklist,
   * annual report, and (with `config.database.apiKeys`) API keys kept hashed in the database. Without it the store
   * routes answer 501 `NO_DATABASE` and the service validates only.
   */
  readonly store?: Store | Promise<Store>;
}

type Env = { Variables: { requestId: string; principal: Principal | undefined; records?: number } };

const MEDIA_TYPES = ['application/json', 'application/x-ndjson'] as const;

const localeOf = (c: Context): 'vi' | 'en' => {
  const q = c.req.query('locale');
  if (q === 'en' || q === 'vi') return q;
  return /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'vi';
};

/**
 * The dieule HTTP service as a Hono app (a `fetch` handler). Every route is declared once with zod
 * ({@link routes}); the OpenAPI 3.1 document at `/v1/openapi.json` is generated from those declarations.
 *
 * Safety: API keys (stored hashed) and JWT bearer tokens (jose, against a JWKS); scopes; per-organization
 * authorization through the dated organization tree as of `asOf`; body limits enforced while streaming; only
 * JSON/NDJSON; a bounded validation queue (503 + `Retry-After`); per-client rate limit (429); request id on every
 * response and log line; pino access and audit logs without names or ID numbers; security headers and
 * `Cache-Control: no-store`; CORS only for a configured allow-list. Every status comes from {@link ErrorCode}.
 */
export function createHttpApp(options: HttpAppOptions): OpenAPIHono<Env> {
  const engine = options.engine ?? coreEngine();
  const config = options.config ?? {};
  const limits = limitsSchema.parse(config.limits ?? {});
  const log = options.logger ?? createLogger();
  const storePromise = options.store ? Promise.resolve(options.store) : undefined;
  // a store that failed to open answers DATABASE_UNAVAILABLE on its routes (and /v1/ready says down)
  storePromise?.catch(() => {});
  const getStore = async (): Promise<Store | undefined> => {
    if (!storePromise) return undefined;
    try {
      return await storePromise;
    } catch {
      throw new HttpError('DATABASE_UNAVAILABLE', { retryAfterSeconds: 5, params: { seconds: 5 } });
    }
  };
  const lookup =
    storePromise && config.database?.apiKeys
      ? async (sha256: string) => {
          const store = await getStore();
          const { findApiKey } = await import('@dieule/adapter-postgres');
          try {
            return store ? await findApiKey(store, sha256) : undefined;
          } catch (e) {
            throw storeFailure(e) ?? e;
          }
        }
      : undefined;
  const auth: Authenticator = createAuthenticator({ apiKeys: config.apiKeys ?? [], jwt: config.jwt }, lookup);
  // The tree authorization reads: the configuration's organizations, plus (with a store) the stored ones, reloaded
  // after an import and at most every 30 s (other replicas write too). A configured id wins over a stored one.
  const configured = config.organizations ?? [];
  let tree = new OrganizationTree(configured);
  let treeLoaded: Promise<OrganizationTree> | undefined;
  let treeAt = 0;
  const clock = options.now ?? Date.now;
  const currentTree = async (): Promise<OrganizationTree> => {
    if (!storePromise) return tree;
    if (!treeLoaded || clock() - treeAt > 30_000) {
      treeAt = clock();
      treeLoaded = (async () => {
        const store = await getStore();
        const stored = store ? await store.organizations() : [];
        const ids = new Set(configured.map((o) => o.id));
        tree = new OrganizationTree([...configured, ...stored.filter((o) => !ids.has(o.id))]);
        subtreeMemo.clear();
        return tree;
      })();
      treeLoaded.catch(() => {
        treeLoaded = undefined;
      });
    }
    return treeLoaded;
  };
  const runner = options.runner ?? new BoundedRunner(inThreadRunner(engine), 1, config.pool?.maxQueue ?? 16);
  const limiter = config.rateLimit
    ? new RateLimiter(config.rateLimit.requests, config.rateLimit.windowSeconds, options.now)
    : undefined;
  const defs = routes(engine);
  const app = new OpenAPIHono<Env>();
  for (const r of Object.values(defs)) app.openAPIRegistry.registerPath(r);
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'apiKey',
    in: 'header',
    name: 'X-API-Key',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });

  const errorResponse = (c: Context<Env>, e: HttpError) => {
    const body: ErrorBody = {
      error: {
        code: e.code,
        message: renderMessage(localeOf(c), e.messageKey, e.params),
        requestId: c.get('requestId'),
        ...(e.index !== undefined ? { index: e.index } : {}),
      },
    };
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (e.retryAfterSeconds !== undefined) headers['retry-after'] = String(e.retryAfterSeconds);
    if (e.code === 'UNAUTHORIZED') headers['www-authenticate'] = 'Bearer realm="dieule"';
    // the rest of a refused body is not read: ask the client to drop the connection rather than reuse it
    if (e.code === 'PAYLOAD_TOO_LARGE' || e.code === 'REQUEST_TIMEOUT') headers.connection = 'close';
    return c.body(JSON.stringify(body), ErrorCode[e.code], headers);
  };

  // request id first: every response and every log line carries it (an incoming X-Request-Id is kept when sane)
  app.use('*', requestId({ limitLength: 128 }));
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const principal = c.get('principal');
    const code = c.res.status >= 400 && c.res.status !== 422 ? c.res.headers.get('x-dieule-error') : undefined;
    log.info(
      {
        event: 'access',
        requestId: c.get('requestId'),
        method: c.req.method,
        route: matchedRoutes(c).findLast((r) => r.method !== 'ALL')?.path ?? 'unmatched',
        status: c.res.status,
        ...(code ? { code } : {}),
        principal: principal?.id ?? 'anonymous',
        ...(c.get('records') !== undefined ? { records: c.get('records') } : {}),
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
    c.res.headers.delete('x-dieule-error');
  });
  // A body sent to a route that reads none (GET /v1/openapi.json with 300 KB attached) is read and dropped, within the
  // body limits, before answering: left unread, a client still writing it and a server writing a large answer would
  // wait on each other for ever (regression: the HTTP fuzz test hung on GET /v1/openapi.json with a body).
  app.use('*', async (c, next) => {
    const declared = c.req.header('content-length');
    const hasBody = (declared !== undefined && declared !== '0') || c.req.header('transfer-encoding') !== undefined;
    const own =
      (c.req.method === 'POST' && c.req.path === defs.check.path) ||
      (storePromise !== undefined && STORE_BODY_ROUTES.some((r) => r.test(`${c.req.method} ${c.req.path}`)));
    if (hasBody && !own)
      await readBody(c.req.raw.body, declared, { maxBytes: limits.maxBodyBytes, timeoutMs: limits.bodyTimeoutMs });
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
  });
  const origins = config.cors?.origins ?? [];
  if (origins.length > 0)
    app.use(
      '*',
      cors({
        origin: (origin) => (origins.includes(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'DELETE'],
        allowHeaders: ['content-type', 'authorization', 'x-api-key', 'x-request-id'],
        exposeHeaders: ['x-request-id', 'retry-after'],
        maxAge: 600,
      }),
    );
  // authentication (when credentials are sent, they must verify, on every route), then the rate limit per client;
  // failed attempts count against the caller's address, so guessing keys is rate-limited too
  app.use('*', async (c, next) => {
    const limited = limiter !== undefined && c.req.path !== '/v1/health' && c.req.path !== '/v1/ready';
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    const address = `ip:${incoming?.socket?.remoteAddress ?? 'unknown'}`;
    const take = (client: string) => {
      const wait = limited ? limiter.take(client) : undefined;
      if (wait !== undefined)
        throw new HttpError('TOO_MANY_REQUESTS', { retryAfterSeconds: wait, params: { seconds: wait } });
    };
    try {
      c.set('principal', auth.enabled ? await auth.authenticate(c.req.raw.headers) : LOCAL_PRINCIPAL);
    } catch (e) {
      take(address);
      throw e;
    }
    take(c.get('principal')?.id ?? address);
    await next();
  });

  const require =
    (scope: Scope): MiddlewareHandler<Env> =>
    async (c, next) => {
      const p = c.get('principal');
      if (!p) throw new HttpError('UNAUTHORIZED');
      if (!p.scopes.has(scope)) throw new HttpError('FORBIDDEN', { messageKey: 'missingScope', params: { scope } });
      await next();
    };

  const subtreeMemo = new Map<string, Set<string>>();
  const allowedFor = async (p: Principal, asOf: string): Promise<Set<string> | null> => {
    if (p.organizations === '*') return null;
    const t = await currentTree();
    const key = `${p.id}|${[...p.organizations].join(',')}|${asOf}`;
    let hit = subtreeMemo.get(key);
    if (!hit) {
      hit = t.subtrees(p.organizations, asOf);
      if (subtreeMemo.size > 256) subtreeMemo.clear();
      subtreeMemo.set(key, hit);
    }
    return hit;
  };

  app.post(defs.check.path, require('validate'), async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    const mediaType = MEDIA_TYPES.find(
      (t) => t === type || (t === 'application/x-ndjson' && type === 'application/ndjson'),
    );
    if (!mediaType) throw new HttpError('UNSUPPORTED_MEDIA_TYPE');
    const asOf = c.req.query('asOf') ?? options.today();
    if (!isCivilDate(asOf)) throw new HttpError('BAD_REQUEST', { messageKey: 'badAsOf' });
    const locale = c.req.query('locale') ?? 'vi';
    if (locale !== 'vi' && locale !== 'en') throw new HttpError('BAD_REQUEST', { messageKey: 'badLocale' });
    const facts = c.req.query('facts');
    if (facts !== undefined && facts !== 'true' && facts !== 'false')
      throw new HttpError('BAD_REQUEST', { messageKey: 'badFacts' });
    const text = await readBody(c.req.raw.body, c.req.header('content-length'), {
      maxBytes: limits.maxBodyBytes,
      timeoutMs: limits.bodyTimeoutMs,
    });
    const principal = c.get('principal') as Principal;
    const task: CheckTask = {
      text,
      mediaType,
      asOf,
      locale,
      facts: facts === 'true',
      maxRecords: limits.maxRecords,
      maxDepth: limits.maxDepth,
      allowed: await allowedFor(principal, asOf).then((a) => (a === null ? null : [...a])),
    };
    const outcome = await runner.run(task);
    const audit = {
      event: 'audit',
      action: 'check',
      requestId: c.get('requestId'),
      principal: principal.id,
      scope: principal.organizations === '*' ? '*' : [...principal.organizations],
      ruleSetHash: engine.ruleSetHash,
      asOf,
    };
    if (!outcome.ok) {
      log.info(
        { ...audit, outcome: outcome.code, ...(outcome.index !== undefined ? { index: outcome.index } : {}) },
        'check',
      );
      throw new HttpError(outcome.code, {
        messageKey: outcome.messageKey,
        ...(outcome.index !== undefined ? { index: outcome.index } : {}),
        ...(outcome.params ? { params: outcome.params } : {}),
      });
    }
    c.set('records', outcome.records);
    log.info(
      {
        ...audit,
        organizations: outcome.organizations,
        records: outcome.records,
        errors: outcome.errors,
        outcome: outcome.errors > 0 ? 'errorsFound' : 'clean',
      },
      'check',
    );
    return c.body(outcome.json, outcome.errors > 0 ? REPORT_STATUS.errorsFound : REPORT_STATUS.clean, {
      'content-type': 'application/json; charset=utf-8',
    });
  });
  const catalogue = engine.catalogue();
  const documents = engine.documents.list();
  app.get(defs.rules.path, (c) => c.json(catalogue));
  app.get(defs.documents.path, (c) => c.json(documents));
  app.get('/v1/schema/:kind', (c) => {
    const kind = engine.recordKind(c.req.param('kind'));
    if (!kind) throw new HttpError('NOT_FOUND', { messageKey: 'unknownKind' });
    return c.json(jsonSchemaFor(kind));
  });
  app.get(defs.health.path, (c) => c.json({ ok: true as const, ruleSetHash: engine.ruleSetHash }));
  const storeDefs = storeRoutes();
  for (const r of Object.values(storeDefs)) app.openAPIRegistry.registerPath(r);
  registerStoreRoutes(app, storeDefs, {
    engine,
    store: getStore,
    today: options.today,
    log,
    limits,
    require,
    allowedFor,
    tree: currentTree,
    organizationsChanged: () => {
      treeLoaded = undefined;
    },
  });
  const ping =
    options.database?.ping ??
    (storePromise
      ? async () => {
          const s = await getStore();
          await s?.check();
          return true;
        }
      : undefined);
  app.get(defs.ready.path, async (c) => {
    const database = ping ? ((await ping().catch(() => false)) ? 'up' : 'down') : 'notConfigured';
    const load = runner instanceof BoundedRunner ? runner.load : { running: 0, waiting: 0 };
    const body = {
      ready: catalogue.length > 0 && database !== 'down',
      ruleSetHash: engine.ruleSetHash,
      rules: catalogue.length,
      database,
      pool: { threads: runner.threads, ...load },
    };
    if (!body.ready) throw new HttpError('NOT_READY');
    return c.json(body);
  });
  let doc: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  const openapi = () => {
    doc ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'dieule HTTP service',
        version: '1',
        description:
          'Kiểm tra hồ sơ công tác tổ chức xây dựng Đảng theo quy định, có căn cứ. Mọi mã lỗi nằm trong một bảng đóng.',
      },
    });
    return doc;
  };
  app.get(defs.openapi.path, (c) => c.json(openapi()));
  app.get(defs.reference.path, (c) => {
    return c.html(renderReference(openapi() as unknown as Parameters<typeof renderReference>[0]));
  });

  app.notFound((c) => {
    const res = errorResponse(c, new HttpError('NOT_FOUND'));
    res.headers.set('x-dieule-error', 'NOT_FOUND');
    return res;
  });
  app.onError((err, c) => {
    const known = storeFailure(err);
    if (known) {
      const res = errorResponse(c, known);
      res.headers.set('x-dieule-error', known.code);
      return res;
    }
    log.error(
      {
        event: 'error',
        requestId: c.get('requestId'),
        error: maskIds(String((err as Error)?.name ?? 'Error')),
        detail: maskIds(String((err as Error)?.message ?? err)).slice(0, 300),
      },
      'internal error',
    );
    const res = errorResponse(c, new HttpError('INTERNAL'));
    res.headers.set('x-dieule-error', 'INTERNAL');
    return res;
  });
  return app;
}
