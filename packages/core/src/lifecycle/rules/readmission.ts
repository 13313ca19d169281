import { addMonths } from '../../date/add-months.js';
import { defineRule } from '../../kernel/rule.js';
import type { MemberEvent } from '../../model/member.js';
import { readmissionMonths } from '../parameters.js';
import { eachEvent, lastBefore, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const readmissionConditionsSubjects = eachEvent('readmission');

const parameters = { months: readmissionMonths };

/** Why a former member cannot be re-admitted (the five barred causes), or null. */
export function readmissionBar(exit: MemberEvent): string | null {
  const conviction = 'conviction' in exit ? exit.conviction : undefined;
  if (conviction?.corruption) return 'corruption';
  if (conviction && conviction.severity !== 'lessSerious') return 'seriousCrime';
  switch (exit.type) {
    case 'strikeOff':
      return exit.ground === 'inactivity' || exit.ground === 'lateTransfer' ? 'abandonedActivity' : null;
    case 'voluntaryExit':
      return exit.familyHardship ? null : 'applicationToLeave';
    case 'expulsion':
      return exit.cause === 'disunity' ? 'disunity' : exit.cause === 'corruption' ? 'corruption' : null;
    default:
      return null;
  }
}

/**
 * `member.readmission.conditions`: at least 36 months since leaving (60 months after the expungement of a
 * less-serious conviction); written consent of the provincial standing committee; never for the five barred
 * causes (abandoned activity, application to leave except family hardship, serious disunity, corruption
 * conviction, conviction of a serious crime or worse). "Only once" is in the transition table.
 */
export const readmissionConditions = defineRule({
  id: 'member.readmission.conditions',
  family: 'lifecycle',
  title: { vi: 'Điều kiện kết nạp lại', en: 'Conditions for re-admission' },
  description: {
    vi: 'Ít nhất 36 tháng kể từ khi ra khỏi Đảng (60 tháng sau khi được xóa án tích với tội ít nghiêm trọng); có văn bản đồng ý của ban thường vụ tỉnh ủy; không thuộc năm trường hợp không xem xét kết nạp lại.',
    en: 'At least 36 months since leaving (60 after expungement of a less-serious conviction); provincial standing committee consent; none of the five barred causes.',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    tooSoon: {
      vi: 'Kết nạp lại ngày {actDate}, chưa đủ {minMonths} tháng kể từ khi ra khỏi Đảng ({exitDate}).',
      en: 'Re-admitted on {actDate}, less than {minMonths} months after leaving ({exitDate}).',
    },
    tooSoonAfterExpungement: {
      vi: 'Chưa đủ {minMonths} tháng kể từ ngày được xóa án tích ({expungedOn}).',
      en: 'Less than {minMonths} months since the conviction was expunged ({expungedOn}).',
    },
    barred: {
      vi: 'Không xem xét kết nạp lại người đã ra khỏi Đảng vì lý do: {cause}.',
      en: 'A person who left for this cause cannot be re-admitted: {cause}.',
    },
    noConsent: {
      vi: 'Hồ sơ không ghi văn bản đồng ý của ban thường vụ tỉnh ủy, thành ủy (hoặc tương đương).',
      en: 'No written consent of the provincial standing committee is recorded.',
    },
  },
  select: readmissionConditionsSubjects,
  versions: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      citations: [{ document: 'qd-29-2016', point: '3.5' }],
      confidence: 'secondary',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      citations: [
        { document: 'qd-24-2021', point: '3.5.1' },
        { document: 'qd-24-2021', point: '3.5.2' },
      ],
      confidence: 'verified',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      citations: [
        { document: 'qd-232-2025', point: '3.5.1' },
        { document: 'qd-232-2025', point: '3.5.2' },
      ],
      confidence: 'verified',
    },
    {
      from: '2025-07-01',
      citations: [
        { document: 'qd-294-2025', point: '3.5.1' },
        { document: 'qd-294-2025', point: '3.5.2' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const { event, index } = ctx.subject;
    const exit = lastBefore(ctx.record, index, 'strikeOff', 'probationStrikeOff', 'voluntaryExit', 'expulsion');
    if (!exit) return;
    const cause = readmissionBar(exit.event);
    if (cause) ctx.report('barred', { path: ['events', exit.index], facts: { cause, exitDate: exit.event.date } });
    const m = ctx.params.months;
    if (addMonths(exit.event.date, m.sinceExit) > ctx.actDate)
      ctx.report('tooSoon', { facts: { exitDate: exit.event.date, minMonths: m.sinceExit } });
    const conviction = 'conviction' in exit.event ? exit.event.conviction : undefined;
    if (
      conviction?.severity === 'lessSerious' &&
      conviction.expungedOn &&
      addMonths(conviction.expungedOn, m.afterExpungement) > ctx.actDate
    )
      ctx.report('tooSoonAfterExpungement', {
        facts: { expungedOn: conviction.expungedOn, minMonths: m.afterExpungement },
      });
    if (event.provincialConsent !== true)
      ctx.report('noConsent', { path: ['events', index, 'provincialConsent'], severity: 'warning' });
  },
  examples: [
    {
      title: { vi: 'Sau 4 năm, có ý kiến tỉnh ủy', en: 'After four years, with consent' },
      record: memberWith([
        { type: 'admissionDecision', date: '2010-03-01' },
        { type: 'admissionCeremony', date: '2010-03-20' },
        { type: 'recognitionDecision', date: '2011-03-25' },
        { type: 'strikeOff', date: '2018-05-02', ground: 'duesUnpaid' },
        { type: 'readmission', date: '2022-06-01', provincialConsent: true },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Xin ra khỏi Đảng rồi xin kết nạp lại', en: 'Left by application, then re-admitted' },
      record: memberWith([
        { type: 'admissionDecision', date: '2010-03-01' },
        { type: 'admissionCeremony', date: '2010-03-20' },
        { type: 'recognitionDecision', date: '2011-03-25' },
        { type: 'voluntaryExit', date: '2018-05-02' },
        { type: 'readmission', date: '2022-06-01', provincialConsent: true },
      ]),
      expect: ['barred'],
    },
  ],
});
