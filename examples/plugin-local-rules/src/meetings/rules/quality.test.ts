import { cellYear, tester } from '../../../test/tester.js';

tester.run('tinh-x/meeting.quality', {
  valid: [
    { name: 'every meeting meets the marks', record: cellYear() },
    { name: 'exactly 90 minutes is enough', record: cellYear({}, [{ month: 2, minutes: 90 }]) },
    { name: '18 of 20 is 90 %: above 85 %', record: cellYear({}, [{ month: 2, present: 18 }]) },
    {
      name: 'a short thematic-only meeting is not judged here',
      record: cellYear({}, [{ month: 2, type: 'thematic', minutes: 60 }]),
    },
  ],
  invalid: [
    {
      name: 'a combined session needs 120 minutes',
      record: cellYear({}, [{ month: 3, type: 'combined', minutes: 100 }]),
      errors: [
        {
          messageId: 'tooShort',
          severity: 'error',
          path: ['meetings', 2, 'minutes'],
          facts: { minutes: 100, minMinutes: 120 },
        },
      ],
    },
    {
      name: '17 of 20 is exactly 85 %: not above',
      record: cellYear({}, [{ month: 4, present: 17 }]),
      errors: [
        { messageId: 'lowAttendance', severity: 'warning', facts: { percent: 85, minPercent: 85, date: '2025-04-05' } },
      ],
    },
    {
      name: 'an unexcused absence',
      record: cellYear({}, [{ month: 8, present: 19, absentWithoutReason: 1 }]),
      errors: [{ messageId: 'unexcused', message: 'có 1 đảng viên vắng mặt không có lý do' }],
    },
    {
      name: 'each meeting judged by the regulation in force on its date (district, 2024)',
      record: cellYear({ year: 2024 }, [{ month: 1, minutes: 80 }]),
      errors: [{ messageId: 'tooShort', facts: { date: '2024-01-05' } }],
    },
  ],
});
