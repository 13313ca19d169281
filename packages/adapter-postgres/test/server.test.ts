import { afterAll, describe, it } from 'vitest';
import { boardSuite } from './board-suite.js';
import { SERVER_URL, serverFactory, serverReachable } from './helpers.js';
import { importValidateSuite } from './import-validate-suite.js';
import { recordsSuite } from './records-suite.js';
import { storeSuite } from './store-suite.js';

// the real PostgreSQL server: every test gets a schema of its own, dropped at the end. In CI an unreachable server
// fails the suite; elsewhere the suite is skipped with a visible message.
const up = await serverReachable();
if (up || process.env.CI) {
  const factory = serverFactory();
  afterAll(() => factory.dispose());
  storeSuite(factory);
  importValidateSuite(factory);
  boardSuite(factory);
  recordsSuite(factory);
} else
  describe('server', () => {
    console.warn(`[adapter-postgres] PostgreSQL server not reachable at ${SERVER_URL}: server suite SKIPPED`);
    it.skip(`PostgreSQL server not reachable at ${SERVER_URL}: server suite skipped (it runs in CI)`, () => {});
  });
