import { cellYear, tester } from '../../test/tester.js';

// The grade is a derived fact; the kit checks it beside the rule's (absent) issues.
tester.run('tinh-x/meeting.regularity', {
  valid: [
    {
      name: 'good: 12 months and a thematic meeting each quarter',
      record: cellYear(),
      derived: { 'tinh-x/meeting.grade': 'good', 'tinh-x/meeting.monthsMeetingMarks': 12 },
    },
    {
      name: 'fair: 9 months meet the marks (2025: fair needs 8)',
      record: cellYear({}, [
        { month: 1, present: 10 },
        { month: 2, minutes: 60 },
        { month: 4, absentWithoutReason: 1, present: 19 },
      ]),
      derived: { 'tinh-x/meeting.grade': 'fair', 'tinh-x/meeting.monthsMeetingMarks': 9 },
    },
    {
      name: 'poor: 7 months meet the marks',
      record: cellYear(
        {},
        [1, 2, 4, 5, 7].map((month) => ({ month, present: 10 })),
      ),
      derived: { 'tinh-x/meeting.grade': 'poor' },
    },
    {
      name: 'under the district regulation (2024) fair needed 6 months',
      record: cellYear(
        { year: 2024 },
        [1, 2, 4, 5, 7].map((month) => ({ month, present: 10 })),
      ),
      derived: { 'tinh-x/meeting.grade': 'fair' },
    },
    {
      name: 'not graded before the year ends',
      record: cellYear({ year: 2026 }),
      asOf: '2026-06-01',
      derived: { 'tinh-x/meeting.grade': null },
    },
    {
      name: 'good needs every quarter',
      record: cellYear({}, [{ month: 12, type: 'regular' }]),
      derived: { 'tinh-x/meeting.grade': 'fair' },
    },
  ],
  invalid: [],
});
