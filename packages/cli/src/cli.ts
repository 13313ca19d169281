#!/usr/bin/env node
import { todayInVietnam } from './io.js';
import { main } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  today: () => todayInVietnam(),
}).then((code) => {
  process.exitCode = code;
});
