import { isCivilDate } from '@dieule/core/date';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';

/** `--as-of`: a civil date, default today in Vietnam. */
export function asOfOption(io: Io, value: string | undefined): `${number}-${number}-${number}` {
  const v = value ?? io.today();
  if (!isCivilDate(v)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${v}"`);
  return v;
}

/** `--locale`: vi (default) or en. */
export function localeOption(value: string | undefined): 'vi' | 'en' {
  const v = value ?? 'vi';
  if (v !== 'vi' && v !== 'en') throw new UsageError(`--locale must be vi or en, got "${v}"`);
  return v;
}

/** `--format`: one of the allowed values. */
export function formatOption<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  const v = (value ?? fallback) as T;
  if (!allowed.includes(v)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${v}"`);
  return v;
}

/** Collects a repeatable option (`--plugin a --plugin b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
