import { maskIds } from '@dieule/adapter-xlsx';
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { ExitCode, UsageError } from './exit-codes.js';
import type { Io } from './io.js';

/** Version printed by `dieule --version`. */
export const VERSION = '0.1.0';

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Never calls `process.exit`.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exit: number = ExitCode.OK;
  const program = new Command('dieule')
    .description('Rules of Vietnamese Party organization-building work, cited and dated')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  const ctx = {
    io,
    setExit(code: number) {
      exit = code;
    },
  };
  for (const register of commands) register(program, ctx);
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return ExitCode.OK;
      return ExitCode.USAGE; // commander already printed its one-line reason
    }
    // error lines never carry a full citizen ID, whatever the input held
    if (e instanceof UsageError) {
      io.stderr.write(`dieule: ${maskIds(e.message)}\n`);
      return ExitCode.USAGE;
    }
    const vi = !argv.includes('en');
    io.stderr.write(
      `dieule: ${vi ? 'lỗi nội bộ' : 'internal error'}: ${maskIds(e instanceof Error ? e.message : String(e))}\n`,
    );
    return ExitCode.USAGE;
  }
}
