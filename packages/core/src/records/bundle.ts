import { z } from 'zod';
import type { CivilDate } from '../date/civil-date.js';
import { LIBRARY } from '../kernel/library.js';
import { renderTemplate } from '../kernel/message.js';
import { defineRecordKind, type ExpandContext, type ExpandedRecord } from '../kernel/record-kind.js';
import type { Facts, Issue, Path } from '../kernel/types.js';
import type { LocalizedText } from '../legal/types.js';
import { stateAt } from '../lifecycle/history.js';
import type { Discipline } from '../model/discipline.js';
import { type Member, memberSchema } from '../model/member.js';
import { type Organization, organizationSchema } from '../model/organization.js';
import { FORMAT_2, prepareMember } from './corrections.js';
import { suspensionOn } from './suspension.js';
import { resolveAuthority } from './tree.js';

const BUCKETS = [
  ['organizations', 'organization'],
  ['members', 'member'],
  ['rankingRounds', 'rankingRound'],
  ['cadreFiles', undefined],
  ['confidenceVotes', 'confidenceVote'],
  ['records', undefined],
] as const;

/**
 * A bundle (bộ hồ sơ): members, organizations, ranking rounds, cadre files and confidence votes sent together. Each
 * record is judged in its own right; records that name a member of the bundle read that member's history
 * (admission date, exemption, suspension, status, discipline) instead of their own re-keyed fields, and authorities named by
 * organization id are resolved through the bundle's dated organization tree as of each act's date. A disagreement
 * between a re-keyed field and the history is a warning that cites both places.
 */
export const bundleSchema = z
  .object({
    kind: z.literal('bundle'),
    format: z.literal(FORMAT_2).optional().describe('Phiên bản định dạng'),
    id: z.string().optional().describe('Mã bộ hồ sơ'),
    members: z.array(z.unknown()).optional().describe('Hồ sơ đảng viên (kind "member" có thể bỏ trống)'),
    organizations: z.array(z.unknown()).optional().describe('Tổ chức đảng (cây tổ chức theo thời gian)'),
    rankingRounds: z.array(z.unknown()).optional().describe('Các đợt đánh giá, xếp loại'),
    cadreFiles: z.array(z.unknown()).optional().describe('Hồ sơ cán bộ: bổ nhiệm (appointment), quy hoạch (cadrePlan)'),
    confidenceVotes: z.array(z.unknown()).optional().describe('Kết quả lấy phiếu tín nhiệm'),
    records: z.array(z.unknown()).optional().describe('Hồ sơ loại khác (mỗi hồ sơ ghi rõ kind)'),
  })
  // a bundle from which nothing can be read is an error, never "clean"
  .refine((b) => BUCKETS.some(([k]) => (b[k]?.length ?? 0) > 0), {
    message: 'bộ hồ sơ không có hồ sơ nào (the bundle holds no record)',
    path: ['members'],
  })
  .describe('Bộ hồ sơ (định dạng 2)');

/** A bundle. */
export type Bundle = z.infer<typeof bundleSchema>;

type Msg = 'disagreement' | 'authorityLevel' | 'authorityUnknown' | 'authorityNotInForce';
const MESSAGES: Record<Msg, LocalizedText> = {
  disagreement: {
    vi: '{field} của đảng viên {memberId} ghi "{recordValue}" ở {recordPlace}, nhưng lịch sử hồ sơ đảng viên ({historyPlace}) cho "{historyValue}"; dùng theo lịch sử hồ sơ.',
    en: '{fieldEn} of member {memberId} reads "{recordValue}" at {recordPlace}, but the member history ({historyPlace}) gives "{historyValue}"; the history is used.',
  },
  authorityLevel: {
    vi: 'Quyết định ngày {actDate} ghi cấp "{recordValue}", nhưng theo cây tổ chức ({historyPlace}) vào ngày đó tổ chức {organization} là cấp "{historyValue}"; dùng theo cây tổ chức.',
    en: 'The decision of {actDate} names level "{recordValue}", but on that date the organization tree ({historyPlace}) has {organization} at level "{historyValue}"; the tree is used.',
  },
  authorityUnknown: {
    vi: 'Quyết định ngày {actDate} ghi cấp ra quyết định là tổ chức {organization}, nhưng bộ hồ sơ không có tổ chức này.',
    en: 'The decision of {actDate} names organization {organization} as the authority, but the bundle has no such organization.',
  },
  authorityNotInForce: {
    vi: 'Quyết định ngày {actDate} ghi cấp ra quyết định là tổ chức {organization}, nhưng theo cây tổ chức tổ chức này không hoạt động vào ngày đó.',
    en: 'The decision of {actDate} names organization {organization}, which according to the organization tree did not exist on that date.',
  },
};

