import { pgliteFactory } from './store-helpers.js';
import { storeRoutesSuite } from './store-suite.js';

// an in-memory PGlite store for the file
storeRoutesSuite(pgliteFactory());
