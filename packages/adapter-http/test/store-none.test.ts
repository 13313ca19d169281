import { describe, expect, it } from 'vitest';
import { ConfigError, createHttpApp, parseServerConfig, storeRoutes } from '../src/index.js';
import { logSink } from './helpers.js';

describe('without a database the service validates only', () => {
  const app = createHttpApp({ today: () => '2026-11-23', logger: logSink().logger });
  it('every store route answers 501 NO_DATABASE from the closed table, in Vietnamese and English', async () => {
    const defs = storeRoutes();
    for (const r of Object.values(defs)) {
      const path = r.path.replace('{key}', 'M-1').replace('{id}', '1');
      const res = await app.request(`${path}${path.includes('annual') ? '?year=2025' : ''}`, {
        method: r.method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        ...(r.method === 'post' ? { body: '{}' } : {}),
      });
      expect({ path, status: res.status }).toEqual({ path, status: 501 });
      expect(((await res.json()) as any).error.code).toBe('NO_DATABASE');
    }
    const en = await app.request('/v1/members?locale=en');
    expect(((await en.json()) as any).error.message).toContain('without a database');
    const ready = (await (await app.request('/v1/ready')).json()) as any;
    expect(ready.database).toBe('notConfigured');
  });
  it('a database section is a PGlite folder (relative to the config file) or a URL, never both', () => {
    const c = parseServerConfig({ database: { dataDir: 'data', apiKeys: true } }, '/srv/dieule');
    expect(c.database).toEqual({ dataDir: '/srv/dieule/data', apiKeys: true });
    expect(() => parseServerConfig({ database: { dataDir: 'd', url: 'postgres://x' } })).toThrow(ConfigError);
    expect(() => parseServerConfig({ database: { schema: 'Bad-Name' } })).toThrow(ConfigError);
  });
});
