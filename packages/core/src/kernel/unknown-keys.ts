import type { z } from 'zod';
import { renderTemplate } from './message.js';
import type { Path } from './types.js';

/** A key the schema does not know, with the nearest known key when one is close. */
export interface UnknownKey {
  readonly path: Path;
  readonly key: string;
  readonly suggestion: string | undefined;
}

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly in?: z.ZodType;
  readonly getter?: () => z.ZodType;
  readonly values?: readonly unknown[];
}
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } })?._zod?.def;

/** Edit distance, case-insensitive (a case slip like `citizenID` is distance 0). */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (x[i - 1] === y[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[y.length]!;
}

/**
 * The known key nearest to `key` (within 2 edits, or a third of its length), if any.
 * @example
 * didYouMean('citizenID', ['fullName', 'citizenId']) // 'citizenId'
 */
export function didYouMean(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let score = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const k of known) {
    const d = distance(key, k);
    if (d < score) {
      score = d;
      best = k;
    }
  }
  return best;
}

/**
 * Keys of `value` that `schema` does not know and would drop silently (plain zod objects strip unknown keys).
 * Strict objects are left to zod (they already report), loose ones keep their keys. Walks objects, arrays,
 * optional / default wrappers and discriminated unions. Never throws; stops at depth 64.
 */
export function unknownKeys(schema: z.ZodType, value: unknown): UnknownKey[] {
  const out: UnknownKey[] = [];
  walk(schema, value, [], out, 0);
  return out;
}

/** Each discriminated union's option by tag, found once (a member history has dozens of event types). */
const OPTIONS = new WeakMap<Def, Map<unknown, z.ZodType>>();

function optionFor(def: Def, disc: string, tag: unknown): z.ZodType | undefined {
  let byTag = OPTIONS.get(def);
  if (!byTag) {
    byTag = new Map();
    OPTIONS.set(def, byTag);
  }
  const known = byTag.get(tag);
  if (known) return known;
  const option = def.options?.find((o) => defOf(defOf(o)?.shape?.[disc])?.values?.includes(tag));
  // only tags the union knows are remembered: the map stays as small as the union, whatever the input holds
  if (option) byTag.set(tag, option);
  return option;
}

function walk(schema: unknown, value: unknown, path: (string | number)[], out: UnknownKey[], depth: number): void {
  if (depth > 64 || value === null || typeof value !== 'object') return;
  const def = defOf(schema);
  if (!def) return;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      walk(def.innerType, value, path, out, depth + 1);
      return;
    case 'pipe':
      walk(def.in, value, path, out, depth + 1);
      return;
    case 'lazy':
      if (def.getter) walk(def.getter(), value, path, out, depth + 1);
      return;
    case 'array':
      if (Array.isArray(value))
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          walk(def.element, value[i], path, out, depth + 1);
          path.pop();
        }
      return;
    case 'union': {
      const disc = def.discriminator;
      if (!disc || Array.isArray(value)) return;
      const tag = (value as Record<string, unknown>)[disc];
      const option = optionFor(def, disc, tag);
      if (option) walk(option, value, path, out, depth + 1);
      return;
    }
    case 'object': {
      if (Array.isArray(value) || !def.shape) return;
      const v = value as Record<string, unknown>;
      for (const k in v) {
        if (!Object.hasOwn(v, k)) continue;
        const field = def.shape[k];
        if (field) {
          const f = v[k];
          if (f === null || typeof f !== 'object') continue;
          path.push(k);
          walk(field, f, path, out, depth + 1);
          path.pop();
        } else if (!def.catchall)
          out.push({ path: [...path, k], key: k, suggestion: didYouMean(k, Object.keys(def.shape)) });
      }
      return;
    }
    default:
      return;
  }
}

const TEMPLATES = {
  vi: {
    plain: 'Trường "{field}" không có trong định dạng hồ sơ nên bị bỏ qua.',
    suggest: 'Trường "{field}" không có trong định dạng hồ sơ nên bị bỏ qua; có phải là "{suggestion}"?',
  },
  en: {
    plain: 'Field "{field}" is not part of the record format and is ignored.',
    suggest: 'Field "{field}" is not part of the record format and is ignored; did you mean "{suggestion}"?',
  },
} as const;

/** The message of an unknown key in a locale. */
export function unknownKeyMessage(u: UnknownKey, locale: 'vi' | 'en'): string {
  const field = u.path.join('.');
  return renderTemplate(TEMPLATES[locale][u.suggestion ? 'suggest' : 'plain'], {
    field,
    suggestion: u.suggestion ?? null,
  });
}
