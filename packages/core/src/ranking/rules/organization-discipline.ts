import { defineRule } from '../../kernel/rule.js';
import { type Discipline, disciplineInYear, disciplineRank } from '../model/discipline.js';
import type { CollectiveEvaluation } from '../model/round.js';
import { eachOrganization, exampleRound } from './select.js';
import { formArgs, levelArgs } from './text.js';

type Msg = 'excellentNotClean' | 'capped' | 'weighed';

const remedied = (d: Discipline) => d.selfDetected === true && d.remedied === true;
const o = (over: Record<string, unknown>) => ({ organizationId: 'CB1', level: 'good', ...over });

/**
 * `ranking.organization.discipline`: discipline inside a collective caps its level.
 * - HD 21: a leadership collective with a member disciplined from warning up is "not completed".
 * - QĐ 124: "excellent" needs no subordinate unit and no leadership member disciplined; a disciplined leadership
 *   collective, a subordinate unit or leadership member disciplined (unless self-detected and remedied), or more than
 *   20 % of subordinate units disciplined in the year make it "not completed".
 * - QĐ 366: "excellent" needs no subordinate unit and no leadership member disciplined; a leadership member
 *   disciplined from reprimand up for a duty-related violation makes it "not completed" (self-detected and remedied
 *   cases are weighed by the competent level).
 */
export const organizationDiscipline = defineRule({
  id: 'ranking.organization.discipline',
  family: 'ranking',
  title: { vi: 'Kỷ luật trong tập thể và mức xếp loại tập thể', en: 'Discipline inside a collective caps its level' },
  severity: 'error',
  appliesTo: ['rankingRound'],
  messages: {
    excellentNotClean: {
      vi: 'Tập thể {organizationId} được xếp HTXS nhưng có {what} bị kỷ luật trong năm.',
      en: 'Collective {organizationId} is ranked "excellent" but has {whatEn} disciplined in the year.',
    },
    capped: {
      vi: 'Tập thể {organizationId} chỉ được xếp KHT ({reason}), nhưng được xếp {level}.',
      en: 'Collective {organizationId} is "not completed" at most ({reasonEn}), but was ranked {levelEn}.',
    },
    weighed: {
      vi: 'Tập thể {organizationId} có thành viên lãnh đạo bị kỷ luật {form} nhưng đã tự phát hiện, khắc phục: mức {level} do cấp có thẩm quyền xem xét.',
      en: 'Collective {organizationId} has a leadership member disciplined ({formEn}), self-detected and remedied: level {levelEn} is for the competent level to weigh.',
    },
  },
  select: eachOrganization,
  versions: [
    {
      from: '2019-10-18',
      to: '2023-10-03',
      citations: [{ document: 'hd-21-2019', section: 'Mục II điểm B tiết 3' }],
      confidence: 'verified',
      check(ctx) {
        const e = ctx.subject;
        if (!e.level || e.level === 'notCompleted') return;
        const d = disciplineInYear(e.leadershipDiscipline, ctx.record.year).find((x) => disciplineRank(x.form) >= 2);
        if (d) capped(ctx, e, 'leadershipWarning', { ...formArgs(d.form) });
      },
    },
    {
      from: '2023-10-04',
      to: '2025-08-29',
      citations: [
        { document: 'qd-124-2023', article: '12', clause: '1-3' },
        { document: 'qd-124-2023', article: '12', clause: '4', point: '4.1' },
      ],
      confidence: 'verified',
      check(ctx) {
        const e = ctx.subject;
        if (!e.level || e.level === 'notCompleted') return;
        const year = ctx.record.year;
        const leaders = disciplineInYear(e.leadershipDiscipline, year);
        const sub = e.subordinateUnits;
        const subHard = sub ? sub.disciplined - (sub.disciplinedSelfDetected ?? 0) : 0;
        if (e.leadershipDisciplined) return capped(ctx, e, 'collectiveDisciplined');
        if (sub && sub.total > 0 && sub.disciplined * 100 > 20 * sub.total)
          return capped(ctx, e, 'over20', { disciplined: sub.disciplined, total: sub.total });
        const hardLeader = leaders.find((d) => !remedied(d));
        if (hardLeader) return capped(ctx, e, 'leaderDisciplined', formArgs(hardLeader.form));
        if (subHard > 0) return capped(ctx, e, 'subordinateDisciplined');
        if (e.level === 'excellent' && (leaders.length > 0 || (sub?.disciplined ?? 0) > 0))
          notClean(ctx, e, leaders.length > 0);
      },
    },
    {
      from: '2025-08-30',
      citations: [
        { document: 'qd-366-2025', article: '11', clause: '1' },
        { document: 'qd-366-2025', article: '11', clause: '4' },
      ],
      confidence: 'verified',
    },
  ],
  // QĐ 366
  check(ctx) {
    const e = ctx.subject;
    if (!e.level || e.level === 'notCompleted') return;
    const leaders = disciplineInYear(e.leadershipDiscipline, ctx.record.year);
    const hard = leaders.find((d) => d.dutyRelated === true && !remedied(d));
    if (hard) return capped(ctx, e, 'leaderDutyDisciplined', formArgs(hard.form));
    if (e.level === 'excellent' && (leaders.length > 0 || (e.subordinateUnits?.disciplined ?? 0) > 0))
      return notClean(ctx, e, leaders.length > 0);
    const soft = leaders.find((d) => d.dutyRelated === true && remedied(d));
    if (soft)
      ctx.report('weighed', {
        path: [...ctx.subjectPath, 'level'],
        severity: 'info',
        facts: { organizationId: e.organizationId, form: soft.form, level: e.level },
        args: { organizationId: e.organizationId, ...formArgs(soft.form), ...levelArgs('level', e.level) },
      });
  },
  examples: [
    {
      title: {
        vi: 'QĐ 366: HTT, thành viên bị kỷ luật không liên quan công vụ',
        en: 'QĐ 366: good, discipline unrelated to duties',
      },
      record: exampleRound(2025, [], {
        organizations: [
          o({ leadershipDiscipline: [{ form: 'reprimand', decidedOn: '2025-05-01', dutyRelated: false }] }),
        ],
      }),
      expect: [],
    },
    {
      title: {
        vi: 'QĐ 366: HTXS mà có đơn vị trực thuộc bị kỷ luật',
        en: 'QĐ 366: excellent with a disciplined subordinate unit',
      },
      record: exampleRound(2025, [], {
        organizations: [o({ level: 'excellent', subordinateUnits: { total: 8, disciplined: 1 } })],
      }),
      expect: ['excellentNotClean'],
    },
  ],
});

