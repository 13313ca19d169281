#!/usr/bin/env node
import { VERSION } from './version.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // the version needs nothing else: no commander, no locale files
  process.stdout.write(`${VERSION}\n`);
} else {
  const [{ main }, { todayInVietnam }] = await Promise.all([import('./main.js'), import('./io.js')]);
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    today: () => todayInVietnam(),
  });
}
