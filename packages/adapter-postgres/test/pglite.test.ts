import { pgliteFactory } from './helpers.js';
import { storeSuite } from './store-suite.js';

storeSuite(pgliteFactory());
