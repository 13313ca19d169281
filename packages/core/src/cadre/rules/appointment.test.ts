import { RuleTester } from '../../kernel/rule-tester.js';
import { appointmentKind } from '../kinds.js';
import { appointmentDiscipline, appointmentDisciplineInEffect } from './appointment-discipline.js';
import { appointmentServiceLeft } from './appointment-service.js';
import { exampleAppointment as file } from './appointment-shared.js';
import { appointmentRankingHistory, appointmentReappointment, appointmentTimeInPost } from './appointment-term.js';

const tester = new RuleTester({ recordKinds: [appointmentKind], asOf: '2026-06-01' });
const disc = (form: string, decidedOn: string) => ({ discipline: [{ form, decidedOn }] });

tester.run(appointmentServiceLeft, {
  valid: [
    file(),
    {
      name: 'exactly 60 months left (retires at 62 in 05/2032)',
      record: file({ fileReceivedOn: '2027-05-20' }, { birthDate: '1970-05-20' }),
    },
    {
      name: 'QĐ 377 special case: 50 months',
      record: file({ specialCase: true, fileReceivedOn: '2027-03-20' }, { birthDate: '1970-05-20' }),
    },
    { name: 're-appointment is not judged here', record: file({ type: 'reappointment' }, { birthDate: '1965-01-01' }) },
  ],
  invalid: [
    {
      name: '59 months left',
      record: file({ fileReceivedOn: '2027-06-20' }, { birthDate: '1970-05-20' }),
      errors: [{ messageId: 'tooLittle', facts: { left: 59, min: 60 } }],
    },
    {
      name: 'QĐ 80: no special case (file 2024)',
      record: file({ specialCase: true, fileReceivedOn: '2024-01-10' }, { birthDate: '1966-01-10' }),
      errors: [{ messageId: 'tooLittle', facts: { min: 60 } }],
    },
    {
      name: 'QĐ 377 special case still needs 48',
      record: file({ specialCase: true, fileReceivedOn: '2028-08-20' }, { birthDate: '1970-05-20' }),
      errors: [{ messageId: 'tooLittle', facts: { min: 48 }, locale: 'en', message: 'at least 48 needed' }],
    },
  ],
});

tester.run(appointmentDiscipline, {
  valid: [
    file({}, disc('reprimand', '2024-01-15')),
    {
      name: 'QĐ 80: reprimand 13 months before',
      record: file({ fileReceivedOn: '2024-03-01' }, disc('reprimand', '2023-02-01')),
    },
    { name: 'not a higher post', record: file({ post: { title: 'Trưởng phòng' } }, disc('warning', '2025-12-01')) },
  ],
  invalid: [
    {
      name: 'QĐ 377: reprimand 14 months before (24)',
      record: file({}, disc('reprimand', '2024-12-20')),
      errors: [{ messageId: 'barred', facts: { bar: 24 } }],
    },
    {
      name: 'QĐ 80: warning 29 months (30)',
      record: file({ fileReceivedOn: '2024-03-01' }, disc('warning', '2021-09-15')),
      errors: [{ messageId: 'barred', facts: { bar: 30 } }],
    },
    {
      name: 'regime switch: decided on 2025-10-08 the QĐ 377 figure applies',
      record: file({ fileReceivedOn: '2025-10-01', decidedOn: '2025-10-08' }, disc('reprimand', '2024-06-01')),
      errors: [{ messageId: 'barred', facts: { bar: 24, months: 16 } }],
    },
    {
      name: 'QĐ 105: one year flat',
      record: file({ fileReceivedOn: '2021-03-01' }, disc('removalFromPost', '2020-06-01')),
      errors: [{ messageId: 'barred', facts: { bar: 12 }, message: 'cách chức' }],
    },
  ],
});

tester.run(appointmentDisciplineInEffect, {
  valid: [file({}, disc('reprimand', '2025-01-10'))],
  invalid: [
    {
      name: 'within 12 months',
      record: file({ type: 'reappointment' }, disc('warning', '2025-10-01')),
      errors: [{ messageId: 'inEffect', facts: { endsOn: '2026-10-01' }, path: ['cadre', 'discipline', 0] }],
    },
  ],
});

tester.run(appointmentTimeInPost, {
  valid: [
    file(),
    { name: 'exception decided', record: file({ currentPost: { since: '2025-07-01' }, timeInPostException: true }) },
    {
      name: 'QĐ 80 had no such rule',
      record: file({ fileReceivedOn: '2024-03-01', currentPost: { since: '2024-01-01' } }),
    },
  ],
  invalid: [
    {
      name: '8 months',
      record: file({ currentPost: { since: '2025-07-01' } }),
      errors: [{ messageId: 'tooSoon', facts: { months: 8 } }],
    },
  ],
});

tester.run(appointmentReappointment, {
  valid: [
    file({ type: 'reappointment', termEndsOn: '2026-06-01' }),
    {
      name: 'extension with 1 year left',
      record: file({ type: 'extension', termEndsOn: '2026-06-01' }, { birthDate: '1965-03-01' }),
    },
  ],
  invalid: [
    {
      name: 're-appointment with 1 year left',
      record: file({ type: 'reappointment', termEndsOn: '2026-06-01' }, { birthDate: '1965-03-01' }),
      errors: [{ messageId: 'useExtension', severity: 'warning' }],
    },
    {
      name: 'extension with 10 years left',
      record: file({ type: 'extension', termEndsOn: '2026-06-01' }),
      errors: [{ messageId: 'useReappointment' }],
    },
  ],
});

tester.run(appointmentRankingHistory, {
  valid: [file({}, { rankingHistory: [2023, 2024, 2025].map((year) => ({ year, level: 'good' })) })],
  invalid: [
    {
      name: 'two years missing',
      record: file({}, { rankingHistory: [{ year: 2025, level: 'good' }] }),
      errors: [{ messageId: 'missingYears', severity: 'info', facts: { years: '2023, 2024' } }],
    },
  ],
});
