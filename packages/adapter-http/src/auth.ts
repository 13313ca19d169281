import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { type Scope, type ServerConfig, scopeSchema } from './config.js';
import { HttpError } from './errors.js';

/** Who is calling: an id for the logs, scopes, and the organizations it acts for. */
export interface Principal {
  readonly id: string;
  readonly via: 'apiKey' | 'jwt' | 'none';
  readonly scopes: ReadonlySet<Scope>;
  /** Subtree roots, or `'*'` for every organization. */
  readonly organizations: ReadonlySet<string> | '*';
}

/** The caller when the service has no authentication configured (loopback use): everything. */
export const LOCAL_PRINCIPAL: Principal = {
  id: 'local',
  via: 'none',
  scopes: new Set(scopeSchema.options),
  organizations: '*',
};

/** SHA-256 hex of an API key (what the configuration stores). */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** Authenticates requests; `undefined` from {@link Authenticator.authenticate} = no credentials were sent. */
export interface Authenticator {
  readonly enabled: boolean;
  authenticate(headers: { get(name: string): string | null | undefined }): Promise<Principal | undefined>;
}

const toOrgs = (v: unknown): ReadonlySet<string> | '*' | undefined => {
  if (v === '*') return '*';
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x !== ''))
    return v.includes('*') ? '*' : new Set(v as string[]);
  return undefined;
};

/** A key found in the database by its SHA-256 (hex), when the service keeps API keys there. */
export type ApiKeyLookup = (
  sha256: string,
) => Promise<{ readonly id: string; readonly scopes: readonly string[]; readonly organizations: unknown } | undefined>;

/** Builds the authenticator of a configuration (API keys in the file and/or the database, JWT via jose). */
export function createAuthenticator(
  config: Pick<ServerConfig, 'apiKeys' | 'jwt'>,
  lookup?: ApiKeyLookup,
): Authenticator {
  const keys = config.apiKeys.map((k) => ({ ...k, digest: Buffer.from(k.sha256, 'hex') }));
  const jwt = config.jwt;
  let keySet: JWTVerifyGetKey | undefined;
  if (jwt?.jwks) keySet = createLocalJWKSet(jwt.jwks as unknown as JSONWebKeySet);
  else if (jwt?.jwksFile) keySet = createLocalJWKSet(JSON.parse(readFileSync(jwt.jwksFile, 'utf8')) as JSONWebKeySet);
  else if (jwt?.jwksUrl) keySet = createRemoteJWKSet(new URL(jwt.jwksUrl));
  const bad = () => new HttpError('UNAUTHORIZED', { messageKey: 'badCredentials' });

  const byKey = async (key: string): Promise<Principal> => {
    const digest = createHash('sha256').update(key, 'utf8').digest();
    // compare with every key in constant time, so timing tells nothing about which key came close
    let found: (typeof keys)[number] | undefined;
    for (const k of keys) if (timingSafeEqual(k.digest, digest)) found = k;
    if (!found && lookup) {
      // the database holds only hashes: it is asked by hash, never by key
      const stored = await lookup(digest.toString('hex'));
      if (stored) {
        const organizations = toOrgs(stored.organizations);
        const scopes = stored.scopes.filter((s): s is Scope => scopeSchema.safeParse(s).success);
        if (!organizations) throw bad();
        return { id: `key:${stored.id}`, via: 'apiKey', scopes: new Set(scopes), organizations };
      }
    }
    if (!found) throw bad();
    const organizations = toOrgs(found.organizations);
    if (!organizations) throw bad();
    return { id: found.id, via: 'apiKey', scopes: new Set(found.scopes), organizations };
  };

  const byJwt = async (token: string): Promise<Principal> => {
    if (!jwt || !keySet) throw bad();
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keySet, {
        issuer: jwt.issuer,
        audience: jwt.audience,
        algorithms: jwt.algorithms,
      }));
    } catch {
      throw bad();
    }
    const raw = payload.scope ?? payload.scp;
    const list = typeof raw === 'string' ? raw.split(' ') : Array.isArray(raw) ? raw : [];
    const scopes = new Set(list.filter((s): s is Scope => scopeSchema.safeParse(s).success));
    const organizations = toOrgs(payload[jwt.organizationsClaim]);
    if (typeof payload.sub !== 'string' || !organizations) throw bad();
    return { id: `jwt:${payload.sub}`, via: 'jwt', scopes, organizations };
  };

  return {
    enabled: keys.length > 0 || jwt !== undefined || lookup !== undefined,
    async authenticate(headers) {
      const apiKey = headers.get('x-api-key');
      if (apiKey) return byKey(apiKey);
      const authorization = headers.get('authorization');
      if (!authorization) return undefined;
      const m = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!m) throw bad();
      const token = m[1] as string;
      return token.split('.').length === 3 ? byJwt(token) : byKey(token);
    },
  };
}
