import { afterAll } from 'vitest';
import { boardSuite } from './board-suite.js';
import { pgliteFactory } from './helpers.js';
import { importValidateSuite } from './import-validate-suite.js';
import { recordsSuite } from './records-suite.js';
import { storeSuite } from './store-suite.js';

// one migrated PGlite instance for the file; every test works on a clone of it
const factory = pgliteFactory();
afterAll(() => factory.dispose());
storeSuite(factory);
importValidateSuite(factory);
boardSuite(factory);
recordsSuite(factory);
