// Child process of kill.test.ts: imports a roster and reports progress; the parent kills it mid-import.
import { importRoster, openStore } from '../src/index.js';

const [file, target] = process.argv.slice(2) as [string, string];
const store = target.startsWith('postgres://')
  ? await openStore({ url: target.split('#')[0]!, schema: target.split('#')[1]! })
  : await openStore({ dataDir: target });
await store.migrate();
process.stdout.write('ready\n');
await importRoster(store, file, {
  asOf: '2026-06-30',
  batchRows: 200,
  onProgress: (n) => process.stdout.write(`progress ${n}\n`),
});
process.stdout.write('done\n');
await store.close();
