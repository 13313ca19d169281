import {
  maskIds,
  type RosterAccounting,
  type RosterItem,
  type RosterNotice,
  type RosterRun,
} from '@dieule/adapter-xlsx';
import type { CivilDate } from '@dieule/core/date';
import type { FactValue, Issue, RecordResult, ReportMeta, ReportSummary } from '@dieule/core/kernel';
import type { RuleBasis } from './basis.js';

/** A quality level. */
export type Level = 'excellent' | 'good' | 'completed' | 'notCompleted';

/** An issue with the member it belongs to, for "worst first" lists. */
export interface ShownIssue {
  readonly issue: Issue;
  readonly name?: string;
  readonly organization?: string;
}

/** A dated item in the next months (end of probation, recognition review, badge occasion). */
export interface UpcomingItem {
  readonly date: CivilDate;
  readonly kind: 'probationEnd' | 'recognitionReview' | 'recognitionDecision' | 'badge';
  readonly name: string;
  readonly organization?: string;
  readonly location?: string;
  readonly years?: number;
}

/** Everything a roster report shows, in bounded memory (no full issue list). */
export interface RosterDigest {
  readonly file: string;
  readonly meta: ReportMeta;
  readonly summary: ReportSummary;
  readonly accounting: RosterAccounting;
  readonly notices: readonly RosterNotice[];
  readonly threads: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly byRule: readonly {
    readonly ruleId: string;
    readonly error: number;
    readonly warning: number;
    readonly info: number;
  }[];
  readonly byOrganization: readonly {
    readonly organization: string;
    readonly members: number;
    readonly withErrors: number;
    readonly errors: number;
    readonly warnings: number;
  }[];
  /** Ranking counts per year and cell (latest year first). */
  readonly ranking: readonly {
    readonly year: number;
    readonly quotaPercent: number;
    readonly total: Readonly<Record<Level, number>>;
    readonly byOrganization: readonly {
      readonly organization: string;
      readonly counts: Readonly<Record<Level, number>>;
    }[];
  }[];
  readonly upcoming: readonly UpcomingItem[];
  readonly overdue: Readonly<Record<string, number>>;
  readonly worst: readonly ShownIssue[];
  /** Issues not shown in `worst`. */
  readonly moreIssues: number;
  /** Title and legal basis of a rule (of one issue, when given): set by the command from the engine's catalogue. */
  readonly basis?: (ruleId: string, issue?: Pick<Issue, 'citations' | 'confidence'>) => RuleBasis;
}

const SEV = { error: 0, warning: 1, info: 2 } as const;
const MAX_WORST = 200;
const MAX_UPCOMING = 300;
const MAX_ORGS = 500;

function emptyLevels(): Record<Level, number> {
  return { excellent: 0, good: 0, completed: 0, notCompleted: 0 };
}

/**
 * Collects what the reports show while records stream by: counts by status, rule, cell and ranking level, the
 * soonest upcoming deadlines and the worst issues (each list capped), so memory stays flat on any file size.
 */
export class RosterAggregator {
  readonly #asOf: CivilDate;
  readonly #horizon: CivilDate;
  readonly #byStatus: Record<string, number> = {};
  readonly #byRule = new Map<string, { error: number; warning: number; info: number }>();
  readonly #byOrg = new Map<string, { members: number; withErrors: number; errors: number; warnings: number }>();
  readonly #ranking = new Map<number, Map<string, Record<Level, number>>>();
  #upcoming: UpcomingItem[] = [];
  readonly #overdue: Record<string, number> = {};
  readonly #worst: [ShownIssue[], ShownIssue[], ShownIssue[]] = [[], [], []];
  #issues = 0;
  readonly #noOrg: string;

  constructor(asOf: CivilDate, noOrganization: string) {
    this.#asOf = asOf;
    this.#horizon = `${Number(asOf.slice(0, 4)) + 1}${asOf.slice(4)}` as CivilDate;
    this.#noOrg = noOrganization;
  }

  /** Adds issues that belong to no single row (a ranking round of a cell and year), shown with their cell. */
  addRoundIssues(issues: readonly Issue[], organization: string, name?: string): void {
    const org = organization || this.#noOrg;
    const o = this.#byOrg.get(org) ?? { members: 0, withErrors: 0, errors: 0, warnings: 0 };
    for (const i of issues) {
      this.#issues++;
      const r = this.#byRule.get(i.ruleId) ?? { error: 0, warning: 0, info: 0 };
      r[i.severity]++;
      this.#byRule.set(i.ruleId, r);
      if (i.severity === 'error') o.errors++;
      else if (i.severity === 'warning') o.warnings++;
      const list = this.#worst[SEV[i.severity]];
      if (list.length < MAX_WORST) list.push({ issue: i, ...(name ? { name } : {}), organization: org });
    }
    this.#byOrg.set(org, o);
  }

