import { maskIds } from '@dieule/adapter-xlsx';
import { type Argument, Command, CommanderError, Help, type Option } from 'commander';
import { commands } from './commands/index.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { type CliKey, cliText } from './i18n/index.js';
import type { Io } from './io.js';

/** Version printed by `dieule --version`. */
export const VERSION = '0.1.0';

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Never calls `process.exit`.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exit: number = ExitCode.OK;
  const locale = cliLocale(argv);
  const T = (k: CliKey, args?: Readonly<Record<string, string | number>>) => cliText(locale, k, args);
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(commanderLine(s, locale)),
  };
  const program = new Command('dieule')
    .description(T('program.description'))
    .version(VERSION, '-V, --version', T('program.version'))
    .helpOption('-h, --help', T('program.help'))
    .helpCommand('help [command]', T('program.helpCommand'))
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput(output)
    .configureHelp(helpIn(locale));
  const ctx = {
    io,
    locale,
    setExit(code: number) {
      exit = code;
    },
  };
  for (const register of commands) register(program, ctx);
  const everyCommand = (cs: readonly Command[]): Command[] => cs.flatMap((c) => [c, ...everyCommand(c.commands)]);
  for (const c of everyCommand(program.commands))
    c.exitOverride().configureOutput(output).helpOption('-h, --help', T('program.help'));
  for (const c of everyCommand(program.commands)) {
    if (c.commands.length) c.helpCommand('help [command]', T('program.helpCommand'));
    // every command takes --locale, if only for the language of its help and error lines
    else if (!c.options.some((o) => o.long === '--locale')) c.option('--locale <vi|en>', T('opt.locale'), 'vi');
  }
  // bare `dieule`: nothing was asked, so nothing was done: help on stderr and exit 2
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return ExitCode.USAGE;
  }
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
    io.stderr.write(
      `dieule: ${T('program.internal', { detail: maskIds(e instanceof Error ? e.message : String(e)) })}\n`,
    );
    return ExitCode.USAGE;
  }
}

/** `--locale en` / `--locale=en` anywhere on the command line switches help and error lines to English. */
function cliLocale(argv: readonly string[]): 'vi' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--locale' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--locale=en') return 'en';
  }
  return 'vi';
}

const HELP_TITLES: Readonly<Record<string, CliKey>> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

/** Commander's help, with its titles, `[options]` and `(default: …)` words taken from the locale files. */
function helpIn(locale: 'vi' | 'en'): Partial<Help> {
  const T = (k: CliKey, args?: Readonly<Record<string, string>>) => cliText(locale, k, args);
  const extras = (text: string) =>
    text
      .replace(/ \(default: \[\]\)$/, '')
      .replace(/\(default: (.*?)\)$/, (_, v: string) => `(${T('help.default', { value: v })})`)
      .replace(/\(choices: (.*?)\)$/, (_, v: string) => `(${T('help.choices', { value: v })})`);
  return {
    styleTitle: (title: string) => (HELP_TITLES[title] ? T(HELP_TITLES[title]) : title),
    styleOptionText: (word: string) => (word === '[options]' ? T('help.optionsWord') : word),
    styleSubcommandText: (word: string) => (word === '[command]' ? T('help.commandWord') : word),
    styleArgumentText: (word: string) => (word === '[command]' ? T('help.commandWord') : word),
    optionDescription(this: Help, option: Option) {
      return extras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}

/** Commander's own error patterns and the locale key each becomes (its groups are the key's placeholders). */
const COMMANDER_LINES: readonly [RegExp, CliKey, readonly string[]][] = [
  [/^error: unknown option '([^']*)'/, 'commander.unknownOption', ['flag']],
  [/^error: unknown command '([^']*)'/, 'commander.unknownCommand', ['name']],
  [/^error: missing required argument '([^']*)'/, 'commander.missingArgument', ['name']],
  [/^error: option '([^']*)' argument missing/, 'commander.optionArgumentMissing', ['flag']],
  [/^error: required option '([^']*)' not specified/, 'commander.requiredOption', ['flag']],
  [
    /^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./,
    'commander.tooManyArgumentsFor',
    ['name', 'expected', 'got'],
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
    'commander.tooManyArguments',
    ['expected', 'got'],
  ],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, 'commander.invalidArgument', ['flag', 'value']],
  [/^error: (.*?) cannot be used with (.*)$/m, 'commander.conflict', ['a', 'b']],
];

/**
 * One of commander's error lines in the command line's language, rebuilt from the locale files (with the
 * "did you mean" hint), so `--locale en` and the Vietnamese default read the same way. Citizen IDs are masked.
 */
export function commanderLine(line: string, locale: 'vi' | 'en'): string {
  const T = (k: CliKey, args?: Readonly<Record<string, string>>) => cliText(locale, k, args);
  const hint = /\(Did you mean (.*?)\?\)/.exec(line);
  const tail = hint ? `\n${T('commander.didYouMean', { suggestion: hint[1]! })}` : '';
  for (const [re, key, names] of COMMANDER_LINES) {
    const m = re.exec(line);
    if (!m) continue;
    const args = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
    return `${maskIds(T(key, args))}${tail}\n`;
  }
  const other = /^error: (.*)$/s.exec(line.trimEnd());
  return other ? `${maskIds(T('commander.other', { detail: other[1]! }))}\n` : maskIds(line);
}

/** Commander's own error lines, in Vietnamese. */
export function commanderVi(line: string): string {
  return commanderLine(line, 'vi');
}
