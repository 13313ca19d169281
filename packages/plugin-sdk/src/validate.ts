import { z } from 'zod';

/**
 * The structure a plugin must have, checked before anything is loaded. Functions and zod schemas are checked for
 * presence only; meaning (ids, citations, conflicts) is checked by `createEngine`.
 */
const text = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const date = z.iso.date();
const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'expected a function');
const zodSchema = z.custom<z.ZodType>(
  (v) => typeof v === 'object' && v !== null && '_zod' in v && typeof (v as z.ZodType).safeParse === 'function',
  'expected a zod schema (use `z` from @dieule/plugin-sdk)',
);
const confidence = z.enum(['verified', 'secondary', 'carried-over', 'recalled']);
const citation = z.object({
  document: z.string().min(1),
  article: z.string().optional(),
  clause: z.string().optional(),
  point: z.string().optional(),
  section: z.string().optional(),
});
const citations = z.array(citation);
const nonEmptyCitations = z.array(citation).min(1, 'cite at least one legal basis');
const severity = z.enum(['error', 'warning', 'info']);
const paramValue = z.object({
  from: date,
  to: date.nullable().optional(),
  value: z.unknown(),
  citations,
  confidence,
});
const parameter = z.object({ id: z.string().min(1), title: text, values: z.array(paramValue).min(1) });
const ruleVersion = z.object({
  from: date,
  to: date.nullable().optional(),
  citations: nonEmptyCitations,
  confidence,
  severity: severity.optional(),
  check: fn.optional(),
});
const rule = z.object({
  id: z.string().min(1),
  family: z.string().min(1),
  title: text,
  description: text.optional(),
  severity,
  appliesTo: z.array(z.string().min(1)).min(1),
  messages: z.record(z.string(), text).refine((m) => Object.keys(m).length > 0, 'a rule needs at least one message'),
  parameters: z.record(z.string(), parameter).optional(),
  select: fn,
  check: fn,
  versions: z.array(ruleVersion).min(1, 'a rule needs at least one version'),
});
const document = z.object({
  id: z.string().min(1),
  number: z.string().min(1),
  kind: z.enum([
    'charter',
    'regulation',
    'guidance',
    'directive',
    'conclusion',
    'resolution',
    'decree',
    'law',
    'local',
  ]),
  issuer: text,
  title: text,
  signed: date.nullable(),
  effective: z.object({ from: date.nullable(), to: date.nullable() }),
  confidence,
});
const after = z.array(z.string().min(1)).optional();
const amendment = z.object({
  parameter: z.string().min(1),
  rules: z.array(z.string().min(1)).optional(),
  basis: nonEmptyCitations,
  values: z
    .array(
      z.object({
        from: date,
        to: date.nullable().optional(),
        value: z.unknown(),
        citations: citations.optional(),
        confidence,
      }),
    )
    .min(1),
  stricter: z.union([z.enum(['lower', 'higher']), fn]).optional(),
  loosens: z.object({ reason: text }).optional(),
  after,
});
const exception = z.object({
  exceptionTo: z.string().min(1),
  replacedBy: z.string().min(1).optional(),
  from: date.optional(),
  reason: text,
  basis: nonEmptyCitations,
  after,
});
const targets = z.object({
  id: z.string().min(1),
  title: text,
  measure: z.union([
    z.literal('admissions'),
    z.object({ appliesTo: z.array(z.string()).min(1), count: fn, unit: text }),
  ]),
  basis: nonEmptyCitations,
  entries: z
    .array(
      z.object({
        organization: z.string().min(1),
        year: z.number().int().min(1930).max(2200),
        target: z.number().positive(),
      }),
    )
    .min(1),
});
const anniversary = z.object({
  monthDay: z.string().regex(/^\d{2}-\d{2}$/, 'expected MM-DD'),
  title: text,
  since: z.number().int().optional(),
  citations: citations.optional(),
});
const schedule = z.object({
  year: z.number().int(),
  version: z.string().min(1),
  holidays: z.array(z.string()),
  days: z.array(
    z.object({ date, kind: z.enum(['statutory', 'compensatory', 'swap', 'make-up']), holiday: z.string() }),
  ),
  sources: z.array(z.object({ title: z.string() })).min(1, 'an announced schedule needs its source'),
  confidence,
});

/** The structural schema of a plugin definition. */
export const pluginDefinitionSchema = z.object({
  name: z
    .string()
    .regex(/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/, 'expected a package-like name (`tinh-x`)'),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, 'expected a semantic version (`1.0.0`)'),
  namespace: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes')
    .optional(),
  title: text,
  description: text.optional(),
  scope: z.object({ description: text, organizations: z.array(z.string().min(1)).min(1) }).optional(),
  documents: z.array(document).optional(),
  rules: z.array(rule).optional(),
  parameters: z.array(parameter).optional(),
  recordKinds: z.array(z.object({ kind: z.string().min(1), title: text, schema: zodSchema })).optional(),
  amendments: z.array(amendment).optional(),
  exceptions: z.array(exception).optional(),
  extensions: z.record(z.string(), z.record(z.string(), zodSchema)).optional(),
  derive: z.array(z.object({ appliesTo: z.array(z.string()).min(1), derive: fn })).optional(),
  targets: z.array(targets).optional(),
  calendar: z
    .object({ schedules: z.array(schedule).optional(), anniversaries: z.array(anniversary).optional() })
    .optional(),
  locales: z.object({ vi: z.record(z.string(), z.string()), en: z.record(z.string(), z.string()) }).optional(),
  after,
});

/** Structural problems of a would-be plugin, as `path: message` lines (empty when well formed). */
export function structuralProblems(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return ['a plugin must be an object made with definePlugin({...})'];
  const r = pluginDefinitionSchema.safeParse(value);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(plugin)'}: ${i.message}`);
}
