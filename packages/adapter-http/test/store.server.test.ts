import { describe, it } from 'vitest';
import { SERVER_URL, serverFactory, serverReachable } from './store-helpers.js';
import { storeRoutesSuite } from './store-suite.js';

// the real PostgreSQL server: the store in a schema of its own, dropped at the end. In CI an unreachable server fails
// the suite; elsewhere it is skipped with a visible message.
const up = await serverReachable();
if (up || process.env.CI) storeRoutesSuite(serverFactory());
else
  describe('server', () => {
    console.warn(`[adapter-http] PostgreSQL server not reachable at ${SERVER_URL}: server suite SKIPPED`);
    it.skip(`PostgreSQL server not reachable at ${SERVER_URL}: server suite skipped (it runs in CI)`, () => {});
  });
