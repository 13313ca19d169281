import { pgliteFactory } from '../../adapter-postgres/test/helpers.js';
import { storeRoutesSuite } from './store-suite.js';

// one PGlite instance for the file, the store in a schema of its own
storeRoutesSuite(pgliteFactory());
