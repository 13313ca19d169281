import type { Engine } from '@dieule/core/kernel';
import { createRoute, z } from '@hono/zod-openapi';
import { ERROR_CODES, ErrorCode } from './errors.js';

/** The error body schema (one closed enum of codes). */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES as [keyof typeof ErrorCode, ...(keyof typeof ErrorCode)[]]),
      message: z.string().describe('Thông báo cho người đọc (tiếng Việt mặc định, tiếng Anh khi yêu cầu)'),
      requestId: z.string().optional(),
      index: z.number().int().nonnegative().optional().describe('Vị trí (từ 0) của hồ sơ quyết định kết quả'),
    }),
  })
  .openapi('Error');

const citation = z.object({}).passthrough().openapi('Citation');
const issueSchema = z
  .object({
    ruleId: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    path: z.array(z.union([z.string(), z.number()])),
    location: z.string().optional(),
    message: z.string(),
    messageId: z.string(),
    citations: z.array(citation),
    facts: z.record(z.string(), z.unknown()),
    ruleVersion: z.string().optional(),
    confidence: z.string().optional(),
    provenance: z.object({}).passthrough(),
    record: z.union([z.string(), z.number()]),
  })
  .openapi('Issue');

/** The report (`dieule.report/1`), the same JSON as the library and the CLI. */
export const reportSchema = z
  .object({
    format: z.literal('dieule.report/1'),
    meta: z.object({
      library: z.object({ name: z.string(), version: z.string() }),
      ruleSetHash: z.string(),
      asOf: z.string(),
      locale: z.enum(['vi', 'en']),
      plugins: z.array(z.object({ name: z.string(), version: z.string() })),
    }),
    summary: z.object({
      records: z.number().int(),
      valid: z.number().int(),
      withErrors: z.number().int(),
      errors: z.number().int(),
      warnings: z.number().int(),
      infos: z.number().int(),
      byRule: z.record(z.string(), z.number().int()),
    }),
    issues: z.array(issueSchema),
    facts: z.array(z.object({}).passthrough()).optional(),
    aggregates: z.array(z.object({}).passthrough()).optional(),
  })
  .openapi('Report');

/** Error responses of a route, from the closed table. */
export const errorResponses = (...codes: (keyof typeof ErrorCode)[]) => {
  const out: Record<
    number,
    {
      description: string;
      headers?: Record<string, { description: string; schema: { type: 'integer' } }>;
      content: { 'application/json': { schema: typeof errorBodySchema } };
    }
  > = {};
  for (const code of codes) {
    const status = ErrorCode[code];
    const prev = out[status];
    out[status] = {
      description: prev ? `${prev.description}, ${code}` : code,
      ...(status === 429 || status === 503
        ? { headers: { 'Retry-After': { description: 'Giây cần chờ trước khi thử lại', schema: { type: 'integer' } } } }
        : {}),
      content: { 'application/json': { schema: errorBodySchema } },
    };
  }
  return out;
};

/** Query of `POST /v1/check`. */
export const checkQuerySchema = z.object({
  asOf: z.string().optional().describe('Ngày báo cáo YYYY-MM-DD (mặc định: hôm nay theo máy chủ)'),
  locale: z.enum(['vi', 'en']).optional().describe('Ngôn ngữ thông báo (mặc định vi)'),
  facts: z.enum(['true', 'false']).optional().describe('Kèm các dữ kiện suy ra (trạng thái, tuổi đảng…)'),
});

/** Either credential scheme. */
export const security = [{ apiKey: [] }, { bearer: [] }];

