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

/** Masks citizen IDs in every string inside a value (messages, facts, locations, echoes), copying only when needed. */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskIds(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const m = maskDeep(v);
      if (m !== v) changed = true;
      return m;
    });
    return (changed ? out : value) as T;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = maskDeep(v);
      if (m !== v) changed = true;
      out[k] = m;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
