import { readFile } from 'node:fs/promises';
import { UsageError } from './exit-codes.js';
import { cliText, ioReason } from './i18n/index.js';

/** Where a command reads and writes; tests pass buffers, the binary passes the process streams. */
export interface Io {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly stdin: AsyncIterable<string | Uint8Array>;
  readonly cwd: string;
  /** Today's date in Vietnam (UTC+7), the default `--as-of`. Injected so that tests do not depend on the clock. */
  readonly today: () => string;
  /** `dieule serve` hands its running server here instead of waiting for SIGTERM (tests close it themselves). */
  readonly onServe?: (server: { readonly port: number; close(): Promise<void> }) => void;
}

/** Reads a file, or standard input for `-`. Missing files are usage errors (exit 2). */
export async function readInput(io: Io, file: string, locale: 'vi' | 'en' = 'vi'): Promise<string> {
  if (file === '-') {
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of io.stdin)
      text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    return text;
  }
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(cliText(locale, 'err.cannotRead', { file, reason: ioReason(locale, e) }));
  }
}

/** Today's civil date in Vietnam (UTC+7), computed from the clock once, at the CLI boundary only. */
export function todayInVietnam(now = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}
