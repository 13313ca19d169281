import type { z } from 'zod';
import type { CivilDate } from '../date/civil-date.js';
import { kernelLocales } from '../i18n/index.js';
import type { Locale } from '../legal/types.js';
import { maskIds, renderTemplate } from './message.js';
import type { Parameter, ParameterValue } from './parameter.js';
import type { RuleDefinition } from './rule.js';
import type { Facts, FactValue, Issue, Provenance } from './types.js';

/** Where a record came from (set by adapters): used to point issues at cells. */
export interface SourceLocation {
  readonly file?: string;
  readonly sheet?: string;
  readonly row?: number;
  /** Map from a record path joined with `.` (`birthDate`, `events.2.date`) to a cell reference (`DS!C12`). */
  readonly cells?: Readonly<Record<string, string>>;
}

/** The day after a civil date (small local helper: keeps the date module out of the engine's hot path). */
export const dayAfter = (d: CivilDate): CivilDate => {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  const dim =
    m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  const [ny, nm, nd] = day < dim ? [y, m, day + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}` as CivilDate;
};

/**
 * The parameter with `values` in force over their windows; the base values keep the days the amendment does not
 * cover (before it, and after an amendment that ends).
 */
export function amendParameter(base: Parameter, values: Parameter['values']): Parameter {
  if (!values.length) return base;
  const windows = values.map((v) => ({ from: v.from, to: v.to ?? null }));
  const kept: ParameterValue[] = [];
  for (const v of base.values) {
    let pieces: { from: CivilDate; to: CivilDate | null }[] = [{ from: v.from, to: v.to ?? null }];
    for (const w of windows)
      pieces = pieces.flatMap((p) => {
        const overlaps = (p.to == null || p.to >= w.from) && (w.to == null || w.to >= p.from);
        if (!overlaps) return [p];
        const out: { from: CivilDate; to: CivilDate | null }[] = [];
        if (p.from < w.from) out.push({ from: p.from, to: prevDay(w.from) });
        if (w.to != null && (p.to == null || p.to > w.to)) out.push({ from: dayAfter(w.to), to: p.to });
        return out;
      });
    for (const piece of pieces) kept.push({ ...v, from: piece.from, to: piece.to });
  }
  return { ...base, values: [...kept, ...values].sort((a, b) => (a.from < b.from ? -1 : 1)) };
}

export function prevDay(d: CivilDate): CivilDate {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  if (day > 1) return `${d.slice(0, 8)}${String(day - 1).padStart(2, '0')}` as CivilDate;
  const pm = m === 1 ? 12 : m - 1;
  const py = m === 1 ? y - 1 : y;
  const dim =
    pm === 2 ? ((py % 4 === 0 && py % 100 !== 0) || py % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(pm) ? 30 : 31;
  return `${String(py).padStart(4, '0')}-${String(pm).padStart(2, '0')}-${dim}` as CivilDate;
}

export function withLocation(issue: Issue, location: SourceLocation | undefined): Issue {
  if (!location) return issue;
  const cells = location.cells;
  if (cells) {
    for (let n = issue.path.length; n >= 0; n--) {
      const cell = cells[issue.path.slice(0, n).join('.')];
      if (cell) return { ...issue, location: cell };
    }
  }
  const where =
    location.sheet && location.row != null
      ? `${location.sheet}!${location.row}`
      : location.row != null
        ? `row ${location.row}`
        : location.file;
  return where ? { ...issue, location: where } : issue;
}

export function internalIssue(
  def: RuleDefinition,
  provenance: Provenance,
  record: string | number,
  locale: Locale,
  e: unknown,
  location: SourceLocation | undefined,
): Issue {
  const detail = errorDetail(e);
  return withLocation(
    {
      ruleId: 'record.internal',
      severity: 'error',
      path: [],
      message: renderTemplate(kernelLocales[locale]['rule.internal'], { rule: def.id, detail }, locale),
      messageId: 'rule.internal',
      citations: [],
      facts: { rule: def.id, detail } satisfies Facts,
      provenance,
      record,
    },
    location,
  );
}

/**
 * What a caught error says, safe to put in an issue: never throws (a thrown Proxy or an object whose `toString`
 * throws), truncated, ID numbers masked.
 */
export function errorDetail(e: unknown): string {
  let text: string;
  try {
    text = e instanceof Error ? String(e.message) : typeof e === 'string' ? e : `(${kindOf(e)})`;
  } catch {
    text = '(unreadable error)';
  }
  return maskIds(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

/** The JSON kind of a value (`string`, `number`, `array`, `null`, …), never the value itself. */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  try {
    if (Array.isArray(v)) return 'array';
  } catch {
    return 'object'; // a revoked Proxy
  }
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v;
}

export { maskIds } from './message.js';

export function describeZodIssue(zi: z.core.$ZodIssue): {
  key: keyof typeof kernelLocales.vi;
  args: Record<string, FactValue>;
} {
  const field = zi.path.length ? zi.path.join('.') : '(record)';
  switch (zi.code) {
    case 'invalid_type':
      // zod reports the input only with `reportInput: true` (the engine sets it): no input key = the field is absent.
      // Only the input's kind is kept, never its value (it may be a citizen ID).
      if (!('input' in zi) || zi.input === undefined) return { key: 'schema.required', args: { field } };
      return { key: 'schema.invalid_type', args: { field, expected: String(zi.expected), received: kindOf(zi.input) } };
    case 'too_small':
      return { key: 'schema.too_small', args: { field, minimum: String(zi.minimum) } };
    case 'too_big':
      return { key: 'schema.too_big', args: { field, maximum: String(zi.maximum) } };
    case 'invalid_format':
      return { key: 'schema.invalid_format', args: { field, format: String(zi.format) } };
    case 'invalid_value':
      return {
        key: 'schema.invalid_value',
        args: { field, values: zi.values.map((v) => JSON.stringify(v)).join(', ') },
      };
    case 'unrecognized_keys':
      return { key: 'schema.unrecognized_keys', args: { field, keys: zi.keys.join(', ') } };
    case 'invalid_union':
      return { key: 'schema.invalid_union', args: { field } };
    default:
      return { key: 'schema.other', args: { field, detail: maskIds(zi.message) } };
  }
}
