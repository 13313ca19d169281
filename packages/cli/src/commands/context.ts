import type { Command } from 'commander';
import type { ExitCode } from '../exit-codes.js';
import { type CliKey, cliText } from '../i18n/index.js';
import type { Io } from '../io.js';

/** What a command module gets: the program to add itself to, the streams, and a way to set the exit code. */
export interface CommandContext {
  readonly io: Io;
  /** Language of help and error lines: `vi` unless the command line says `--locale en`. */
  readonly locale?: 'vi' | 'en';
  setExit(code: ExitCode): void;
}

/** A command module: one file per command (or command group) in `src/commands/`. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/** Writes JSON with a trailing newline. */
export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The command's texts in the language of the command line (`--locale en`, else Vietnamese). */
export function textsOf(
  ctx: CommandContext,
): (key: CliKey, args?: Readonly<Record<string, string | number>>) => string {
  return (key, args) => cliText(ctx.locale, key, args);
}
