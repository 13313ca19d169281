import type { Member, MemberEvent, Organization } from '@dieule/core';
import type { CivilDate } from '@dieule/core/date';
import type { Engine } from '@dieule/core/kernel';
import { isOnRolls, stateAt } from '@dieule/core/lifecycle';
import { type RankingDistribution, rankingDistribution } from './report-ranking.js';
import type { Store } from './store.js';

/** The figures of the annual report (báo cáo thống kê đảng viên hằng năm). */
export const REPORT_FIGURES = {
  membersAtStart: { vi: 'Đảng viên đầu năm', en: 'Members at year start' },
  membersAtEnd: { vi: 'Đảng viên cuối kỳ', en: 'Members at the end of the period' },
  admissions: { vi: 'Kết nạp (kể cả kết nạp lại)', en: 'Admissions (incl. re-admissions)' },
  awarenessCourse: { vi: 'Học lớp bồi dưỡng nhận thức về Đảng', en: 'Awareness course' },
  newMemberCourse: { vi: 'Học lớp bồi dưỡng đảng viên mới', en: 'New-member course' },
  recognitions: { vi: 'Công nhận đảng viên chính thức', en: 'Recognized as official members' },
  strikeOffs: { vi: 'Xóa tên', en: 'Struck off' },
  voluntaryExits: { vi: 'Cho ra khỏi Đảng', en: 'Voluntary exits' },
  expulsions: { vi: 'Khai trừ', en: 'Expulsions' },
  deaths: { vi: 'Từ trần', en: 'Deaths' },
  transfersIn: { vi: 'Chuyển sinh hoạt chính thức đến', en: 'Official transfers in' },
  transfersOut: { vi: 'Chuyển sinh hoạt chính thức đi', en: 'Official transfers out' },
  exemptions: { vi: 'Miễn công tác và sinh hoạt đảng', en: 'Exemptions granted' },
  badges: { vi: 'Được tặng Huy hiệu Đảng', en: 'Party badges awarded' },
  female: { vi: 'Đảng viên nữ (cuối kỳ)', en: 'Women members (end of period)' },
  male: { vi: 'Đảng viên nam (cuối kỳ)', en: 'Men members (end of period)' },
  age30: { vi: 'Đến 30 tuổi (cuối kỳ)', en: 'Aged 30 or under (end of period)' },
  age31to40: { vi: 'Từ 31 đến 40 tuổi', en: 'Aged 31–40' },
  age41to50: { vi: 'Từ 41 đến 50 tuổi', en: 'Aged 41–50' },
  age51to60: { vi: 'Từ 51 đến 60 tuổi', en: 'Aged 51–60' },
  age61plus: { vi: 'Trên 60 tuổi', en: 'Over 60' },
  upperSecondary: {
    vi: 'Tốt nghiệp THPT (cuối kỳ, nếu có dữ liệu)',
    en: 'Upper secondary (end of period, where known)',
  },
} as const;

/** A figure's key. */
export type FigureKey = keyof typeof REPORT_FIGURES;

/**
 * One figure with the members behind it: the drill-down lists the first `drillLimit` member keys in key order, and
 * `more` counts the rest (`value === members.length + more`).
 */
export interface Figure {
  readonly key: FigureKey;
  readonly label: string;
  readonly value: number;
  readonly members: readonly string[];
  /** Members behind the figure not listed in `members` (0 when the list is whole). */
  readonly more: number;
}

/** The figures of one organization, its subtree rolled up. */
export interface OrganizationFigures {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  readonly children: readonly string[];
  /** Members whose own organization is this one (not a descendant). */
  readonly directMembers: number;
  readonly figures: readonly Figure[];
}

