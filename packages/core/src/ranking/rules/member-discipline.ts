import { defineRule } from '../../kernel/rule.js';
import { type Discipline, disciplineInYear, isDutyRelated } from '../model/discipline.js';
import type { MemberEvaluation } from '../model/round.js';
import { eachMember, exampleRound } from './select.js';
import { formArgs, levelArgs } from './text.js';

const remedied = (d: Discipline) => d.selfDetected === true && d.remedied === true;
const member = (discipline: Record<string, unknown>, level = 'good') => ({
  memberId: 'DV07',
  level,
  discipline: [{ form: 'reprimand', decidedOn: '2025-06-10', ...discipline }],
});

/**
 * `ranking.member.discipline`: a member disciplined in the year ranked is capped at "not completed":
 * - HD 21 (2019–2022): any discipline decided in the year (one violation counted once);
 * - QĐ 124 (2023–2024): any discipline in the year, unless self-detected and its consequences remedied;
 * - QĐ 366 (from 2025): only a violation related to duties / public service disciplined from reprimand up; when the
 *   member self-admitted and remedied it, the competent level weighs the case (no automatic cap).
 */
export const memberDiscipline = defineRule({
  id: 'ranking.member.discipline',
  family: 'ranking',
  title: { vi: 'Đảng viên bị kỷ luật trong năm', en: 'Member disciplined in the year' },
  description: {
    vi: 'Đảng viên bị kỷ luật trong năm đánh giá xếp loại Không hoàn thành nhiệm vụ, theo điều kiện của từng chế độ.',
    en: 'A member disciplined in the evaluation year is ranked "not completed", on the conditions of each regime.',
  },
  severity: 'error',
  appliesTo: ['rankingRound'],
  messages: {
    capped: {
      vi: 'Đảng viên {memberId} bị kỷ luật {form} ngày {decidedOn} (trong năm {year}) nên chỉ được xếp loại KHT, nhưng được xếp {level}.',
      en: 'Member {memberId} was disciplined ({formEn}) on {decidedOn}, in {year}, so is ranked "not completed" at most, but was ranked {levelEn}.',
    },
    dutyUnknown: {
      vi: 'Đảng viên {memberId} bị kỷ luật {form} ngày {decidedOn} nhưng hồ sơ không ghi vi phạm có liên quan đến chức trách, nhiệm vụ hay không; nếu có thì chỉ được xếp KHT (đang xếp {level}).',
      en: 'Member {memberId} was disciplined ({formEn}) on {decidedOn}; the record does not say whether the violation relates to duties; if it does, the level is "not completed" (now {levelEn}).',
    },
    weighed: {
      vi: 'Đảng viên {memberId} bị kỷ luật {form} ngày {decidedOn} nhưng tự phát hiện và khắc phục xong hậu quả: mức {level} do cấp có thẩm quyền xem xét.',
      en: 'Member {memberId} was disciplined ({formEn}) on {decidedOn} but self-detected and remedied it: level {levelEn} is for the competent level to weigh.',
    },
  },
  select: eachMember,
  versions: [
    {
      from: '2019-10-18',
      to: '2023-10-03',
      citations: [{ document: 'hd-21-2019', section: 'Mục II điểm B tiết 2–3' }],
      confidence: 'verified',
      check(ctx) {
        const e = ctx.subject;
        if (!e.level || e.level === 'notCompleted') return;
        const d = disciplineInYear(e.discipline, ctx.record.year)[0];
        if (d) ctx.report('capped', facts(ctx.subjectPath, e, d, ctx.record.year));
      },
    },
    {
      from: '2023-10-04',
      to: '2025-08-29',
      citations: [{ document: 'qd-124-2023', article: '12', clause: '4', point: '4.3 d' }],
      confidence: 'verified',
      check(ctx) {
        const e = ctx.subject;
        if (!e.level || e.level === 'notCompleted') return;
        const list = disciplineInYear(e.discipline, ctx.record.year);
        const d = list.find((x) => !remedied(x));
        if (d) ctx.report('capped', facts(ctx.subjectPath, e, d, ctx.record.year));
      },
    },
    {
      from: '2025-08-30',
      citations: [
        { document: 'qd-366-2025', article: '11', clause: '4', point: '4.1, 4.2' },
        { document: 'qd-366-2025', article: '11', clause: '4', point: '4.3' },
      ],
      confidence: 'verified',
    },
  ],
  // QĐ 366
  check(ctx) {
    const e = ctx.subject;
    if (!e.level || e.level === 'notCompleted') return;
    const year = ctx.record.year;
    const list = disciplineInYear(e.discipline, year);
    const hard = list.find((d) => isDutyRelated(d) === true && !remedied(d));
    if (hard) return ctx.report('capped', facts(ctx.subjectPath, e, hard, year));
    const unknown = list.find((d) => isDutyRelated(d) === undefined && !remedied(d));
    if (unknown) return ctx.report('dutyUnknown', { ...facts(ctx.subjectPath, e, unknown, year), severity: 'warning' });
    const soft = list.find((d) => isDutyRelated(d) !== false && remedied(d));
    if (soft) ctx.report('weighed', { ...facts(ctx.subjectPath, e, soft, year), severity: 'info' });
  },
  examples: [
    {
      title: { vi: 'QĐ 366: kỷ luật không liên quan công vụ', en: 'QĐ 366: discipline unrelated to duties' },
      record: exampleRound(2025, [member({ dutyRelated: false })]),
      expect: [],
    },
    {
      title: { vi: 'QĐ 366: kỷ luật liên quan công vụ mà xếp HTT', en: 'QĐ 366: duty-related discipline ranked good' },
      record: exampleRound(2025, [member({ dutyRelated: true })]),
      expect: ['capped'],
    },
    {
      title: { vi: 'HD 21: bị kỷ luật trong năm mà xếp HT', en: 'HD 21: disciplined in the year ranked completed' },
      record: exampleRound(2021, [member({ decidedOn: '2021-03-01' }, 'completed')]),
      expect: ['capped'],
    },
  ],
});

function facts(path: readonly (string | number)[], e: MemberEvaluation, d: Discipline, year: number) {
  return {
    path: [...path, 'level'],
    facts: { memberId: e.memberId, level: e.level ?? null, form: d.form, decidedOn: d.decidedOn, year },
    args: { memberId: e.memberId, ...levelArgs('level', e.level), ...formArgs(d.form), decidedOn: d.decidedOn, year },
  };
}
