import { describe, it } from 'vitest';
import { SERVER_URL, serverFactory, serverReachable } from './helpers.js';
import { storeSuite } from './store-suite.js';

const up = await serverReachable();
if (up || process.env.CI) storeSuite(serverFactory());
else
  describe('server', () => {
    it.skip(`PostgreSQL server not reachable at ${SERVER_URL}: server suite skipped (it runs in CI)`, () => {});
    console.warn(`[adapter-postgres] PostgreSQL server not reachable at ${SERVER_URL}: server suite SKIPPED`);
  });
