import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { cliText } from '../src/i18n/index.js';
import { hoistLocale } from '../src/main.js';
import { run } from './helpers.js';

const exec = promisify(execFile);
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const trace = fileURLToPath(new URL('./fixtures/trace-imports.mjs', import.meta.url));

/** The bare packages `dieule <argv>` imports, run from source as a user would run the binary (issue 15). */
async function importsOf(argv: string[]): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'dieule-trace-')), 'trace.txt');
  writeFileSync(file, '');
  await exec(process.execPath, ['--conditions=@dieule/source', '--import', 'tsx', '--import', trace, cli, ...argv], {
    env: { ...process.env, DIEULE_TRACE: file },
  });
  return [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))];
}

describe('startup: --version and --help load no command module (issue 15)', () => {
  it('`dieule --version` imports nothing but the entry, `--help` only commander', async () => {
    const version = await importsOf(['--version']);
    expect(version.filter((s) => s !== 'tsx' && !s.startsWith('tsx/'))).toEqual([]);
    const help = await importsOf(['--help']);
    expect(help.filter((s) => s.startsWith('@dieule/') || s === 'zod' || s === 'exceljs')).toEqual([]);
    expect(help).toContain('commander');
    // the command being run is loaded
    expect(await importsOf(['rules', '--json'])).toContain('@dieule/core');
  });

  it('every table entry matches what its module registers (name, description, usage in the help)', async () => {
    const help = new Help();
    for (const entry of commands) {
      const program = new Command('dieule');
      (await entry.load())(program, { io: undefined as never, setExit() {} });
      const cmd = program.commands.find((c) => c.name() === entry.name);
      expect(cmd, entry.name).toBeDefined();
      expect(cmd!.description(), entry.name).toBe(cliText('vi', entry.description));
      expect(help.subcommandTerm(cmd!), entry.name).toBe(`${entry.name} ${entry.usage}`.trim());
    }
  });

  it('the program help lists every command with its usage, the same as when all modules are loaded', async () => {
    const { stdout } = await run(['--help', '--locale', 'en']);
    expect(stdout).toMatch(/^ {2}check \[options\] <file> +Validate JSON/m);
    expect(stdout).toMatch(/^ {2}ranking +Annual quality ranking/m);
    for (const entry of commands) expect(stdout).toMatch(new RegExp(`^  ${entry.name}\\b`, 'm'));
  });
});

describe('`dieule --locale en <cmd>` applies the locale to the command (issue 16)', () => {
  it('moves a leading --locale after the command, before a `--`', () => {
    expect(hoistLocale(['--locale', 'en', 'rules'])).toEqual(['rules', '--locale', 'en']);
    expect(hoistLocale(['--locale=en', 'check', 'f.json', '--', 'x'])).toEqual([
      'check',
      'f.json',
      '--locale=en',
      '--',
      'x',
    ]);
    expect(hoistLocale(['rules', '--locale', 'en'])).toEqual(['rules', '--locale', 'en']);
    expect(hoistLocale(['--locale', 'en'])).toEqual([]);
  });

  it('runs the command in English instead of printing the program help', async () => {
    const before = await run(['--locale', 'en', 'rules']);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe((await run(['rules', '--locale', 'en'])).stdout);
    expect(before.stdout).not.toMatch(/Usage:/);
    const err = await run(['--locale', 'en', 'check', '/no/such/file.json']);
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/cannot read/);
    const bare = await run(['--locale', 'en']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage:');
  });
});
