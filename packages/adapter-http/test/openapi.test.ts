import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createHttpApp, ERROR_CODES, ErrorCode, MESSAGES } from '../src/index.js';
import { logSink } from './helpers.js';

const app = createHttpApp({ today: () => '2026-11-23', logger: logSink().logger });
const doc = (async () => (await app.request('/v1/openapi.json')).json())() as Promise<{
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
}>;

describe('OpenAPI 3.1 document (generated from the zod route declarations)', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const d = await doc;
    expect(d.openapi).toBe('3.1.0');
    const result = await new Validator().validate(d as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
  it('lists every route the app serves, and nothing it does not', async () => {
    const d = await doc;
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(d.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)),
    );
    expect([...served].sort()).toEqual([...documented].sort());
  });
  it('declares the request body with the same zod models as core, and the closed error table', async () => {
    const d = await doc;
    expect(Object.keys(d.components.schemas)).toEqual(
      expect.arrayContaining(['MemberRecord', 'OrganizationRecord', 'Report', 'Error']),
    );
    const codes = (
      d.components.schemas.Error as { properties: { error: { properties: { code: { enum: string[] } } } } }
    ).properties.error.properties.code.enum;
    expect(codes).toEqual(ERROR_CODES);
    const check = d.paths['/v1/check']?.post?.responses ?? {};
    for (const s of ['200', '401', '403', '408', '413', '415', '422', '429', '503']) expect(check).toHaveProperty(s);
  });
  it('renders a reference page from the document (no script, no CDN)', async () => {
    const res = await app.request('/v1/reference');
    const html = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('POST /v1/check');
    expect(html).not.toContain('<script');
  });
});

describe('the closed table and its messages', () => {
  it('every code has a status from the table and a message in every locale', () => {
    for (const code of ERROR_CODES)
      expect([400, 401, 403, 404, 408, 409, 413, 415, 429, 500, 501, 503]).toContain(ErrorCode[code]);
    const keys = Object.keys(MESSAGES.vi).sort();
    for (const [locale, table] of Object.entries(MESSAGES)) {
      expect({ locale, keys: Object.keys(table).sort() }).toEqual({ locale, keys });
      for (const code of ERROR_CODES) expect(table).toHaveProperty(code);
    }
  });
});
