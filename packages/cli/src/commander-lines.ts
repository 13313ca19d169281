import { maskIds } from '@dieule/adapter-xlsx';
import { type CliKey, cliText } from './i18n/index.js';

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

export { maskIds };
