import { cellYear, tester } from '../../../test/tester.js';

tester.run('tinh-x/meeting.thematic', {
  valid: [
    { name: 'a combined meeting each quarter', record: cellYear() },
    { name: 'the current quarter is not judged yet', record: cellYear({ year: 2026, skip: [3] }), asOf: '2026-03-20' },
  ],
  invalid: [
    {
      name: 'no thematic meeting in Q2',
      record: cellYear({}, [{ month: 6, type: 'regular' }]),
      errors: [{ messageId: 'missingQuarter', severity: 'warning', facts: { quarter: '2/2025' } }],
    },
    {
      name: 'Q1 ended without one',
      record: cellYear({ year: 2026 }, [{ month: 3, type: 'regular' }]),
      asOf: '2026-04-10',
      errors: [{ messageId: 'missingQuarter', facts: { quarter: '1/2026' } }],
    },
  ],
});
