import { completedMonths } from '../../date/completed-period.js';
import { defineRuleFor } from '../../kernel/rule.js';
import { formArgs } from '../../ranking/rules/text.js';
import { disciplineEffect } from '../../records/discipline.js';
import type { Appointment } from '../model/appointment.js';
import { disciplineBarMonths } from '../parameters.js';
import { appointmentDate, atDecision, exampleAppointment } from './appointment-shared.js';

/**
 * `cadre.appointment.discipline`: before appointment to a higher post a disciplined cadre waits, from the discipline
 * decision: one year (QĐ 105), 12 / 30 / 60 months for reprimand / warning / removal from post (QĐ 80, from
 * 18/8/2022), 24 / 36 / 60 months (QĐ 377, from 8/10/2025).
 */
export const appointmentDiscipline = defineRuleFor<Appointment>()({
  id: 'cadre.appointment.discipline',
  family: 'cadre',
  title: {
    vi: 'Thời gian sau kỷ luật trước khi bổ nhiệm chức vụ cao hơn',
    en: 'Waiting time after discipline before a higher post',
  },
  severity: 'error',
  appliesTo: ['appointment'],
  parameters: { bars: disciplineBarMonths },
  messages: {
    barred: {
      vi: 'Cán bộ {cadreId} bị kỷ luật {form} ngày {decidedOn}; đến {at} mới được {months} tháng, chưa đủ {bar} tháng để bổ nhiệm chức vụ cao hơn.',
      en: 'Cadre {cadreId} was disciplined ({formEn}) on {decidedOn}: {months} months by {at}, short of the {bar} months before a higher post.',
    },
  },
  select: (a) => (a.post.higher ? atDecision(a) : null),
  versions: [
    { from: '2017-12-19', to: '2022-08-17', citations: [{ document: 'qd-105-2017' }], confidence: 'secondary' },
    { from: '2022-08-18', to: '2025-10-07', citations: [{ document: 'qd-80-2022' }], confidence: 'verified' },
    { from: '2025-10-08', citations: [{ document: 'qd-377-2025' }], confidence: 'secondary' },
  ],
  check(ctx) {
    const a = ctx.record;
    const at = appointmentDate(a);
    for (const [i, d] of (a.cadre.discipline ?? []).entries()) {
      if (d.decidedOn > at || d.annulled) continue;
      const bar = d.form === 'expulsion' ? null : ctx.params.bars[d.form];
      const months = completedMonths(d.decidedOn, at);
      if (bar === null || months < bar)
        ctx.report('barred', {
          path: ['cadre', 'discipline', i],
          facts: { cadreId: a.cadre.id, form: d.form, decidedOn: d.decidedOn, at, months, bar },
          args: { cadreId: a.cadre.id, ...formArgs(d.form), decidedOn: d.decidedOn, at, months, bar: bar ?? '∞' },
        });
    }
  },
  examples: [
    {
      title: { vi: 'QĐ 377: khiển trách 25 tháng trước', en: 'QĐ 377: reprimand 25 months before' },
      record: exampleAppointment({}, { discipline: [{ form: 'reprimand', decidedOn: '2024-01-15' }] }),
      expect: [],
    },
    {
      title: { vi: 'QĐ 377: khiển trách 14 tháng trước', en: 'QĐ 377: reprimand 14 months before' },
      record: exampleAppointment({}, { discipline: [{ form: 'reprimand', decidedOn: '2024-12-20' }] }),
      expect: ['barred'],
    },
  ],
});

/**
 * `cadre.appointment.disciplineInEffect`: while a discipline decision is in effect — 12 months from its announcement
 * unless it ends earlier, is annulled, or has no automatic end after a complaint or relapse — the cadre is not
 * appointed (QĐ 69 Điều 2 khoản 5, 13). The decision date stands for the announcement date when none is recorded.
 * Uses the one discipline model's `disciplineEffect`.
 */
export const appointmentDisciplineInEffect = defineRuleFor<Appointment>()({
  id: 'cadre.appointment.disciplineInEffect',
  family: 'cadre',
  title: {
    vi: 'Không bổ nhiệm khi quyết định kỷ luật còn hiệu lực',
    en: 'No appointment while a discipline is in effect',
  },
  severity: 'error',
  appliesTo: ['appointment'],
  messages: {
    inEffect: {
      vi: 'Quyết định kỷ luật {form} ngày {decidedOn} đối với cán bộ {cadreId} còn hiệu lực đến {endsOn}: chưa được bổ nhiệm.',
      en: 'The discipline ({formEn}) of {decidedOn} against cadre {cadreId} is in effect until {endsOn}: no appointment yet.',
    },
    inEffectNoEnd: {
      vi: 'Quyết định kỷ luật {form} ngày {decidedOn} đối với cán bộ {cadreId} còn hiệu lực và không tự chấm dứt (có khiếu nại hoặc tái phạm): chưa được bổ nhiệm.',
      en: 'The discipline ({formEn}) of {decidedOn} against cadre {cadreId} is in effect with no automatic end (complaint or relapse): no appointment yet.',
    },
  },
  select: atDecision,
  versions: [
    {
      from: '2022-07-06',
      citations: [{ document: 'qd-69-2022', article: '2', clause: '5, 13' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const a = ctx.record;
    const at = appointmentDate(a);
    for (const [i, d] of (a.cadre.discipline ?? []).entries()) {
      if (d.form === 'expulsion') continue;
      const eff = disciplineEffect(d, at);
      if (!eff.inEffect) continue;
      const endsOn = eff.until;
      const base = { cadreId: a.cadre.id, form: d.form, decidedOn: d.decidedOn };
      if (endsOn)
        ctx.report('inEffect', {
          path: ['cadre', 'discipline', i],
          facts: { ...base, endsOn, reason: eff.reason },
          args: { cadreId: a.cadre.id, ...formArgs(d.form), decidedOn: d.decidedOn, endsOn },
        });
      else
        ctx.report('inEffectNoEnd', {
          path: ['cadre', 'discipline', i],
          facts: { ...base, reason: eff.reason },
          args: { cadreId: a.cadre.id, ...formArgs(d.form), decidedOn: d.decidedOn },
        });
    }
  },
  examples: [
    {
      title: { vi: 'Kỷ luật đã quá 12 tháng', en: 'Discipline over 12 months before' },
      record: exampleAppointment(
        { type: 'reappointment', post: { title: 'Trưởng phòng' } },
        { discipline: [{ form: 'reprimand', decidedOn: '2025-01-10' }] },
      ),
      expect: [],
    },
    {
      title: { vi: 'Kỷ luật 5 tháng trước', en: 'Discipline 5 months before' },
      record: exampleAppointment(
        { type: 'reappointment', post: { title: 'Trưởng phòng' } },
        { discipline: [{ form: 'reprimand', decidedOn: '2025-10-01' }] },
      ),
      expect: ['inEffect'],
    },
  ],
});