const FIELD_LABELS: Record<string, LocalizedText> = {
  admittedOn: { vi: 'Ngày kết nạp', en: 'Admission date' },
  exempted: { vi: 'Việc miễn công tác và sinh hoạt đảng', en: 'Exemption' },
  status: { vi: 'Loại đảng viên (chính thức / dự bị)', en: 'Membership status' },
  discipline: { vi: 'Danh sách kỷ luật', en: 'Discipline list' },
  suspended: { vi: 'Việc đình chỉ sinh hoạt đảng', en: 'Suspension from party activity' },
};

const LEVELS: Record<string, LocalizedText> = {
  cell: { vi: 'chi bộ', en: 'cell' },
  grassroots: { vi: 'cơ sở', en: 'grassroots' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã, phường, đặc khu', en: 'commune' },
  province: { vi: 'tỉnh', en: 'province' },
  central: { vi: 'Trung ương', en: 'central' },
};

const dmy = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d);

function text(v: unknown, locale: 'vi' | 'en'): string {
  if (v === undefined || v === null) return locale === 'vi' ? '(không ghi)' : '(none)';
  if (typeof v === 'boolean') return locale === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
  if (v === 'official') return locale === 'vi' ? 'chính thức' : 'official';
  if (v === 'probationary') return locale === 'vi' ? 'dự bị' : 'probationary';
  if (typeof v === 'string') return dmy(v);
  return String(v);
}

const provenance = { source: 'core', version: LIBRARY.version } as const;