/** The annual report. */
export interface AnnualReport {
  readonly format: 'dieule.annual-report/1';
  readonly year: number;
  readonly from: CivilDate;
  /** End of the period: 31/12 of the year, or the as-of date when it is earlier. */
  readonly to: CivilDate;
  readonly locale: 'vi' | 'en';
  readonly root: string | null;
  /** Organizations, the root first, then depth-first. */
  readonly organizations: readonly OrganizationFigures[];
  /**
   * Ranking distribution of members and of organizations over the four levels, from the year's stored ranking
   * rounds of the scope, with the "excellent" quota checks of the ranking rules.
   */
  readonly ranking: RankingDistribution;
}

/** Options of {@link annualReport}. */
export interface AnnualReportOptions {
  readonly year: number;
  readonly org?: string;
  /** The report's date; the period ends on it when it is before 31/12 (default: 31/12 of the year). */
  readonly asOf?: CivilDate;
  readonly locale?: 'vi' | 'en';
  /** Engine with plugins, for the ranking quota parameters as amended (default: the core engine). */
  readonly engine?: Engine;
  /**
   * Member keys listed per figure (default {@link DRILL_LIMIT}); the rest are counted in `more`. Memory holds at most
   * this many keys per figure and organization, on any number of members.
   */
  readonly drillLimit?: number;
}

/** Member keys listed per figure by default. */
export const DRILL_LIMIT = 1000;

/** A figure being counted: its value and (at most about twice the limit) the smallest member keys seen. */
interface Tally {
  n: number;
  ids: string[];
}

/** Keeps the `limit` smallest keys (sorted) once the list has grown past twice the limit (amortized). */
function capIds(ids: string[], limit: number, final = false): string[] {
  if (ids.length <= (final ? limit : 2 * limit)) return final ? ids.sort() : ids;
  ids.sort();
  ids.length = limit;
  return ids;
}

const UNKNOWN = '(?)';

