import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { hashApiKey } from '@dieule/adapter-http';
import { describe, expect, it } from 'vitest';
import { isLoopback } from '../src/commands/serve.js';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';

async function serve(argv: string[]) {
  let stderr = '';
  let server: { port: number; close(): Promise<void> } | undefined;
  const io: Io = {
    stdout: { write: () => true },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(['']),
    cwd: process.cwd(),
    today: () => '2026-11-23',
    onServe: (s) => {
      server = s;
    },
  };
  const code = await main(['serve', ...argv], io);
  return { code, stderr: () => stderr, server };
}

const dir = mkdtempSync(join(tmpdir(), 'dieule-serve-'));
const KEY = 'dk_test_0123456789abcdef';
const configFile = join(dir, 'dieule.server.json');
writeFileSync(
  join(dir, 'orgs.ndjson'),
  `${JSON.stringify({ kind: 'organization', id: 'CB-1', name: 'Chi bộ 1', type: 'grassrootsCell' })}\n`,
);
writeFileSync(
  configFile,
  JSON.stringify({
    apiKeys: [{ id: 'portal', sha256: hashApiKey(KEY), scopes: ['validate'], organizations: ['CB-1'] }],
    organizations: 'orgs.ndjson',
    limits: { maxRecords: 10 },
  }),
);

describe('dieule serve', () => {
  it('refuses a non-loopback host without authentication unless --insecure (exit 2, says why)', async () => {
    const r = await serve(['--host', '0.0.0.0', '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr()).toContain('không lắng nghe trên 0.0.0.0 khi chưa có xác thực');
    expect(r.server).toBeUndefined();
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback('192.168.1.10')).toBe(false);
  });
  it('a bad --config is a usage error naming the problem', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ apiKeys: [{ id: 'x', sha256: 'nothex', scopes: [], organizations: [] }] }));
    const r = await serve(['--config', bad, '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr()).toContain('--config');
    expect((await serve(['--config', join(dir, 'missing.json')])).code).toBe(2);
  });
  it('--config: starts on 127.0.0.1 with API keys and the organization file; logs are JSON lines on stderr', async () => {
    const r = await serve(['--config', configFile, '--port', '0']);
    expect(r.code).toBe(0);
    expect(r.stderr()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(authentication: 1 API key\(s\)/);
    const server = r.server as { port: number; close(): Promise<void> };
    try {
      const url = `http://127.0.0.1:${server.port}/v1/check?asOf=2026-01-01`;
      const body = JSON.stringify({ kind: 'organization', id: 'CB-1', name: 'Chi bộ 1', type: 'grassrootsCell' });
      const headers = { 'content-type': 'application/json' };
      expect((await fetch(url, { method: 'POST', headers, body })).status).toBe(401);
      const ok = await fetch(url, { method: 'POST', headers: { ...headers, 'x-api-key': KEY }, body });
      expect(ok.status).toBe(200);
      expect(r.stderr()).toContain('"event":"audit"');
    } finally {
      await server.close();
    }
  });
  it('--config with a database: refuses an uninitialized store (exit 2), then serves the store routes', async () => {
    const data = join(dir, 'store');
    const dbConfig = join(dir, 'db.server.json');
    writeFileSync(
      dbConfig,
      JSON.stringify({
        apiKeys: [{ id: 'portal', sha256: hashApiKey(KEY), scopes: ['read'], organizations: ['CB-1'] }],
        organizations: 'orgs.ndjson',
        database: { dataDir: 'store' },
      }),
    );
    const refused = await serve(['--config', dbConfig, '--port', '0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr()).toContain('cơ sở dữ liệu:');
    const io = { ...ioQuiet(), cwd: dir };
    expect(await main(['db', 'init', '--data', data], io)).toBe(0);
    const r = await serve(['--config', dbConfig, '--port', '0']);
    expect(r.code).toBe(0);
    expect(r.stderr()).toContain(`database: PGlite ${data}`);
    const server = r.server as { port: number; close(): Promise<void> };
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/v1/members`, { headers: { 'x-api-key': KEY } });
      expect([res.status, ((await res.json()) as { members: unknown[] }).members]).toEqual([200, []]);
    } finally {
      await server.close();
    }
  }, 120_000);
});

function ioQuiet(): Io {
  return {
    stdout: { write: () => true },
    stderr: { write: () => true },
    stdin: Readable.from(['']),
    cwd: process.cwd(),
    today: () => '2026-11-23',
  };
}
