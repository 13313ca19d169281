import { createRequire } from 'node:module';

type ExcelJsModule = typeof import('exceljs');

let loaded: ExcelJsModule | undefined;

/**
 * exceljs, loaded on first use: it takes most of a second to load and CSV, JSON and NDJSON rosters never need it.
 * (A CommonJS package: `require` gives the same object as a default import.)
 */
export function excelJs(): ExcelJsModule {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = require('exceljs') as ExcelJsModule;
  }
  return loaded;
}
