import { maskCitizenId } from '@dieule/core/identity';

/**
 * Digit runs that look like a citizen ID: 12 digits (số định danh cá nhân / CCCD) or 9 digits (old CMND), possibly
 * written in groups of three with spaces, dots or dashes. Not part of a longer digit run.
 */
const ID_RUN = /(?<![\d])(?:\d{3}[ .-]?\d{3}[ .-]?\d{3}[ .-]?\d{3}|\d{3}[ .-]?\d{3}[ .-]?\d{3})(?![\d])/g;

/**
 * Masks every citizen-ID-like digit run in a text (`079203001234` → `079*******34`), whatever field it came from.
 * @example
 * maskIds('Ngày sinh “079203001234” không hợp lệ') // 'Ngày sinh “079*******34” không hợp lệ'
 */
export function maskIds(text: string): string {
  if (!/\d{3}/.test(text)) return text;
  return text.replace(ID_RUN, (m) => maskCitizenId(m.replace(/[ .-]/g, '')));
}

/**
 * A run of at least nine digits joined only by single spaces, dots or dashes: every match of `ID_RUN` is one, so a
 * text without such a run holds no citizen ID (no regex, no allocation). Dates (`2026-11-23`, eight digits) and
 * several short numbers in one text do not send it to the regex.
 */
function mayHoldId(text: string): boolean {
  let digits = 0;
  let sep = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 9) return true;
      sep = false;
    } else if (digits > 0 && !sep && (c === 32 || c === 46 || c === 45)) sep = true;
    else {
      digits = 0;
      sep = false;
    }
  }
  return false;
}

/** True when some string inside the value may hold a citizen ID (a walk that allocates nothing). */
function needsMask(value: unknown): boolean {
  if (typeof value === 'string') return mayHoldId(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (needsMask(value[i])) return true;
    return false;
  }
  for (const k in value) if (Object.hasOwn(value, k) && needsMask((value as Record<string, unknown>)[k])) return true;
  return false;
}

/** Masks citizen IDs in every string inside a value (messages, facts, locations, echoes), copying only when needed. */
export function maskDeep<T>(value: T): T {
  // most values hold no run of nine digits: answered by a walk that allocates nothing
  if (!needsMask(value)) return value;
  return maskCopy(value);
}

function maskCopy<T>(value: T): T {
  if (typeof value === 'string') return maskIds(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const m = maskCopy(v);
      if (m !== v) changed = true;
      return m;
    });
    return (changed ? out : value) as T;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = maskCopy(v);
      if (m !== v) changed = true;
      out[k] = m;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
