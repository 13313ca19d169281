import { defineRule } from '../../kernel/rule.js';
import { overRegimes } from '../../legal/regimes.js';
import type { Member } from '../../model/member.js';
import { disciplineExpiry } from '../deadlines.js';
import { strikeOffWarnings } from '../facts.js';
import { replay } from '../history.js';
import { isOnRolls } from '../state.js';
import { eachEvent, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const voluntaryExitWithoutViolationSubjects = eachEvent('voluntaryExit');

/**
 * `member.exit.voluntaryWithoutViolation`: the Party lets a member leave on application only when the member has
 * not violated member standing; a member in violation is disciplined first. Judged at the exit decision: a
 * discipline still in effect, or a recorded standing violation in that year or the year before, is an error.
 */
export const voluntaryExitWithoutViolation = defineRule({
  id: 'member.exit.voluntaryWithoutViolation',
  family: 'lifecycle',
  title: { vi: 'Cho ra khỏi Đảng chỉ khi chưa vi phạm tư cách', en: 'Voluntary exit only without violations' },
  description: {
    vi: 'Chỉ xem xét cho ra khỏi Đảng đối với đảng viên chưa vi phạm tư cách; nếu vi phạm thì phải xử lý kỷ luật trước.',
    en: 'Only a member who has not violated member standing may leave on application; violations are disciplined first.',
  },
  severity: 'error',
  appliesTo: ['member'],
  messages: {
    underDiscipline: {
      vi: 'Đảng viên đang chịu kỷ luật ({form}) khi được cho ra khỏi Đảng.',
      en: 'The member was under discipline ({form}) when allowed to leave.',
    },
    violation: {
      vi: 'Đảng viên có vi phạm tư cách năm {year} nhưng được cho ra khỏi Đảng thay vì xử lý kỷ luật.',
      en: 'The member violated member standing in {year} yet was allowed to leave instead of being disciplined.',
    },
  },
  select: voluntaryExitWithoutViolationSubjects,
  versions: [
    {
      from: '2016-09-20',
      to: '2021-09-27',
      citations: [
        { document: 'dieu-le-2011', article: '8', clause: '3' },
        { document: 'hd-01-2016', point: '11.2' },
      ],
      confidence: 'verified',
    },
    {
      from: '2021-09-28',
      to: '2025-06-08',
      citations: [
        { document: 'dieu-le-2011', article: '8', clause: '3' },
        { document: 'hd-01-2021', point: '11.2' },
      ],
      confidence: 'verified',
    },
    {
      from: '2025-06-09',
      citations: [
        { document: 'dieu-le-2011', article: '8', clause: '3' },
        { document: 'hd-06-2025', point: '11.2 a' },
      ],
      confidence: 'verified',
      note: {
        vi: 'HD 06 điểm 11.2 a đọc trong bản chính thức (kiểm tra 12/2026).',
        en: 'HD 06 point 11.2 a read in the official PDF (December 2026 audit).',
      },
    },
  ],
  check(ctx) {
    const { index } = ctx.subject;
    const year = Number(ctx.actDate.slice(0, 4));
    ctx.record.events.forEach((e, i) => {
      if (i >= index) return;
      if (e.type === 'discipline') {
        const exp = disciplineExpiry(e);
        if (!exp || exp.due > ctx.actDate)
          ctx.report('underDiscipline', { path: ['events', i], facts: { form: e.form } });
      }
      if (e.type === 'standingViolation' && (e.year === year || e.year === year - 1))
        ctx.report('violation', { path: ['events', i], facts: { year: e.year } });
    });
  },
  examples: [
    {
      title: { vi: 'Xin ra khỏi Đảng, không vi phạm', en: 'Leaves, no violation' },
      record: memberWith([
        { type: 'admissionDecision', date: '2010-03-01' },
        { type: 'admissionCeremony', date: '2010-03-20' },
        { type: 'recognitionDecision', date: '2011-03-25' },
        { type: 'voluntaryExit', date: '2024-06-03' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Đang bị cảnh cáo', en: 'While warned' },
      record: memberWith([
        { type: 'admissionDecision', date: '2010-03-01' },
        { type: 'admissionCeremony', date: '2010-03-20' },
        { type: 'recognitionDecision', date: '2011-03-25' },
        { type: 'discipline', date: '2024-01-08', form: 'warning' },
        { type: 'voluntaryExit', date: '2024-06-03' },
      ]),
      expect: ['underDiscipline'],
    },
  ],
});

/**
 * `member.strikeOff.groundMet`: warns when the history shows a strike-off ground that the cell must consider — 3
 * months in a year without activity or dues and without good reason, 12 months of education without progress, or
 * member-standing violations in two consecutive years — for a member still on the rolls. Judged at the last event.
 */
export const strikeOffGroundMet = defineRule({
  id: 'member.strikeOff.groundMet',
  family: 'lifecycle',
  title: { vi: 'Dấu hiệu thuộc trường hợp xóa tên', en: 'A strike-off ground is met' },
  description: {
    vi: 'Bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng; 12 tháng giáo dục không tiến bộ; hai năm liền vi phạm tư cách đảng viên.',
    en: 'Three months in a year without activity or dues and without good reason; 12 months of education without progress; two consecutive years of violations.',
  },
  severity: 'warning',
  appliesTo: ['member'],
  messages: {
    groundMet: {
      vi: 'Thuộc trường hợp chi bộ phải xem xét, đề nghị xóa tên: {what}.',
      en: 'The cell must consider a strike-off: {whatEn}.',
    },
  },
  select: (m: Member) =>
    m.events?.length ? { value: m, actDate: m.events[m.events.length - 1]!.date, path: [] } : null,
  versions: [
    {
      from: '2011-01-19',
      to: '2011-10-31',
      citations: [{ document: 'dieu-le-2011', article: '8', clause: '1' }],
      confidence: 'secondary',
      note: {
        vi: 'Chỉ có hai căn cứ của Điều lệ (3 tháng không sinh hoạt hoặc không đóng đảng phí; giảm sút ý chí, không tiến bộ).',
        en: "Only the Charter's two grounds (3 months without activity or dues; declining will, no progress).",
      },
    },
    // The implementing regulation in force beside the Charter: QĐ 45, QĐ 29, QĐ 24, QĐ 232 (point 8.1 from QĐ 24 on).
    ...overRegimes({ from: '2011-11-01', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      citations: [
        { document: 'dieu-le-2011', article: '8', clause: '1' },
        { document: d.charterRegulation!, point: '8.1' },
      ],
      confidence: d.charterRegulation === 'qd-24-2021' ? ('verified' as const) : ('secondary' as const),
    })),
    {
      from: '2025-07-01',
      citations: [
        { document: 'dieu-le-2011', article: '8', clause: '1' },
        { document: 'qd-294-2025', point: '8.1' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    if (!isOnRolls(replay(ctx.record).state.status)) return;
    for (const w of strikeOffWarnings(ctx.record, ctx.asOf))
      if (w.ground !== 'lateTransfer')
        ctx.report('groundMet', {
          facts: { ground: w.ground, detail: w.detail },
          args: { ...groundText(w.ground, w.detail) },
        });
  },
  examples: [
    {
      title: { vi: 'Hai tháng không đóng đảng phí', en: 'Two months without dues' },
      record: memberWith([
        { type: 'admissionDecision', date: '2010-03-01' },
        { type: 'admissionCeremony', date: '2010-03-20' },
        { type: 'recognitionDecision', date: '2011-03-25' },
        { type: 'missedMonth', date: '2025-02-01', dues: true },
        { type: 'missedMonth', date: '2025-03-01', dues: true },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Ba tháng trong năm', en: 'Three months in a year' },
      record: memberWith([
        { type: 'admissionDecision', date: '2010-03-01' },
        { type: 'admissionCeremony', date: '2010-03-20' },
        { type: 'recognitionDecision', date: '2011-03-25' },
        { type: 'missedMonth', date: '2025-02-01', dues: true },
        { type: 'missedMonth', date: '2025-03-01', meetings: true },
        { type: 'missedMonth', date: '2025-07-01', dues: true },
      ]),
      expect: ['groundMet'],
    },
  ],
});

/** A strike-off ground in words, from its detail (`2024:3` = 3 months missed in 2024; a date; `2023-2024`). */
function groundText(ground: string, detail: string): { what: string; whatEn: string } {
  if (ground === 'missedMonths') {
    const [year, n] = detail.split(':');
    return {
      what: `${n} tháng trong năm ${year} không sinh hoạt đảng hoặc không đóng đảng phí`,
      whatEn: `${n} months in ${year} without Party activity or dues`,
    };
  }
  if (ground === 'noProgress') {
    const d = `${detail.slice(8, 10)}/${detail.slice(5, 7)}/${detail.slice(0, 4)}`;
    return {
      what: `giáo dục, giúp đỡ từ ${d} mà không tiến bộ`,
      whatEn: `no progress after remedial education since ${detail}`,
    };
  }
  if (ground === 'repeatedViolations')
    return {
      what: `vi phạm tư cách đảng viên các năm ${detail.replace('-', '–')}`,
      whatEn: `standing violations in ${detail.replace('-', '–')}`,
    };
  return { what: detail, whatEn: detail };
}
