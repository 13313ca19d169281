import { addMonths } from '../../date/add-months.js';
import type { CivilDate } from '../../date/civil-date.js';
import { completedMonths } from '../../date/completed-period.js';
import { defineRule } from '../../kernel/rule.js';
import { overRegimes } from '../../legal/regimes.js';
import {
  lateTransferStrikeOffMonths,
  temporaryTransferMonths,
  transferLetterWorkingDays,
  transferProcedureWorkingDays,
} from '../parameters.js';
import { eachEvent, firstAfter, lateness, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const transferDeadlinesSubjects = eachEvent('transferOut');

const parameters = {
  procedureDays: transferProcedureWorkingDays,
  letterDays: transferLetterWorkingDays,
  temporary: temporaryTransferMonths,
  lateStrikeOffMonths: lateTransferStrikeOffMonths,
};

/**
 * `member.transfer.deadlines`: the official-transfer procedure is done within 60 working days of the move; the
 * member presents the letter at the receiving organization within 30 working days of the introduction; a
 * temporary transfer covers an absence of 3 months to under a year (study: up to 2 years). From 29/9/2025 (HD 38)
 * more than 3 months without handing in the file is a strike-off ground ("tự ý bỏ sinh hoạt đảng").
 */
export const transferDeadlines = defineRule({
  id: 'member.transfer.deadlines',
  family: 'lifecycle',
  title: { vi: 'Thời hạn chuyển sinh hoạt đảng', en: 'Party-activity transfer deadlines' },
  description: {
    vi: 'Làm thủ tục chuyển sinh hoạt chính thức trong 60 ngày làm việc; xuất trình giấy giới thiệu trong 30 ngày làm việc; sinh hoạt tạm thời khi vắng từ 3 tháng đến dưới 1 năm (học tập đến 2 năm).',
    en: 'Official transfer within 60 working days; letter presented within 30 working days; temporary transfer for absences of 3 months to under a year (study: up to 2 years).',
  },
  severity: 'warning',
  appliesTo: ['member'],
  parameters,
  messages: {
    procedureLate: {
      vi: 'Giấy giới thiệu chuyển sinh hoạt ngày {actDate} quá {days} ngày làm việc kể từ {triggeredOn} (hạn {due}).',
      en: 'The transfer letter of {actDate} is past {days} working days from {triggeredOn} (deadline {due}).',
    },
    letterLate: {
      vi: 'Giấy giới thiệu được xuất trình ngày {presentedOn}, quá thời hạn {due}.',
      en: 'The letter was presented on {presentedOn}, past the deadline {due}.',
    },
    letterOverdue: {
      vi: 'Đã quá thời hạn {due} mà chưa xuất trình giấy giới thiệu sinh hoạt đảng.',
      en: 'The deadline {due} has passed and the transfer letter has not been presented.',
    },
    strikeOffGround: {
      vi: 'Quá 3 tháng chưa nộp hồ sơ chuyển sinh hoạt đảng: thuộc trường hợp xóa tên vì tự ý bỏ sinh hoạt đảng.',
      en: 'Over 3 months without handing in the transfer file: a strike-off ground (abandoning party activity).',
    },
    temporaryTooShort: {
      vi: 'Vắng dưới {min} tháng ({months} tháng): không cần chuyển sinh hoạt tạm thời.',
      en: 'An absence under {min} months ({months}) needs no temporary transfer.',
    },
    temporaryTooLong: {
      vi: 'Vắng {months} tháng: quá thời gian sinh hoạt tạm thời, phải chuyển sinh hoạt đảng chính thức.',
      en: 'An absence of {months} months is too long for a temporary transfer: transfer officially.',
    },
  },
  optionalParameters: ['lateStrikeOffMonths'],
  select: transferDeadlinesSubjects,
  versions: [
    // QĐ 29 6.3, then QĐ 24 / QĐ 232 6.3.1 a, c (60 and 30 working days in the regulation itself) and 6.3.2.
    ...overRegimes({ from: '2016-07-25', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      citations:
        d.charterRegulation === 'qd-29-2016'
          ? [{ document: 'qd-29-2016', point: '6.3' }]
          : [
              { document: d.charterRegulation!, point: '6.3.1' },
              { document: d.charterRegulation!, point: '6.3.2' },
            ],
      confidence: d.charterRegulation === 'qd-29-2016' ? ('verified' as const) : ('secondary' as const),
    })),
    {
      from: '2025-07-01',
      to: '2025-09-28',
      citations: [
        { document: 'qd-294-2025', point: '6.3.1' },
        { document: 'qd-294-2025', point: '6.3.2' },
      ],
      confidence: 'verified',
    },
    {
      from: '2025-09-29',
      citations: [
        { document: 'qd-294-2025', point: '6.3.1' },
        { document: 'qd-294-2025', point: '6.3.2' },
        { document: 'hd-38-2025', section: 'mục II 4.3.1' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Thêm: quá 3 tháng không nộp hồ sơ thì xóa tên.',
        en: 'Adds: over 3 months without the file → strike-off.',
      },
    },
  ],
  check(ctx) {
    const { event, index } = ctx.subject;
    const p = ctx.params;
    if (event.mode === 'official' && event.triggeredOn) {
      const due = ctx.calendar.addWorkingDays(event.triggeredOn, p.procedureDays);
      if (event.date > due)
        ctx.report('procedureLate', {
          path: ['events', index, 'date'],
          facts: { triggeredOn: event.triggeredOn, due, days: p.procedureDays },
        });
    }
    if (event.mode === 'temporary' && event.expectedUntil) {
      const months = completedMonths(event.date, event.expectedUntil);
      const max = event.purpose === 'study' ? p.temporary.studyMax : p.temporary.maxExclusive - 1;
      const facts = { months, min: p.temporary.min, max };
      if (months < p.temporary.min)
        ctx.report('temporaryTooShort', { path: ['events', index, 'expectedUntil'], facts, severity: 'info' });
      else if (months > max || (event.purpose !== 'study' && months >= p.temporary.maxExclusive))
        ctx.report('temporaryTooLong', { path: ['events', index, 'expectedUntil'], facts });
    }
    const next = firstAfter(
      ctx.record,
      index,
      'transferIn',
      'transferOut',
      'strikeOff',
      'voluntaryExit',
      'expulsion',
      'death',
    );
    const presented = next?.event.type === 'transferIn' && next.event.mode === event.mode ? next : undefined;
    if (next && !presented) return;
    const due = ctx.calendar.addWorkingDays(event.date, p.letterDays);
    const presentedOn = presented?.event.date as CivilDate | undefined;
    const late = lateness(ctx.calendar, due, presentedOn, ctx.asOf);
    if (late && !(presented?.event as { goodReason?: boolean } | undefined)?.goodReason) {
      if (late.late === 'done')
        ctx.report('letterLate', {
          path: ['events', presented!.index, 'date'],
          facts: { due, presentedOn: presentedOn! },
        });
      else ctx.report('letterOverdue', { facts: { due } });
    }
    // from HD 38 (29/9/2025) on: the dated parameter says when and how long, whatever version carries the rule
    // (the 2026 texts carry it over under versions that start on other dates)
    // (optional: no value before HD 38; read through the engine, so a plugin's amendment reaches it)
    const lateStrikeOff = ctx.params.lateStrikeOffMonths as number | undefined;
    if (lateStrikeOff !== undefined && event.mode === 'official') {
      const limit = addMonths(event.date, lateStrikeOff);
      const end = presentedOn ?? ctx.asOf;
      if (end > limit && !(presented?.event as { goodReason?: boolean } | undefined)?.goodReason)
        ctx.report('strikeOffGround', { facts: { limit } });
    }
  },
  examples: [
    {
      title: { vi: 'Xuất trình sau 1 tuần', en: 'Presented after a week' },
      record: memberWith([
        { type: 'admissionDecision', date: '2015-07-27' },
        { type: 'admissionCeremony', date: '2015-08-10' },
        { type: 'transferOut', date: '2025-10-06', mode: 'official' },
        { type: 'transferIn', date: '2025-10-13', mode: 'official' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Xuất trình sau 2 tháng', en: 'Presented after two months' },
      record: memberWith([
        { type: 'admissionDecision', date: '2015-07-27' },
        { type: 'admissionCeremony', date: '2015-08-10' },
        { type: 'transferOut', date: '2025-10-06', mode: 'official' },
        { type: 'transferIn', date: '2025-12-22', mode: 'official' },
      ]),
      expect: ['letterLate'],
    },
  ],
});
