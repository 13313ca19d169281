import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  createAuthenticator,
  hasAuthentication,
  loadServerConfig,
  parseServerConfig,
} from '../src/index.js';

describe('dieule.server.json', () => {
  it('reads the JWKS and organization files beside the configuration; a JWT from that key verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dieule-config-'));
    const { publicKey, privateKey } = await generateKeyPair('EdDSA');
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'a' }] }));
    writeFileSync(
      join(dir, 'orgs.json'),
      JSON.stringify([{ kind: 'organization', id: 'CB-1', name: 'Chi bộ 1', type: 'grassrootsCell' }]),
    );
    writeFileSync(
      join(dir, 'dieule.server.json'),
      JSON.stringify({
        jwt: { jwksFile: 'jwks.json', issuer: 'https://idp.test', audience: 'dieule' },
        organizations: 'orgs.json',
      }),
    );
    const config = loadServerConfig(join(dir, 'dieule.server.json'));
    expect(hasAuthentication(config)).toBe(true);
    expect(config.organizations.map((o) => o.id)).toEqual(['CB-1']);
    expect(config.limits.maxBodyBytes).toBe(10 * 1024 * 1024);
    const token = await new SignJWT({ scp: ['validate'], dieule_orgs: ['CB-1'] })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'a' })
      .setSubject('user-7')
      .setIssuer('https://idp.test')
      .setAudience('dieule')
      .setExpirationTime('5m')
      .sign(privateKey);
    const principal = await createAuthenticator(config).authenticate(new Headers({ authorization: `Bearer ${token}` }));
    expect(principal).toMatchObject({ id: 'jwt:user-7', via: 'jwt' });
    expect([...(principal?.scopes ?? [])]).toEqual(['validate']);
  });
  it('names every problem of a bad configuration, and never accepts a raw key or two JWKS sources', () => {
    expect(() =>
      parseServerConfig({ apiKeys: [{ id: 'x', key: 'dk_raw', scopes: ['validate'], organizations: '*' }] }),
    ).toThrow(ConfigError);
    expect(() =>
      parseServerConfig({ jwt: { jwks: { keys: [] }, jwksUrl: 'https://idp.test/jwks', issuer: 'i', audience: 'a' } }),
    ).toThrow(/exactly one of jwks, jwksFile, jwksUrl/);
    expect(() => parseServerConfig({ limits: { maxBodyBytes: -1 } })).toThrow(ConfigError);
    expect(() => loadServerConfig('/nonexistent/dieule.server.json')).toThrow(ConfigError);
  });
});
