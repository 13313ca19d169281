import { label, PLACEHOLDER_DOMAINS } from '../i18n/labels.js';
import { maskCitizenId } from '../identity/citizen-id.js';
import type { Locale } from '../legal/types.js';
import type { FactValue } from './types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID_RUN = /\d{9,}/;
const ID_RUNS = /\d{9,}/g;

/**
 * A string with every run of 9 or more digits masked (`001*******23`): a citizen ID (or an old 9-digit ID) never
 * shows in full in a message or a fact, whatever field it was typed in.
 * @example
 * maskIds('DV CCCD 001090000123') // 'DV CCCD 001*******23'
 */
export function maskIds(text: string): string {
  return ID_RUN.test(text) ? text.replace(ID_RUNS, maskCitizenId) : text;
}

/** Facts with ID numbers masked in every string (nested values too); the same object when there is none. */
export function maskFacts<T extends Readonly<Record<string, FactValue>>>(facts: T): T {
  // Nearly every issue's facts hold no ID number: look first, without building anything (issue 15's profile).
  if (!holdsIdRun(facts)) return facts;
  let changed = false;
  const walk = (v: FactValue): FactValue => {
    if (typeof v === 'string') {
      const m = maskIds(v);
      if (m !== v) changed = true;
      return m;
    }
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x as FactValue)]));
  };
  const out = walk(facts) as T;
  return changed ? out : facts;
}

/** True when some string in the value (nested values too) holds a run of digits an ID number could be. */
function holdsIdRun(v: unknown): boolean {
  if (typeof v === 'string') return ID_RUN.test(v);
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (holdsIdRun(v[i])) return true;
    return false;
  }
  for (const k in v) if (Object.hasOwn(v, k) && holdsIdRun((v as Record<string, unknown>)[k])) return true;
  return false;
}

/** One value as a message shows it in a locale: enum labels by placeholder name, dates dd/mm/yyyy in Vietnamese. */
export function formatValue(name: string, v: FactValue, locale: Locale): string {
  if (v === null) return '—';
  if (typeof v === 'string') {
    const domain = PLACEHOLDER_DOMAINS[name];
    const l = domain ? label(domain, v, locale) : undefined;
    if (l !== undefined) return l;
    if (locale === 'vi' && ISO_DATE.test(v)) return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
    return maskIds(v);
  }
  if (typeof v === 'number') return locale === 'vi' ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'boolean') return locale === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.map((x) => formatValue(name, x, locale)).join(', ');
  return Object.entries(v)
    .map(([k, x]) => `${k}: ${formatValue(k, x as FactValue, locale)}`)
    .join(', ');
}

/**
 * Fills `{name}` placeholders. Unknown names stay visible (`{name}`) so that a missing value is seen, not hidden.
 * With a locale, values are formatted for it ({@link formatValue}); without one they are shown as given.
 * @example
 * renderTemplate('Tuổi {age} < {min}', { age: '17 năm 11 tháng', min: 18 }) // 'Tuổi 17 năm 11 tháng < 18'
 * renderTemplate('Ngày {date}, giới tính {sex}', { date: '2025-07-01', sex: 'female' }, 'vi') // 'Ngày 01/07/2025, giới tính nữ'
 */
export function renderTemplate(
  template: string,
  args: Readonly<Record<string, FactValue>> | undefined,
  locale?: Locale,
): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = Object.hasOwn(args, name) ? args[name] : undefined;
    if (v === undefined) return whole;
    if (locale) return formatValue(name, v, locale);
    if (v === null) return '—';
    return maskIds(typeof v === 'object' ? JSON.stringify(v) : String(v));
  });
}
