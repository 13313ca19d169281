import { Readable } from 'node:stream';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';

/** Runs the CLI in-process with captured output. */
export async function run(argv: string[], stdin = '', today = '2026-11-23') {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([stdin]),
    cwd: process.cwd(),
    today: () => today,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
