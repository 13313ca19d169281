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
  const locale = cliLocale(argv);
  const vi = locale === 'vi';
  const program = new Command('dieule')
    .description(
      vi
        ? 'Các quy định về công tác tổ chức xây dựng Đảng, có trích dẫn căn cứ và thời hiệu'
        : 'Rules of Vietnamese Party organization-building work, cited and dated',
    )
    .version(VERSION, '-V, --version', vi ? 'in số phiên bản' : 'output the version number')
    .helpOption('-h, --help', vi ? 'hiển thị trợ giúp' : 'display help for command')
    .helpCommand('help [command]', vi ? 'hiển thị trợ giúp của một lệnh' : 'display help for command')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(vi ? commanderVi(s) : s),
    });
  if (vi) program.configureHelp({ styleTitle: (t) => HELP_TITLES_VI[t] ?? t });
  const ctx = {
    io,
    locale,
    setExit(code: number) {
      exit = code;
    },
  };
  for (const register of commands) register(program, ctx);
  for (const c of program.commands)
    c.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(vi ? commanderVi(s) : s),
    });
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
      `dieule: ${vi ? 'lỗi nội bộ' : 'internal error'}: ${maskIds(e instanceof Error ? e.message : String(e))}\n`,
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

const HELP_TITLES_VI: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tùy chọn chung:',
};

/** Commander's own error lines, in Vietnamese. */
export function commanderVi(line: string): string {
  const rules: [RegExp, string][] = [
    [/^error: unknown option '([^']*)'(.*)$/s, "lỗi: không có tùy chọn '$1'$2"],
    [/^error: unknown command '([^']*)'(.*)$/s, "lỗi: không có lệnh '$1'$2"],
    [/^error: missing required argument '([^']*)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
    [/^error: option '([^']*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
    [/^error: too many arguments(.*)$/s, 'lỗi: thừa tham số$1'],
    [/^error: /, 'lỗi: '],
  ];
  for (const [re, to] of rules) if (re.test(line)) return line.replace(re, to).replace('(Did you mean', '(Có phải là');
  return line;
}
