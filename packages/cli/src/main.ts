import { type Argument, Command, CommanderError, Help, type Option } from 'commander';
import { type CommandEntry, commands } from './commands/index.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { type CliKey, cliText } from './i18n/index.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

export { VERSION };

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Never calls `process.exit`.
 *
 * Only the module of the command being run is loaded (see `commands/index.ts`); the others are listed in the
 * program's help from their table entry, so `--version` and `--help` load neither core nor the adapters.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const locale = cliLocale(argv);
  argv = hoistLocale(argv);
  let exit: number = ExitCode.OK;
  const T = (k: CliKey, args?: Readonly<Record<string, string | number>>) => cliText(locale, k, args);
  // commander's error lines wait here until the masking module is loaded (it is not needed for help or version)
  const pending: string[] = [];
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string) => pending.push(s),
  };
  const stubs = new Map<Command, CommandEntry>();
  const program = new Command('dieule')
    .description(T('program.description'))
    .version(VERSION, '-V, --version', T('program.version'))
    .helpOption('-h, --help', T('program.help'))
    .helpCommand('help [command]', T('program.helpCommand'))
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput(output)
    .configureHelp(helpIn(locale, stubs));
  const ctx = {
    io,
    locale,
    setExit(code: number) {
      exit = code;
    },
  };
  const wanted = commandNamed(argv);
  for (const entry of commands) {
    if (entry.name === wanted) (await entry.load())(program, ctx);
    else stubs.set(program.command(entry.name).description(T(entry.description)), entry);
  }
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
    const asked =
      e instanceof CommanderError &&
      (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help');
    if (asked && pending.length === 0) return ExitCode.OK;
    // error lines never carry a full citizen ID, whatever the input held
    const { commanderLine, maskIds } = await import('./commander-lines.js');
    for (const line of pending.splice(0)) io.stderr.write(commanderLine(line, locale));
    if (e instanceof CommanderError) return asked ? ExitCode.OK : ExitCode.USAGE; // commander gave its reason above
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

/**
 * `dieule --locale en rules` means `dieule rules --locale en`: a `--locale` given before the command name is moved
 * after the command's arguments (before a `--`), where the command's own option reads it.
 */
export function hoistLocale(argv: readonly string[]): readonly string[] {
  const moved: string[] = [];
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('--locale')) {
    if (argv[i] === '--locale' && i + 1 < argv.length) {
      moved.push(argv[i]!, argv[i + 1]!);
      i += 2;
    } else if (argv[i]!.startsWith('--locale=')) moved.push(argv[i++]!);
    else break;
  }
  if (moved.length === 0) return argv;
  const rest = argv.slice(i);
  if (rest.length === 0) return rest; // `dieule --locale en`: nothing asked (help on stderr, exit 2, in English)
  const dashes = rest.indexOf('--');
  return dashes < 0 ? [...rest, ...moved] : [...rest.slice(0, dashes), ...moved, ...rest.slice(dashes)];
}

/** The top-level command the command line runs or asks help for (`help rules` → `rules`), if any. */
function commandNamed(argv: readonly string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

const HELP_TITLES: Readonly<Record<string, CliKey>> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

/**
 * Commander's help, with its titles, `[options]` and `(default: …)` words taken from the locale files; a command
 * whose module is not loaded shows the usage of its table entry.
 */
function helpIn(locale: 'vi' | 'en', stubs: ReadonlyMap<Command, CommandEntry>): Partial<Help> {
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
    subcommandTerm(this: Help, cmd: Command) {
      const stub = stubs.get(cmd);
      if (stub) return stub.usage ? `${stub.name} ${stub.usage}` : stub.name;
      return Help.prototype.subcommandTerm.call(this, cmd);
    },
    optionDescription(this: Help, option: Option) {
      return extras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}