/** Every route of the service, declared once: the OpenAPI document and the router both read these. */
export function routes(engine: Engine) {
  // core's schemas may have been built before @hono/zod-openapi patched zod, so call the patched method directly
  const named = (schema: z.ZodType, name: string): z.ZodType =>
    (z.ZodType.prototype as unknown as { openapi: (this: z.ZodType, n: string) => z.ZodType }).openapi.call(
      schema,
      name,
    );
  const kinds = engine
    .recordKinds()
    .map((k) => named(k.schema as z.ZodType, `${k.kind.charAt(0).toUpperCase()}${k.kind.slice(1)}Record`));
  const record = kinds.length > 1 ? z.union(kinds as [z.ZodType, z.ZodType, ...z.ZodType[]]) : (kinds[0] as z.ZodType);
  const checkBody = z.union([record, z.array(record)]);
  return {
    check: createRoute({
      method: 'post',
      path: '/v1/check',
      summary: 'Kiểm tra hồ sơ theo quy định (validate records)',
      description:
        'JSON (một hồ sơ hoặc mảng) hoặc NDJSON (một hồ sơ mỗi dòng). Cần quyền `validate`; mọi hồ sơ phải thuộc tổ chức ' +
        'đảng trong phạm vi của bên gọi (tính theo cây tổ chức tại ngày asOf), nếu không cả lô bị từ chối (403).',
      security,
      request: {
        query: checkQuerySchema,
        body: {
          required: true,
          content: {
            'application/json': { schema: checkBody },
            'application/x-ndjson': { schema: z.string().describe('Mỗi dòng một hồ sơ JSON') },
          },
        },
      },
      responses: {
        200: { description: 'Báo cáo, không có lỗi', content: { 'application/json': { schema: reportSchema } } },
        422: { description: 'Báo cáo, có lỗi', content: { 'application/json': { schema: reportSchema } } },
        ...errorResponses(
          'BAD_REQUEST',
          'INVALID_JSON',
          'EMPTY_INPUT',
          'UNAUTHORIZED',
          'FORBIDDEN',
          'REQUEST_TIMEOUT',
          'PAYLOAD_TOO_LARGE',
          'TOO_MANY_RECORDS',
          'UNSUPPORTED_MEDIA_TYPE',
          'TOO_MANY_REQUESTS',
          'INTERNAL',
          'OVERLOADED',
        ),
      },
    }),
    rules: createRoute({
      method: 'get',
      path: '/v1/rules',
      summary: 'Danh mục quy tắc (rule catalogue)',
      responses: {
        200: {
          description: 'Danh mục',
          content: { 'application/json': { schema: z.array(z.object({}).passthrough()).openapi('Catalogue') } },
        },
        ...errorResponses('TOO_MANY_REQUESTS'),
      },
    }),
    documents: createRoute({
      method: 'get',
      path: '/v1/documents',
      summary: 'Văn bản làm căn cứ (legal sources)',
      responses: {
        200: {
          description: 'Văn bản',
          content: { 'application/json': { schema: z.array(z.object({}).passthrough()).openapi('Documents') } },
        },
        ...errorResponses('TOO_MANY_REQUESTS'),
      },
    }),
    schema: createRoute({
      method: 'get',
      path: '/v1/schema/{kind}',
      summary: 'JSON Schema của một loại hồ sơ',
      request: { params: z.object({ kind: z.string().describe('Loại hồ sơ (member, organization…)') }) },
      responses: {
        200: {
          description: 'JSON Schema 2020-12',
          content: { 'application/json': { schema: z.object({}).passthrough() } },
        },
        ...errorResponses('NOT_FOUND', 'TOO_MANY_REQUESTS'),
      },
    }),
    health: createRoute({
      method: 'get',
      path: '/v1/health',
      summary: 'Còn sống (liveness)',
      responses: {
        200: {
          description: 'Đang chạy',
          content: { 'application/json': { schema: z.object({ ok: z.literal(true), ruleSetHash: z.string() }) } },
        },
      },
    }),
    ready: createRoute({
      method: 'get',
      path: '/v1/ready',
      summary: 'Sẵn sàng (readiness: rule set loaded, database reachable when configured)',
      responses: {
        200: {
          description: 'Sẵn sàng',
          content: {
            'application/json': {
              schema: z
                .object({
                  ready: z.boolean(),
                  ruleSetHash: z.string(),
                  rules: z.number().int(),
                  database: z.enum(['notConfigured', 'up', 'down']),
                  pool: z.object({ threads: z.number().int(), running: z.number().int(), waiting: z.number().int() }),
                })
                .openapi('Readiness'),
            },
          },
        },
        ...errorResponses('NOT_READY'),
      },
    }),
    openapi: createRoute({
      method: 'get',
      path: '/v1/openapi.json',
      summary: 'Tài liệu OpenAPI 3.1 này',
      responses: {
        200: { description: 'OpenAPI', content: { 'application/json': { schema: z.object({}).passthrough() } } },
      },
    }),
    reference: createRoute({
      method: 'get',
      path: '/v1/reference',
      summary: 'Trang tham chiếu API (HTML, dựng từ tài liệu OpenAPI)',
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } } },
    }),
  } as const;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A self-contained HTML reference page rendered from the OpenAPI document (no script, no CDN). */
export function renderReference(doc: {
  info: { title: string; version: string };
  paths?: Record<
    string,
    Record<string, { summary?: string; description?: string; responses?: Record<string, { description?: string }> }>
  >;
}): string {
  const rows: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {}))
    for (const [method, op] of Object.entries(ops)) {
      const statuses = Object.entries(op.responses ?? {})
        .map(([s, r]) => `<li><code>${esc(s)}</code> ${esc(r.description ?? '')}</li>`)
        .join('');
      rows.push(
        `<section><h2><code>${esc(method.toUpperCase())} ${esc(path)}</code></h2><p>${esc(op.summary ?? '')}</p>` +
          `${op.description ? `<p>${esc(op.description)}</p>` : ''}<ul>${statuses}</ul></section>`,
      );
    }
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(doc.info.title)}</title>` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}</style>' +
    `</head><body><main><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1>` +
    '<p>Tài liệu máy đọc: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).</p>' +
    `${rows.join('')}</main></body></html>`
  );
}