  /** Adds one roster item with its result (skipped rows carry none). */
  add(item: RosterItem, result: RecordResult | undefined): void {
    if (item.type !== 'record' || !result) return;
    const value = item.source.value as { person?: { fullName?: string }; organization?: string };
    // a citizen ID typed into the name or cell column is masked like everywhere else
    const name = maskIds(value?.person?.fullName ?? String(result.record));
    let org = value?.organization ? maskIds(value.organization) : this.#noOrg;
    if (!this.#byOrg.has(org) && this.#byOrg.size >= MAX_ORGS) org = '…';
    const o = this.#byOrg.get(org) ?? { members: 0, withErrors: 0, errors: 0, warnings: 0 };
    o.members++;
    if (!result.valid) o.withErrors++;
    this.#byOrg.set(org, o);
    for (const i of result.issues) {
      this.#issues++;
      const r = this.#byRule.get(i.ruleId) ?? { error: 0, warning: 0, info: 0 };
      r[i.severity]++;
      this.#byRule.set(i.ruleId, r);
      if (i.severity === 'error') o.errors++;
      else if (i.severity === 'warning') o.warnings++;
      const list = this.#worst[SEV[i.severity]];
      if (list.length < MAX_WORST) list.push({ issue: i, name, organization: org });
    }
    // status: the lifecycle's derived fact, else the roster's own column
    const facts = new Map<string, FactValue>();
    for (const f of result.facts) facts.set(f.name, f.value);
    const status = (facts.get('status') as string | undefined) ?? item.info.statedStatus ?? 'unknown';
    this.#byStatus[status] = (this.#byStatus[status] ?? 0) + 1;
    // ranking: counted as the ranking rounds count them (members in the party: official or probationary), so the
    // chart and the quota rule agree
    const ranked = status === 'official' || status === 'probationary';
    for (const r of ranked ? (item.info.rankings ?? []) : []) {
      let y = this.#ranking.get(r.year);
      if (!y) {
        y = new Map();
        this.#ranking.set(r.year, y);
      }
      const c = y.get(org) ?? emptyLevels();
      c[r.level]++;
      y.set(org, c);
    }
    // deadlines
    const loc = item.source.location?.cells?.[''];
    const push = (u: UpcomingItem) => {
      if (u.date <= this.#asOf || u.date > this.#horizon) return;
      this.#upcoming.push(u);
      if (this.#upcoming.length > MAX_UPCOMING * 2) this.#trim();
    };
    const base = { name, organization: org, ...(loc ? { location: loc } : {}) };
    const pe = facts.get('probationEnd');
    if (typeof pe === 'string' && status === 'probationary')
      push({ ...base, date: pe as CivilDate, kind: 'probationEnd' });
    const rec = facts.get('recognition') as { cellReviewBy?: string; decisionBy?: string | null } | undefined;
    if (rec?.cellReviewBy) push({ ...base, date: rec.cellReviewBy as CivilDate, kind: 'recognitionReview' });
    if (rec?.decisionBy) push({ ...base, date: rec.decisionBy as CivilDate, kind: 'recognitionDecision' });
    const badge = facts.get('nextBadge') as { years?: number; date?: string; occasionDate?: string | null } | undefined;
    if (badge?.date)
      push({
        ...base,
        date: (badge.occasionDate ?? badge.date) as CivilDate,
        kind: 'badge',
        ...(badge.years ? { years: badge.years } : {}),
      });
    const overdue = facts.get('overdue');
    if (Array.isArray(overdue))
      for (const x of overdue as { item?: string }[])
        if (x?.item) this.#overdue[x.item] = (this.#overdue[x.item] ?? 0) + 1;
  }

  #trim(): void {
    this.#upcoming.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.#upcoming = this.#upcoming.slice(0, MAX_UPCOMING);
  }

  /** The digest for the renderers. `quotaPercent(year)` gives the quota in force for a ranking year. */
  digest(run: RosterRun, meta: ReportMeta, quotaPercent: (year: number) => number): RosterDigest {
    this.#trim();
    const worst = [...this.#worst[0], ...this.#worst[1], ...this.#worst[2]].slice(0, MAX_WORST);
    return {
      file: run.source.file,
      meta,
      summary: run.summary,
      accounting: run.accounting,
      notices: run.notices,
      threads: run.threads,
      byStatus: { ...this.#byStatus },
      byRule: [...this.#byRule.entries()]
        .map(([ruleId, c]) => ({ ruleId, ...c }))
        .sort(
          (a, b) => b.error - a.error || b.warning - a.warning || b.info - a.info || (a.ruleId < b.ruleId ? -1 : 1),
        ),
      byOrganization: [...this.#byOrg.entries()]
        .map(([organization, c]) => ({ organization, ...c }))
        .sort((a, b) => a.organization.localeCompare(b.organization, 'vi', { numeric: true })),
      ranking: [...this.#ranking.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([year, orgs]) => {
          const total = emptyLevels();
          for (const c of orgs.values()) for (const k of Object.keys(total) as Level[]) total[k] += c[k];
          return {
            year,
            quotaPercent: quotaPercent(year),
            total,
            byOrganization: [...orgs.entries()]
              .map(([organization, counts]) => ({ organization, counts }))
              .sort((a, b) => a.organization.localeCompare(b.organization, 'vi', { numeric: true })),
          };
        }),
      upcoming: this.#upcoming,
      overdue: { ...this.#overdue },
      worst,
      moreIssues: Math.max(0, this.#issues - worst.length),
    };
  }
}