function issue(
  msg: Msg,
  ctx: ExpandContext,
  where: string,
  path: Path,
  facts: Facts,
  args: Record<string, string>,
): Issue {
  return {
    ruleId: 'bundle.crossRecord',
    severity: msg === 'authorityUnknown' || msg === 'authorityNotInForce' ? 'error' : 'warning',
    path,
    location: where,
    message: renderTemplate(MESSAGES[msg][ctx.locale], args),
    messageId: msg,
    citations: [],
    facts,
    provenance,
    record: where,
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The member history facts that ranking rounds and cadre files re-key, as of a date. */
export function historyFacts(member: Member, date: CivilDate) {
  const state = stateAt(member, date);
  const { history } = prepareMember(member);
  const discipline: Discipline[] = [];
  history.events.forEach((e, i) => {
    if (e.date > date) return;
    if (e.type === 'discipline' || e.type === 'expulsion') {
      const {
        type: _t,
        date: d,
        seq: _s,
        note,
        organization: _o,
        documentNumber: _n,
        ...rest
      } = e as never as Record<string, unknown>;
      const { decidedBy, authority, cause: _c, conviction: _v, ...fields } = rest;
      const by = (authority ?? decidedBy) as Discipline['authority'];
      discipline.push({
        id: history.ids[i]!,
        form: e.type === 'expulsion' ? 'expulsion' : e.form,
        decidedOn: d as CivilDate,
        ...(fields as object),
        ...(by ? { authority: by } : {}),
        ...(note ? { note: note as string } : {}),
      } as Discipline);
    }
  });
  const onRolls = ['probationary', 'official', 'exempted'].includes(state.status);
  return {
    admittedOn: state.admissionDecisionDate ?? undefined,
    exempted: state.exempted || state.status === 'exempted',
    // suspension of party activity in force on the date (suspensionStart / suspensionExtension / suspensionEnd)
    suspended: onRolls && suspensionOn(member, date) !== null,
    status: onRolls ? (state.status === 'probationary' ? 'probationary' : 'official') : undefined,
    discipline,
  };
}

const disciplineKey = (d: { form?: unknown; decidedOn?: unknown }) => `${String(d.form)}@${String(d.decidedOn)}`;

/**
 * Takes a bundle apart into records. Never throws; entries that are not objects are handed over as they are (the
 * engine reports them).
 */
export function expandBundle(input: unknown, ctx: ExpandContext): ExpandedRecord[] {
  if (!isObj(input)) return [];
  const out: ExpandedRecord[] = [];
  // the tree and the histories, from the entries that parse
  const organizations: { org: Organization; where: string }[] = [];
  const members = new Map<string, { member: Member; where: string }>();
  const listOf = (k: string) => (Array.isArray(input[k]) ? (input[k] as unknown[]) : []);
  listOf('organizations').forEach((o, i) => {
    const p = organizationSchema.safeParse(isObj(o) ? { kind: 'organization', ...o } : o);
    if (p.success) organizations.push({ org: p.data, where: `organizations[${i}]` });
  });
  listOf('members').forEach((m, i) => {
    const p = memberSchema.safeParse(isObj(m) ? { kind: 'member', ...m } : m);
    if (!p.success) return;
    const where = `members[${i}]`;
    for (const key of [p.data.id, p.data.person.partyCardNumber])
      if (key && !members.has(key)) members.set(key, { member: p.data, where });
  });
  const orgs = organizations.map((o) => o.org);
  const placeOfOrg = (id: string) => organizations.find((o) => o.org.id === id)?.where ?? 'organizations';

  for (const [bucket, kind] of BUCKETS) {
    listOf(bucket).forEach((raw, i) => {
      const where = `${bucket}[${i}]`;
      if (!isObj(raw)) {
        out.push({ value: raw, where });
        return;
      }
      const value: Record<string, unknown> = kind && raw.kind === undefined ? { kind, ...raw } : { ...raw };
      const issues: Issue[] = [];
      if (value.kind === 'member') resolveMemberAuthorities(value, orgs, placeOfOrg, ctx, where, issues);
      else if (value.kind === 'rankingRound') readRound(value, members, ctx, where, issues);
      else if (value.kind === 'appointment' && isObj(value.cadre))
        value.cadre = readCadre(
          value.cadre,
          ['cadre'],
          asDate(value.decidedOn ?? value.fileReceivedOn),
          members,
          ctx,
          where,
          issues,
        );
      else if (value.kind === 'cadrePlan' && Array.isArray(value.cadres))
        value.cadres = value.cadres.map((c, j) =>
          isObj(c) ? readCadre(c, ['cadres', j], asDate(value.approvedOn), members, ctx, where, issues) : c,
        );
      out.push({ value, where, issues });
    });
  }
  return out;
}

const asDate = (v: unknown): CivilDate | undefined =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? (v as CivilDate) : undefined;

/** Authority named by organization id: resolved through the dated tree as of the event's date. */
function resolveMemberAuthorities(
  value: Record<string, unknown>,
  orgs: readonly Organization[],
  placeOfOrg: (id: string) => string,
  ctx: ExpandContext,
  where: string,
  issues: Issue[],
): void {
  if (!Array.isArray(value.events) || !orgs.length) return;
  value.events = value.events.map((e, i) => {
    if (!isObj(e)) return e;
    const date = asDate(e.date);
    let copy = e;
    for (const field of ['authority', 'decidedBy'] as const) {
      const a = e[field];
      if (!isObj(a) || typeof a.organization !== 'string' || !date) continue;
      const r = resolveAuthority(orgs, a.organization, date);
      const path = ['events', i, field];
      const args = { actDate: dmy(date), organization: a.organization };
      if (!r.ok) {
        issues.push(
          issue(
            r.problem === 'unknownOrganization' ? 'authorityUnknown' : 'authorityNotInForce',
            ctx,
            where,
            [...path, 'organization'],
            { organization: a.organization, actDate: date },
            args,
          ),
        );
        continue;
      }
      if (a.level !== undefined && a.level !== r.level)
        issues.push(
          issue(
            'authorityLevel',
            ctx,
            where,
            [...path, 'level'],
            { organization: a.organization, actDate: date, recordValue: String(a.level), historyValue: r.level },
            {
              ...args,
              recordValue: LEVELS[String(a.level)]?.[ctx.locale] ?? String(a.level),
              historyValue: LEVELS[r.level]![ctx.locale],
              historyPlace: placeOfOrg(a.organization),
            },
          ),
        );
      copy = { ...copy, [field]: { ...a, level: r.level } };
    }
    return copy;
  });
}

function compareField(
  field: string,
  recordValue: unknown,
  historyValue: unknown,
  memberId: string,
  recordPath: Path,
  historyPlace: string,
  ctx: ExpandContext,
  where: string,
  issues: Issue[],
): void {
  if (recordValue === undefined || recordValue === historyValue) return;
  issues.push(
    issue(
      'disagreement',
      ctx,
      where,
      recordPath,
      {
        field,
        memberId,
        recordValue: recordValue as never,
        historyValue: (historyValue ?? null) as never,
        recordPlace: `${where}.${recordPath.join('.')}`,
        historyPlace,
      },
      {
        field: FIELD_LABELS[field]!.vi,
        fieldEn: FIELD_LABELS[field]!.en,
        memberId,
        recordValue: text(recordValue, ctx.locale),
        historyValue: text(historyValue, ctx.locale),
        recordPlace: `${where}.${recordPath.join('.')}`,
        historyPlace,
      },
    ),
  );
}

function compareDiscipline(
  list: unknown,
  history: readonly Discipline[],
  memberId: string,
  path: Path,
  historyPlace: string,
  ctx: ExpandContext,
  where: string,
  issues: Issue[],
): void {
  if (!Array.isArray(list)) return;
  const a = list.filter(isObj).map(disciplineKey).sort().join(', ');
  const b = history.map(disciplineKey).sort().join(', ');
  if (a !== b) compareField('discipline', a || '—', b || '—', memberId, path, historyPlace, ctx, where, issues);
}

function readRound(
  value: Record<string, unknown>,
  members: ReadonlyMap<string, { member: Member; where: string }>,
  ctx: ExpandContext,
  where: string,
  issues: Issue[],
): void {
  if (!Array.isArray(value.members) || typeof value.year !== 'number') return;
  const end = `${String(value.year).padStart(4, '0')}-12-31` as CivilDate;
  const decided = asDate(value.decidedOn);
  const date = decided && decided < end ? decided : end;
  value.members = value.members.map((e, j) => {
    if (!isObj(e) || typeof e.memberId !== 'string') return e;
    const hit = members.get(e.memberId);
    if (!hit) return e;
    const h = historyFacts(hit.member, date);
    const base: Path = ['members', j];
    const place = `${hit.where}.events`;
    for (const field of ['admittedOn', 'exempted', 'suspended', 'status'] as const)
      compareField(field, e[field], h[field], e.memberId, [...base, field], place, ctx, where, issues);
    // a round lists at least the decisions of the year ranked: compare those
    const inYear = (d: { decidedOn?: unknown }) => String(d.decidedOn).startsWith(String(value.year));
    compareDiscipline(
      Array.isArray(e.discipline) ? e.discipline.filter((d) => isObj(d) && inYear(d)) : undefined,
      h.discipline.filter(inYear),
      e.memberId,
      [...base, 'discipline'],
      place,
      ctx,
      where,
      issues,
    );
    const copy: Record<string, unknown> = {
      ...e,
      exempted: h.exempted,
      suspended: h.suspended,
      discipline: h.discipline,
    };
    if (h.admittedOn) copy.admittedOn = h.admittedOn;
    else delete copy.admittedOn;
    if (h.status) copy.status = h.status;
    return copy;
  });
}

function readCadre(
  cadre: Record<string, unknown>,
  path: Path,
  date: CivilDate | undefined,
  members: ReadonlyMap<string, { member: Member; where: string }>,
  ctx: ExpandContext,
  where: string,
  issues: Issue[],
): Record<string, unknown> {
  if (typeof cadre.id !== 'string' || !date) return cadre;
  const hit = members.get(cadre.id);
  if (!hit) return cadre;
  // the whole history: later decisions matter to plan rules judged at their own dates
  const h = historyFacts(hit.member, '9999-12-31' as CivilDate);
  compareDiscipline(
    cadre.discipline,
    h.discipline,
    cadre.id,
    [...path, 'discipline'],
    `${hit.where}.events`,
    ctx,
    where,
    issues,
  );
  return { ...cadre, discipline: h.discipline };
}

/** The `bundle` record kind: a container whose records are each judged, reading one another. */
export const bundleKind = defineRecordKind<Bundle>({
  kind: 'bundle',
  title: { vi: 'Bộ hồ sơ', en: 'Bundle' },
  schema: bundleSchema,
  idOf: (b) => b.id,
  expand: expandBundle,
});