const REASONS = {
  leadershipWarning: [
    'thành viên tập thể lãnh đạo bị kỷ luật {form} trong năm',
    'a leadership member disciplined ({formEn}) in the year',
  ],
  collectiveDisciplined: [
    'tập thể lãnh đạo bị kỷ luật trong năm',
    'the leadership collective was disciplined in the year',
  ],
  over20: [
    '{disciplined}/{total} đơn vị trực thuộc bị kỷ luật, trên 20%',
    '{disciplined}/{total} subordinate units disciplined, over 20 %',
  ],
  leaderDisciplined: ['thành viên tập thể lãnh đạo bị kỷ luật {form}', 'a leadership member disciplined ({formEn})'],
  subordinateDisciplined: [
    'đơn vị trực thuộc bị kỷ luật, không thuộc trường hợp tự phát hiện, khắc phục',
    'a subordinate unit disciplined, not self-detected and remedied',
  ],
  leaderDutyDisciplined: [
    'thành viên tập thể lãnh đạo bị kỷ luật {form} do vi phạm liên quan chức trách, nhiệm vụ',
    'a leadership member disciplined ({formEn}) for a duty-related violation',
  ],
} as const;

function fill(t: string, a: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (w, k: string) => (a[k] === undefined ? w : String(a[k])));
}

function capped(
  ctx: { subjectPath: readonly (string | number)[]; report: (id: Msg, o: object) => void },
  e: CollectiveEvaluation,
  reason: keyof typeof REASONS,
  a: Record<string, string | number> = {},
): void {
  const [vi, en] = REASONS[reason];
  ctx.report('capped', {
    path: [...ctx.subjectPath, 'level'],
    facts: { organizationId: e.organizationId, level: e.level ?? null, reason },
    args: {
      organizationId: e.organizationId,
      ...levelArgs('level', e.level),
      reason: fill(vi, a),
      reasonEn: fill(en, a),
    },
  });
}

function notClean(
  ctx: { subjectPath: readonly (string | number)[]; report: (id: Msg, o: object) => void },
  e: CollectiveEvaluation,
  leader: boolean,
): void {
  ctx.report('excellentNotClean', {
    path: [...ctx.subjectPath, 'level'],
    facts: { organizationId: e.organizationId, leadershipMember: leader },
    args: {
      organizationId: e.organizationId,
      what: leader ? 'thành viên tập thể lãnh đạo' : 'đơn vị trực thuộc',
      whatEn: leader ? 'a leadership member' : 'a subordinate unit',
    },
  });
}
