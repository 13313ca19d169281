import { coreEngine, type Member, type MemberEventOf } from '@dieule/core';
import type { CivilDate } from '@dieule/core/date';
import type { WorkingDayCalendar } from '@dieule/core/kernel';
import { type Citation, formatCitation } from '@dieule/core/legal';
import {
  ceremonyDeadline,
  charter,
  isOnRolls,
  memberFacts,
  replay,
  transferLetterDeadline,
} from '@dieule/core/lifecycle';
import type { Store } from './store.js';

/** What a worklist row is about. */
export type WorkItem =
  | 'admissionDecision'
  | 'ceremony'
  | 'probationEnd'
  | 'recognitionReview'
  | 'recognitionDecision'
  | 'transferLetter'
  | 'badge'
  | 'exemptionEnds'
  | 'disciplineEnds';

/** Names of the items (Vietnamese and English), for tables and calendars. */
export const WORK_ITEM_LABELS: Readonly<Record<WorkItem, { vi: string; en: string }>> = {
  admissionDecision: { vi: 'Ra quyết định kết nạp', en: 'Admission decision' },
  ceremony: { vi: 'Tổ chức lễ kết nạp', en: 'Admission ceremony' },
  probationEnd: { vi: 'Hết thời gian dự bị', en: 'End of probation' },
  recognitionReview: { vi: 'Chi bộ xét công nhận đảng viên chính thức', en: 'Cell review for official membership' },
  recognitionDecision: { vi: 'Quyết định công nhận đảng viên chính thức', en: 'Recognition decision' },
  transferLetter: { vi: 'Nộp giấy giới thiệu chuyển sinh hoạt đảng', en: 'Hand in the transfer letter' },
  badge: { vi: 'Xét tặng Huy hiệu Đảng', en: 'Party badge' },
  exemptionEnds: { vi: 'Hết thời hạn miễn công tác và sinh hoạt đảng', en: 'End of an exemption' },
  disciplineEnds: { vi: 'Kỷ luật hết hiệu lực', en: 'Discipline stops having effect' },
};

/** One row of a worklist. */
export interface WorklistRow {
  readonly organization: string | null;
  readonly member: string;
  readonly fullName: string;
  readonly item: WorkItem;
  readonly due: CivilDate;
  /** Working days from the as-of date to the due date: positive = left, 0 = today, negative = overdue. */
  readonly workingDays: number;
  readonly overdue: boolean;
  /** Extra facts (badge years and occasion, discipline form…). */
  readonly detail?: Readonly<Record<string, string | number>>;
  readonly citations: readonly Citation[];
}

/** Options of {@link worklist}. */
export interface WorklistOptions {
  readonly org?: string;
  readonly asOf: CivilDate;
  /** Working days ahead to include (default 30); overdue items are always included. */
  readonly withinWorkingDays?: number;
  readonly calendar?: WorkingDayCalendar;
}

