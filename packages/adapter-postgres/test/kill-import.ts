// Child process of kill.test.ts: imports a roster in batches of `batchRows` and kills ITSELF (SIGKILL, no cleanup)
// inside the transaction of the batch that would bring the accounted rows to `killAt`: its rows are written, not
// committed. A deterministic point, whatever the machine's load.
import { importRoster, openStore } from '../src/index.js';

const [file, target, batchRows, killAt] = process.argv.slice(2) as [string, string, string, string];
const store = target.startsWith('postgres://')
  ? await openStore({ url: target.split('#')[0]!, schema: target.split('#')[1]! })
  : await openStore({ dataDir: target });
await store.migrate();
await importRoster(store, file, {
  asOf: '2026-06-30',
  batchRows: Number(batchRows),
  beforeCommit: (n) => {
    if (n >= Number(killAt)) process.kill(process.pid, 'SIGKILL');
  },
  onProgress: (n) => process.stdout.write(`progress ${n}\n`),
});
process.stdout.write('done\n');
await store.close();
