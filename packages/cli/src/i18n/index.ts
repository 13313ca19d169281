import { en } from './en.js';
import { type CliMessages, vi } from './vi.js';

/** The CLI's help texts and error lines by locale. Add a locale with a file and a line here; a test checks every key. */
export const cliLocales: Readonly<Record<'vi' | 'en', CliMessages>> = { vi, en };
export type { CliMessages };
export type CliKey = keyof CliMessages;

/** A CLI text in `locale`, its `{name}` placeholders filled from `args`. */
export function cliText(
  locale: 'vi' | 'en' | undefined,
  key: CliKey,
  args: Readonly<Record<string, string | number>> = {},
): string {
  return cliLocales[locale ?? 'vi'][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in args ? String(args[name]) : m,
  );
}

/** The reason for a failed read or write, in words (`ENOENT` → "no such file"), or the system code when unknown. */
export function ioReason(locale: 'vi' | 'en' | undefined, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR')
    return cliText(locale, `err.${code}`);
  return code ?? String(e);
}