/** The items of one member that fall due by `until` or are overdue on `asOf`. */
export function memberWorkItems(
  key: string,
  member: Member,
  asOf: CivilDate,
  until: CivilDate,
  calendar: WorkingDayCalendar,
): WorklistRow[] {
  const out: WorklistRow[] = [];
  const facts = memberFacts(member, asOf, calendar);
  const base = { organization: member.organization ?? null, member: key, fullName: member.person.fullName };
  const wd = (due: CivilDate) =>
    due >= asOf ? calendar.workingDaysBetween(asOf, due) : -calendar.workingDaysBetween(due, asOf);
  const push = (
    item: WorkItem,
    due: CivilDate,
    citations: readonly Citation[],
    detail?: Record<string, string | number>,
  ) => {
    const overdue = due < asOf;
    if (!overdue && due > until) return;
    out.push({ ...base, item, due, workingDays: wd(due), overdue, citations, ...(detail ? { detail } : {}) });
  };
  const overdueItems = new Set<string>();
  for (const o of facts.overdue) {
    overdueItems.add(o.item);
    push(o.item, o.due, o.citations);
  }
  const status = facts.status.value;
  const events = member.events.filter((e) => e.date <= asOf);
  // ceremony still to come
  if (status === 'admitted' && !overdueItems.has('ceremony')) {
    const decision = [...events].reverse().find((e) => e.type === 'admissionDecision' || e.type === 'readmission');
    if (decision) {
      const dl = ceremonyDeadline(calendar, decision as MemberEventOf<'admissionDecision'>);
      push('ceremony', dl.due, dl.citations);
    }
  }
  if (status === 'probationary') {
    if (facts.probationEnd) push('probationEnd', facts.probationEnd.value, facts.probationEnd.citations);
    const rec = facts.recognition;
    if (rec) {
      const hasVote = events.some((e) => e.type === 'recognitionVote');
      if (!hasVote && !overdueItems.has('recognitionReview'))
        push('recognitionReview', rec.value.cellReviewBy, rec.citations);
      if (rec.value.decisionBy && !overdueItems.has('recognitionDecision'))
        push('recognitionDecision', rec.value.decisionBy, rec.citations);
    }
  }
  // transfer letter still to hand in
  const state = replay({ events }).state;
  if (state.pendingTransfer && isOnRolls(status) && !overdueItems.has('transferLetter')) {
    const dl = transferLetterDeadline(calendar, state.pendingTransfer.date);
    push('transferLetter', dl.due, dl.citations);
  }
  if (facts.nextBadge) {
    const b = facts.nextBadge.value;
    // a milestone passed long ago without an award recorded is a data question, not this year's work: up to one
    // year back only
    if ((b.occasionDate ?? b.date) >= `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`)
      push('badge', b.occasionDate ?? b.date, facts.nextBadge.citations, {
        years: b.years,
        ...(b.occasion ? { occasion: b.occasion } : {}),
      });
  }
  if (facts.disciplineInEffect?.value.until)
    push('disciplineEnds', facts.disciplineInEffect.value.until, facts.disciplineInEffect.citations, {
      form: facts.disciplineInEffect.value.form,
    });
  // exemption with an end date, not ended yet
  let exemption: MemberEventOf<'exemptionStart'> | undefined;
  for (const e of events) {
    if (e.type === 'exemptionStart') exemption = e;
    else if (e.type === 'exemptionEnd') exemption = undefined;
  }
  if (exemption?.until && isOnRolls(status)) push('exemptionEnds', exemption.until, [charter('7')]);
  return out;
}

/**
 * What is due or overdue per organization on `asOf`: ceremonies, probation ends and recognition reviews, transfer
 * letters, badge milestones by occasion, exemptions ending, discipline effects ending. Each row cites its basis and
 * counts working days on the Vietnamese calendar. Sorted by organization, due date, member.
 */
export async function worklist(store: Store, options: WorklistOptions): Promise<WorklistRow[]> {
  const calendar = options.calendar ?? coreEngine().calendar;
  const until = calendar.addWorkingDays(options.asOf, options.withinWorkingDays ?? 30);
  const out: WorklistRow[] = [];
  for await (const m of store.members(options.org !== undefined ? { org: options.org } : {}))
    out.push(...memberWorkItems(m.key, m.member, options.asOf, until, calendar));
  return out.sort(
    (a, b) =>
      (a.organization ?? '').localeCompare(b.organization ?? '') ||
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      (a.member < b.member ? -1 : a.member > b.member ? 1 : 0) ||
      a.item.localeCompare(b.item),
  );
}

/** A worklist as CSV (header in the locale; dates dd/mm/yyyy in Vietnamese). */
export function worklistCsv(rows: readonly WorklistRow[], locale: 'vi' | 'en' = 'vi'): string {
  const head =
    locale === 'vi'
      ? ['Tổ chức', 'Mã hồ sơ', 'Họ và tên', 'Việc', 'Hạn', 'Ngày làm việc còn lại', 'Quá hạn', 'Căn cứ']
      : ['Organization', 'Member', 'Full name', 'Item', 'Due', 'Working days left', 'Overdue', 'Basis'];
  const field = (v: string) => (/[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const date = (d: string) => (locale === 'vi' ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d);
  const lines = [head.map(field).join(',')];
  for (const r of rows)
    lines.push(
      [
        r.organization ?? '',
        r.member,
        r.fullName,
        WORK_ITEM_LABELS[r.item][locale],
        date(r.due),
        String(r.workingDays),
        r.overdue ? (locale === 'vi' ? 'có' : 'yes') : locale === 'vi' ? 'không' : 'no',
        r.citations.map((c) => citationText(c, locale)).join('; '),
      ]
        .map(field)
        .join(','),
    );
  return `${lines.join('\n')}\n`;
}

/** A citation as text in the locale ("Điều lệ Đảng, Điều 7"). */
export function citationText(c: Citation, locale: 'vi' | 'en' = 'vi'): string {
  return formatCitation(c, locale);
}
