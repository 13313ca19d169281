import { isCivilDate } from '@dieule/core/date';
import { UsageError } from './exit-codes.js';
import { cliText } from './i18n/index.js';
import type { Io } from './io.js';

/** `--as-of`: a civil date, default today in Vietnam. */
export function asOfOption(
  io: Io,
  value: string | undefined,
  locale: 'vi' | 'en' = 'vi',
): `${number}-${number}-${number}` {
  const v = value ?? io.today();
  if (!isCivilDate(v)) throw new UsageError(cliText(locale, 'err.asOf', { value: v }));
  return v;
}

/** `--locale`: vi (default) or en. */
export function localeOption(value: string | undefined): 'vi' | 'en' {
  const v = value ?? 'vi';
  if (v !== 'vi' && v !== 'en') throw new UsageError(cliText('vi', 'err.locale', { value: v }));
  return v;
}

/** `--format`: one of the allowed values. */
export function formatOption<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  locale: 'vi' | 'en' = 'vi',
): T {
  const v = (value ?? fallback) as T;
  if (!allowed.includes(v))
    throw new UsageError(cliText(locale, 'err.format', { allowed: allowed.join(', '), value: v }));
  return v;
}

/** Collects a repeatable option (`--plugin a --plugin b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
