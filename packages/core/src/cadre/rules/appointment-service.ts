import { defineRuleFor } from '../../kernel/rule.js';
import type { Appointment } from '../model/appointment.js';
import { retirementReachedOn, serviceMonthsLeft } from '../model/service.js';
import { minServiceMonths } from '../parameters.js';
import { exampleAppointment } from './appointment-shared.js';

/**
 * `cadre.appointment.serviceLeft`: a first appointment (or nomination) to a leadership post needs a full term — 60
 * months — of service left, counted as the actual retirement age minus the age on the day the personnel advisory
 * body receives the file (KL 08, from 1/8/2021; QĐ 80; QĐ 377 Điều 34 k5). From QĐ 377 a special case decided by the
 * appointing authority may go down to 48 months.
 */
export const appointmentServiceLeft = defineRuleFor<Appointment>()({
  id: 'cadre.appointment.serviceLeft',
  family: 'cadre',
  title: {
    vi: 'Tuổi bổ nhiệm lần đầu: còn đủ một nhiệm kỳ công tác',
    en: 'First appointment: a full term of service left',
  },
  severity: 'error',
  appliesTo: ['appointment'],
  parameters: { min: minServiceMonths },
  messages: {
    tooLittle: {
      vi: 'Khi nhận hồ sơ ({at}) cán bộ {cadreId} còn {left} tháng công tác (đủ tuổi nghỉ hưu ngày {retiresOn}); cần ít nhất {min} tháng.',
      en: 'When the file was received ({at}) cadre {cadreId} had {left} months of service left (retirement age on {retiresOn}); at least {min} needed.',
    },
  },
  // Age is counted at the day the file is received.
  select: (a) => (a.type === 'first' ? { value: a, actDate: a.fileReceivedOn, path: ['fileReceivedOn'] } : null),
  versions: [
    {
      from: '2021-08-01',
      to: '2022-08-17',
      citations: [{ document: 'kl-08-2021' }, { document: 'hd-06-btctw-2021' }],
      confidence: 'verified',
    },
    {
      from: '2022-08-18',
      to: '2025-10-07',
      citations: [{ document: 'qd-80-2022' }, { document: 'kl-08-2021' }],
      confidence: 'verified',
    },
    {
      from: '2025-10-08',
      citations: [{ document: 'qd-377-2025', article: '34', clause: '5' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const a = ctx.record;
    const left = serviceMonthsLeft(a.cadre, a.fileReceivedOn);
    const { normal, special } = ctx.params.min;
    const min = a.specialCase && special != null ? special : normal;
    if (left < min)
      ctx.report('tooLittle', {
        facts: {
          cadreId: a.cadre.id,
          at: a.fileReceivedOn,
          left,
          min,
          specialCase: a.specialCase === true,
          retiresOn: retirementReachedOn(a.cadre),
        },
      });
  },
  examples: [
    {
      title: { vi: 'Sinh 1975, nhận hồ sơ 2026', en: 'Born 1975, file 2026' },
      record: exampleAppointment(),
      expect: [],
    },
    {
      title: { vi: 'Sinh 1966, nhận hồ sơ 2026', en: 'Born 1966, file 2026' },
      record: exampleAppointment({}, { birthDate: '1966-01-10' }),
      expect: ['tooLittle'],
    },
  ],
});
