import { coreEngine, jsonSchemaFor } from '@dieule/core';
import { isCivilDate } from '@dieule/core/date';
import { type Engine, parseJsonRecords } from '@dieule/core/kernel';
import { Hono } from 'hono';
import { type ErrorBody, ErrorCode, REPORT_STATUS } from './status.js';

/** Options of the HTTP app. */
export interface HttpAppOptions {
  /** The engine (core rules plus plugins); default: the core engine. */
  readonly engine?: Engine;
  /** Largest accepted body in bytes (default 10 MiB). */
  readonly maxBodyBytes?: number;
  /** Today's civil date, the default `asOf` (the server decides the clock, not the library). */
  readonly today: () => string;
}

/**
 * The dieule HTTP service as a Hono app (a `fetch` handler: Node, Bun, Deno, workers).
 *
 * - `POST /v1/check?asOf=YYYY-MM-DD&locale=vi|en&facts=true` with a JSON record, a JSON array or NDJSON
 *   (`application/x-ndjson`) → the report (`dieule.report/1`), status 200 or 422 (see {@link ErrorCode}).
 * - `GET /v1/rules`, `GET /v1/documents`, `GET /v1/schema/:kind`, `GET /v1/health`.
 */
export function createHttpApp(options: HttpAppOptions): Hono {
  const engine = options.engine ?? coreEngine();
  const max = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const app = new Hono();
  const fail = (code: ErrorCode, message: string) =>
    new Response(JSON.stringify({ error: { code, message } } satisfies ErrorBody), {
      status: ErrorCode[code],
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });

  app.get('/v1/health', (c) => c.json({ ok: true, ruleSetHash: engine.ruleSetHash }));
  app.get('/v1/rules', (c) => c.json(engine.catalogue()));
  app.get('/v1/documents', (c) => c.json(engine.documents.list()));
  app.get('/v1/schema/:kind', (c) => {
    const kind = engine.recordKind(c.req.param('kind'));
    return kind ? c.json(jsonSchemaFor(kind)) : fail('NOT_FOUND', 'unknown record kind');
  });
  app.post('/v1/check', async (c) => {
    const type = (c.req.header('content-type') ?? 'application/json').split(';')[0]!.trim().toLowerCase();
    if (!['application/json', 'application/x-ndjson', 'application/ndjson', 'text/plain'].includes(type))
      return fail('UNSUPPORTED_MEDIA_TYPE', 'send application/json or application/x-ndjson');
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > max) return fail('PAYLOAD_TOO_LARGE', `body over ${max} bytes`);
    const text = await c.req.text();
    if (new TextEncoder().encode(text).length > max) return fail('PAYLOAD_TOO_LARGE', `body over ${max} bytes`);
    const asOf = c.req.query('asOf') ?? options.today();
    if (!isCivilDate(asOf)) return fail('BAD_REQUEST', 'asOf must be a date YYYY-MM-DD');
    const locale = c.req.query('locale') ?? 'vi';
    if (locale !== 'vi' && locale !== 'en') return fail('BAD_REQUEST', 'locale must be vi or en');
    const parsed = parseJsonRecords(text);
    if (!parsed.ok)
      return parsed.code === 'empty'
        ? fail('EMPTY_INPUT', parsed.detail)
        : fail('INVALID_JSON', 'body is not valid JSON');
    const report = engine.validateSources(parsed.records, { asOf, locale, facts: c.req.query('facts') === 'true' });
    return c.json(report, report.summary.errors > 0 ? REPORT_STATUS.errorsFound : REPORT_STATUS.clean);
  });
  app.notFound(() => fail('NOT_FOUND', 'no such route'));
  app.onError(() => fail('INTERNAL', 'internal error'));
  return app;
}
