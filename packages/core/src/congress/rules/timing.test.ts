import { exampleCongress as congress } from './select.js';
import { congressTester } from './test-kit.js';
import { congressTiming } from './timing.js';

const tester = congressTester();
const grassroots = { id: 'DB01', name: 'Đảng bộ Công ty A', type: 'grassroots' };
const commune = { id: 'X01', name: 'Đảng bộ xã B', type: 'commune' };

tester.run(congressTiming, {
  valid: [
    {
      name: 'cell 2022-09 → 2025-03 (29 months, twice in five years)',
      record: congress({ previousOpenedOn: '2022-09-12' }),
    },
    { name: 'cell: exactly 24 months (six months early)', record: congress({ previousOpenedOn: '2023-03-10' }) },
    { name: 'cell: exactly 36 months (six months late)', record: congress({ previousOpenedOn: '2022-03-10' }) },
    {
      name: 'grassroots 2020-05 → 2025-05 (five years)',
      record: congress({ organization: grassroots, previousOpenedOn: '2020-05-12', openedOn: '2025-05-20' }),
    },
    {
      name: 'grassroots: four years (a year early)',
      record: congress({ organization: grassroots, previousOpenedOn: '2021-05-20', openedOn: '2025-05-20' }),
    },
    {
      name: 'national: 13th (25/01/2021) → 14th (19/01/2026)',
      record: congress({
        organization: { id: 'TW', type: 'national' },
        previousOpenedOn: '2021-01-25',
        openedOn: '2026-01-19',
      }),
    },
    {
      name: 'first term of a merged cell: not judged',
      record: congress({ previousOpenedOn: '2024-09-01', firstTerm: true }),
    },
    { name: 'no previous congress given', record: congress() },
    {
      name: 'pilot: a cell opens a five-year term on 15/09/2025',
      record: congress({ openedOn: '2025-09-15', previousOpenedOn: '2023-03-01', pilotFiveYearTerm: true }),
    },
    {
      name: 'pilot: the next congress five years later (2030)',
      record: congress({ openedOn: '2030-09-20', previousOpenedOn: '2025-09-15', previousTermPilot: true }),
    },
    {
      name: 'commune re-levelled on 01/07/2025: grassroots 2020 → above grassroots 2025 is not judged',
      record: congress({ organization: commune, previousOpenedOn: '2020-06-01', openedOn: '2025-08-20' }),
    },
    {
      name: 'commune re-levelled by QĐ 208 (26/07/2026): not judged',
      record: congress({ organization: commune, previousOpenedOn: '2025-08-20', openedOn: '2026-09-01' }),
    },
  ],
  invalid: [
    {
      name: 'cell: 23 months is too early',
      record: congress({ previousOpenedOn: '2023-04-11' }),
      errors: [
        {
          messageId: 'tooEarly',
          path: ['openedOn'],
          facts: { intervalMonths: 22, earliest: '2025-04-11' },
          message: 'sớm nhất là ngày 11/04/2025',
        },
      ],
    },
    {
      name: 'cell: 36 months and a day is too late',
      record: congress({ previousOpenedOn: '2022-03-09' }),
      errors: [
        {
          messageId: 'tooLate',
          facts: { latest: '2025-03-09' },
          locale: 'en',
          message: 'the term is 2 years 6 months',
        },
      ],
    },
    {
      name: 'grassroots: six years and a month',
      record: congress({ organization: grassroots, previousOpenedOn: '2019-04-01', openedOn: '2025-05-20' }),
      errors: [{ messageId: 'tooLate', message: 'Đại hội cấp cơ sở' }],
    },
    {
      name: 'grassroots judged on the cell cycle would pass; on its own it is too early (3 years)',
      record: congress({ organization: grassroots, previousOpenedOn: '2022-05-20', openedOn: '2025-05-20' }),
      errors: [{ messageId: 'tooEarly' }],
    },
    {
      name: 'pilot cell held after 30 months is too early for a five-year term',
      record: congress({ openedOn: '2028-03-15', previousOpenedOn: '2025-09-15', previousTermPilot: true }),
      errors: [{ messageId: 'tooEarly', facts: { termMonths: 60 } }],
    },
    {
      name: 'pilot before 01/07/2025',
      record: congress({ openedOn: '2025-03-10', pilotFiveYearTerm: true }),
      errors: [{ messageId: 'pilotNotInForce', path: ['pilotFiveYearTerm'], message: '10/03/2025' }],
    },
    {
      name: 'pilot for a grassroots cell (chi bộ cơ sở)',
      record: congress({
        organization: { id: 'CBCS', type: 'grassroots', isCell: true },
        openedOn: '2025-09-15',
        pilotFiveYearTerm: true,
      }),
      errors: [{ messageId: 'pilotNotCell', message: 'cấp cơ sở' }],
    },
    {
      name: 'district congress after 01/07/2025',
      record: congress({ organization: { id: 'H1', type: 'district' }, openedOn: '2025-08-01' }),
      errors: [{ messageId: 'districtEnded', path: ['organization', 'type'] }],
    },
    {
      name: 'previous congress after this one',
      record: congress({ previousOpenedOn: '2025-04-01' }),
      errors: [{ messageId: 'previousAfter' }],
    },
  ],
});
