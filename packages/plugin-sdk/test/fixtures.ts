import {
  defineParameter,
  defineRecordKind,
  defineRule,
  type PluginDefinition,
  type RulePack,
  z,
} from '../src/index.js';

/** A small core of our own, so that these tests do not move when the real core rules change (it cites the Charter, whose window is open). */
export const deadlineDays = defineParameter<number>({
  id: 'case.deadlineDays',
  title: { vi: 'Thời hạn', en: 'Deadline' },
  unit: 'days',
  values: [
    { from: '2020-01-01', value: 45, citations: [{ document: 'dieu-le-2011', article: '5' }], confidence: 'verified' },
  ],
});

export const caseSchema = z.object({
  kind: z.literal('case'),
  id: z.string(),
  organization: z.string().optional(),
  opened: z.iso.date(),
  days: z.number(),
});
export type Case = z.infer<typeof caseSchema>;
export const caseKind = defineRecordKind<Case>({
  kind: 'case',
  title: { vi: 'Hồ sơ', en: 'Case' },
  schema: caseSchema,
  idOf: (c) => c.id,
});

export const deadlineRule = defineRule<Case, Case, 'late', { max: typeof deadlineDays }>({
  id: 'case.deadline',
  family: 'test',
  title: { vi: 'Đúng hạn', en: 'On time' },
  severity: 'error',
  appliesTo: ['case'],
  parameters: { max: deadlineDays },
  messages: { late: { vi: 'Quá {max} ngày', en: 'More than {max} days' } },
  select: (c) => ({ value: c, actDate: c.opened as `${number}-${number}-${number}`, path: [] }),
  versions: [{ from: '2020-01-01', citations: [{ document: 'dieu-le-2011', article: '5' }], confidence: 'verified' }],
  check(ctx) {
    if (ctx.record.days > ctx.params.max)
      ctx.report('late', { path: ['days'], facts: { max: ctx.params.max, days: ctx.record.days } });
  },
});

export const namedRule = defineRule<Case, Case, 'noOrg'>({
  id: 'case.organization',
  family: 'test',
  title: { vi: 'Có tổ chức', en: 'Has an organization' },
  severity: 'warning',
  appliesTo: ['case'],
  messages: { noOrg: { vi: 'Thiếu tổ chức', en: 'No organization' } },
  select: (c) => ({ value: c, actDate: c.opened as `${number}-${number}-${number}`, path: [] }),
  versions: [{ from: '2020-01-01', citations: [{ document: 'dieu-le-2011' }], confidence: 'verified' }],
  check(ctx) {
    if (!ctx.record.organization || ctx.record.organization === 'NONE') ctx.report('noOrg');
  },
});

export const core: RulePack = {
  provenance: { source: 'core', version: '0.0.0-test' },
  rules: [deadlineRule, namedRule],
  recordKinds: [caseKind],
};

export const doc = (id: string) => ({
  id,
  number: '1-HD/BTCTU',
  kind: 'local' as const,
  issuer: { vi: 'Ban Tổ chức Tỉnh ủy', en: 'Province organization board' },
  title: { vi: 'Hướng dẫn', en: 'Guidance' },
  signed: '2025-01-01' as const,
  effective: { from: '2025-01-01' as const, to: null },
  confidence: 'secondary' as const,
});

/** A valid plugin named `name`, amending the deadline to `days` (stricter when below 45). */
export const amending = (name: string, days: number, extra: Partial<PluginDefinition> = {}): PluginDefinition => ({
  name,
  version: '1.0.0',
  title: { vi: name, en: name },
  documents: [doc(`${name}/hd-1`)],
  scope: { description: { vi: name, en: name }, organizations: [name.toUpperCase()] },
  amendments: [
    {
      parameter: 'case.deadlineDays',
      rules: ['case.deadline'],
      basis: [{ document: `${name}/hd-1`, section: '2' }],
      stricter: 'lower',
      values: [{ from: '2025-01-01', value: days, confidence: 'secondary' }],
    },
  ],
  ...extra,
});

export const rec = (over: Partial<Case> = {}) => ({ kind: 'case', id: 'C1', opened: '2025-06-01', days: 40, ...over });
