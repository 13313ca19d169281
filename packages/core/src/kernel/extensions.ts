import { z } from 'zod';
import type { RecordKind } from './record-kind.js';
import type { Provenance } from './types.js';

/** True for zod schemas (and other Standard Schemas): they cache lazily and must not be frozen. */
const isSchema = (v: object): boolean => '_zod' in v || '~standard' in v;

/**
 * Freezes plain objects and arrays all the way down, in place, and returns the value. Functions, zod schemas and
 * class instances (maps, registries) are left alone. Used so that a plugin cannot change core rules, parameters or
 * documents, nor the record another rule is judging.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (value === null || typeof value !== 'object') return value;
  const o = value as object;
  if (seen.has(o) || deepFrozen.has(o) || isSchema(o)) return value;
  const proto = Object.getPrototypeOf(o);
  if (!Array.isArray(o) && proto !== Object.prototype && proto !== null) return value;
  seen.add(o);
  for (const k of Object.keys(o)) deepFreeze((o as Record<string, unknown>)[k], seen);
  Object.freeze(o);
  deepFrozen.add(o);
  return value;
}

/** Objects already frozen all the way down (so that building many engines from the core pack stays cheap). */
const deepFrozen = new WeakSet<object>();

/** A stable, JSON-safe description of a zod schema for the rule-set hash. */
export function schemaFingerprint(schema: unknown): unknown {
  try {
    return z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' });
  } catch {
    return String(schema);
  }
}

/**
 * A record kind with extra fields. The base schema must be a zod object; a field may not shadow a base field, and
 * must accept `undefined` (an extension never turns a core-valid record invalid). Returns the kind or a problem.
 */
export function extendRecordKind(
  base: RecordKind,
  fields: Readonly<Record<string, unknown>>,
  owner: string,
): { kind: RecordKind } | { problem: string } {
  const schema = base.schema as unknown as { shape?: Record<string, unknown>; extend?: (f: object) => z.ZodType };
  if (!schema.shape || typeof schema.extend !== 'function')
    return { problem: `${owner} extends record kind "${base.kind}", whose schema is not an object` };
  for (const [name, field] of Object.entries(fields)) {
    if (name in schema.shape)
      return { problem: `${owner} adds field "${name}" to "${base.kind}", which already has it` };
    const f = field as { safeParse?: (v: unknown) => { success: boolean } };
    if (typeof f?.safeParse !== 'function')
      return { problem: `${owner} adds field "${name}" to "${base.kind}" without a zod schema` };
    if (!f.safeParse(undefined).success)
      return { problem: `${owner} adds field "${name}" to "${base.kind}": extension fields must be optional` };
  }
  return { kind: { ...base, schema: schema.extend(fields) } };
}

/** A record is in an organization scope when its `organization` is a listed code or sits under one. */
export function organizationScope(codes: readonly string[]): (record: unknown) => boolean {
  return (record) => {
    const org = (record as { organization?: unknown } | null)?.organization;
    if (typeof org !== 'string') return false;
    return codes.some((c) => org === c || (org.startsWith(c) && /[./-]/.test(org.charAt(c.length))));
  };
}

/** `core` or `plugin name@version`, for load-time messages. */
export function provenanceLabel(p: Provenance): string {
  return p.source === 'core' ? 'core' : `plugin ${p.name}@${p.version}`;
}
