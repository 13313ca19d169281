import { excellentStreak } from './excellent-streak.js';
import { notCompletedTwice } from './not-completed-twice.js';
import { rankingTester, round } from './test-kit.js';

const hist = (level: string, years: number[]) => years.map((year) => ({ year, level }));

rankingTester().run(notCompletedTwice, {
  valid: [
    {
      name: 'once',
      record: round(2025, [{ memberId: 'A', level: 'notCompleted', history: hist('completed', [2024]) }]),
    },
    {
      name: 'a gap year breaks the run',
      record: round(2025, [{ memberId: 'A', level: 'notCompleted', history: hist('notCompleted', [2023]) }]),
    },
    {
      name: 'better this year',
      record: round(2023, [{ memberId: 'A', level: 'completed', history: hist('notCompleted', [2022]) }]),
    },
  ],
  invalid: [
    {
      name: 'HD 21 era: 2021 and 2022',
      record: round(2022, [{ memberId: 'A', level: 'notCompleted', history: hist('notCompleted', [2021]) }]),
      errors: [{ messageId: 'screen', severity: 'warning', facts: { years: 2 } }],
    },
    {
      name: 'QĐ 366 era: three years',
      record: round(2025, [{ memberId: 'A', level: 'notCompleted', history: hist('notCompleted', [2023, 2024]) }]),
      errors: [{ messageId: 'screen', facts: { years: 3 }, locale: 'en', message: '3 years running' }],
    },
  ],
});

rankingTester().run(excellentStreak, {
  valid: [
    {
      name: 'four years',
      record: round(2024, [{ memberId: 'A', level: 'excellent', history: hist('excellent', [2021, 2022, 2023]) }]),
    },
    {
      name: 'six years (already commended at five)',
      record: round(2025, [
        { memberId: 'A', level: 'excellent', history: hist('excellent', [2020, 2021, 2022, 2023, 2024]) },
      ]),
    },
    {
      name: 'not excellent this year',
      record: round(2025, [{ memberId: 'A', level: 'good', history: hist('excellent', [2021, 2022, 2023, 2024]) }]),
    },
  ],
  invalid: [
    {
      name: 'HD 21: 2019–2023',
      record: round(2023, [
        { memberId: 'A', level: 'excellent', history: hist('excellent', [2019, 2020, 2021, 2022]) },
      ]),
      errors: [{ messageId: 'commend', severity: 'info', facts: { years: 5 } }],
    },
    {
      name: 'HD 06-HD/TW: 2021–2025',
      record: round(2025, [
        { memberId: 'A', level: 'excellent', history: hist('excellent', [2021, 2022, 2023, 2024]) },
      ]),
      errors: [{ messageId: 'commend', message: '5 năm liền' }],
    },
  ],
});
