import { cellYear, tester } from '../../../test/tester.js';

tester.run('tinh-x/meeting.regularity', {
  valid: [
    { name: 'a meeting every month', record: cellYear() },
    { name: 'a combined meeting counts as the regular one', record: cellYear({}, [{ month: 6, type: 'combined' }]) },
    { name: 'months not yet ended are not judged', record: cellYear({ year: 2026, skip: [1] }), asOf: '2026-01-20' },
    { name: 'out of the province: not judged', record: cellYear({ organization: 'HN.01', skip: [3] }) },
  ],
  invalid: [
    {
      name: 'no meeting in March',
      record: cellYear({ skip: [3] }),
      errors: [
        { messageId: 'missingMonth', path: ['meetings'], facts: { month: '2025-03', organization: 'TX.01.03' } },
      ],
    },
    {
      name: 'only a thematic meeting in May is not a regular one',
      record: cellYear({}, [{ month: 5, type: 'thematic' }]),
      errors: [
        {
          messageId: 'missingMonth',
          facts: { month: '2025-05' },
          message: 'Cell TX.01.03 held no regular meeting in 2025-05.',
          locale: 'en',
        },
      ],
    },
    {
      name: 'judged under the district regulation before 1/7/2025',
      record: cellYear({ year: 2024, skip: [11, 12] }),
      errors: [
        { messageId: 'missingMonth', facts: { month: '2024-11' } },
        { messageId: 'missingMonth', facts: { month: '2024-12' } },
      ],
    },
  ],
});