function ageAt(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** The figure keys that one member counts in for the period. */
export function memberFigures(member: Member, from: CivilDate, to: CivilDate): FigureKey[] {
  const keys = new Set<FigureKey>();
  const before = `${Number(from.slice(0, 4)) - 1}-12-31` as CivilDate;
  if (isOnRolls(stateAt(member, before).status)) keys.add('membersAtStart');
  const atEnd = isOnRolls(stateAt(member, to).status);
  if (atEnd) {
    keys.add('membersAtEnd');
    keys.add(member.person.sex === 'female' ? 'female' : 'male');
    const age = ageAt(member.person.birthDate, to);
    keys.add(
      age <= 30 ? 'age30' : age <= 40 ? 'age31to40' : age <= 50 ? 'age41to50' : age <= 60 ? 'age51to60' : 'age61plus',
    );
    if (member.person.education?.general === 'upperSecondary') keys.add('upperSecondary');
  }
  const flow: Partial<Record<MemberEvent['type'], FigureKey>> = {
    admissionDecision: 'admissions',
    readmission: 'admissions',
    awarenessCourse: 'awarenessCourse',
    newMemberCourse: 'newMemberCourse',
    recognitionDecision: 'recognitions',
    strikeOff: 'strikeOffs',
    probationStrikeOff: 'strikeOffs',
    voluntaryExit: 'voluntaryExits',
    expulsion: 'expulsions',
    death: 'deaths',
    exemptionStart: 'exemptions',
    badgeAwarded: 'badges',
  };
  for (const e of member.events) {
    if (e.date < from || e.date > to) continue;
    const k = flow[e.type];
    if (k) keys.add(k);
    if (e.type === 'transferIn' && e.mode === 'official') keys.add('transfersIn');
    if (e.type === 'transferOut' && e.mode === 'official') keys.add('transfersOut');
  }
  return [...keys];
}

/**
 * The organization board's annual statistics, rolled up the organization tree: members at year start and end,
 * admissions, courses, recognitions, exits by kind, transfers, exemptions, badges, and the members at the end by sex
 * and age band (and education where known). Every figure lists the members behind it (the first `drillLimit` in key
 * order, the rest counted in `more`). Members are attributed to the organization their record names today.
 */
export async function annualReport(store: Store, options: AnnualReportOptions): Promise<AnnualReport> {
  const locale = options.locale ?? 'vi';
  const from = `${options.year}-01-01` as CivilDate;
  const end = `${options.year}-12-31` as CivilDate;
  const to = options.asOf && options.asOf < end ? options.asOf : end;
  const all = await store.organizations();
  const byId = new Map(all.map((o) => [o.id, o]));
  const inScope = new Set(
    options.org !== undefined ? ((await store.subtree(options.org)) ?? []) : all.map((o) => o.id),
  );
  const orgs: Organization[] = all.filter((o) => inScope.has(o.id));
  const limit = Math.max(0, Math.floor(options.drillLimit ?? DRILL_LIMIT));
  const direct = new Map<string, Map<FigureKey, Tally>>();
  const directCount = new Map<string, number>();
  for await (const m of store.members(options.org !== undefined ? { org: options.org } : {})) {
    // an organization the store does not know (a roster gives names) is a node of its own at the top
    const org = m.member.organization ?? UNKNOWN;
    directCount.set(org, (directCount.get(org) ?? 0) + 1);
    let f = direct.get(org);
    if (!f) {
      f = new Map();
      direct.set(org, f);
    }
    for (const k of memberFigures(m.member, from, to)) {
      let tally = f.get(k);
      if (!tally) {
        tally = { n: 0, ids: [] };
        f.set(k, tally);
      }
      tally.n++;
      if (limit > 0) {
        tally.ids.push(m.key);
        tally.ids = capIds(tally.ids, limit);
      }
    }
  }
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const o of orgs) {
    if (o.parent && inScope.has(o.parent) && o.id !== options.org) {
      const c = children.get(o.parent) ?? [];
      c.push(o.id);
      children.set(o.parent, c);
    } else roots.push(o.id);
  }
  for (const id of direct.keys()) if (!byId.has(id)) roots.push(id);
  const out: OrganizationFigures[] = [];
  const visit = (id: string): Map<FigureKey, Tally> => {
    const acc = new Map<FigureKey, Tally>();
    for (const [k, v] of direct.get(id) ?? []) acc.set(k, { n: v.n, ids: capIds([...v.ids], limit, true) });
    const slot = out.length;
    out.push(undefined as unknown as OrganizationFigures);
    for (const c of (children.get(id) ?? []).sort()) {
      for (const [k, v] of visit(c)) {
        const a = acc.get(k);
        acc.set(k, a ? { n: a.n + v.n, ids: capIds([...a.ids, ...v.ids], limit, true) } : { n: v.n, ids: [...v.ids] });
      }
    }
    const o = byId.get(id);
    out[slot] = {
      id,
      name: o?.name ?? (id === UNKNOWN ? (locale === 'vi' ? 'Chưa rõ tổ chức' : 'Unknown organization') : id),
      parent: o?.parent && inScope.has(o.parent) ? o.parent : null,
      children: (children.get(id) ?? []).sort(),
      directMembers: directCount.get(id) ?? 0,
      figures: (Object.keys(REPORT_FIGURES) as FigureKey[]).map((key) => {
        const tally = acc.get(key) ?? { n: 0, ids: [] };
        return {
          key,
          label: REPORT_FIGURES[key][locale],
          value: tally.n,
          members: tally.ids,
          more: tally.n - tally.ids.length,
        };
      }),
    };
    return acc;
  };
  for (const r of roots.sort()) visit(r);
  return {
    format: 'dieule.annual-report/1',
    year: options.year,
    from,
    to,
    locale,
    root: options.org ?? null,
    organizations: out,
    ranking: await rankingDistribution(store, {
      year: options.year,
      locale,
      ...(options.org !== undefined ? { org: options.org } : {}),
      ...(options.engine ? { engine: options.engine } : {}),
    }),
  };
}
