import { personnelAge } from './personnel-age.js';
import { personnelStructure } from './personnel-structure.js';
import { examplePlan as plan } from './select.js';
import { congressTester } from './test-kit.js';

const tester = congressTester();
const man = (id: string, birthDate: string, firstTime: boolean, over: Record<string, unknown> = {}) => ({
  id,
  birthDate,
  sex: 'male',
  firstTime,
  ...over,
});
const woman = (id: string, birthDate: string, firstTime: boolean, over: Record<string, unknown> = {}) => ({
  ...man(id, birthDate, firstTime, over),
  sex: 'female',
});
const province2020 = {
  organization: { id: 'T', name: 'Đảng bộ tỉnh', type: 'provincial' },
  termLabel: '2020–2025',
  congressOn: '2020-10-14',
};

tester.run(personnelAge, {
  valid: [
    {
      name: 'CT 45: grassroots reference April 2025; woman born 03/1972, first time (63 months)',
      record: plan([woman('A', '1972-03-01', true)]),
      derived: { 'congress.ageReferenceDate': '2025-04-01' },
    },
    { name: 'CT 45: re-election, man born 01/1968 (57 months)', record: plan([man('B', '1968-01-15', false)]) },
    {
      name: 'CT 45: an exception decided by the competent level is not judged',
      record: plan([man('C', '1966-06-10', true, { ageException: true })]),
    },
    {
      name: 'own higher retirement age (NĐ 83/2022) counts',
      record: plan([man('D', '1966-06-10', true, { retirementAgeMonths: 65 * 12 })]),
    },
    {
      name: 'CT 35 (2019), provincial reference 09/2020: man born 09/1965, first time (exactly a term at 60)',
      record: plan([man('E', '1965-09-01', true)], province2020),
      derived: { 'congress.ageReferenceDate': '2020-09-01' },
    },
    {
      name: 'CT 35 (2019): re-election, man born 03/1963 (30 months at 60)',
      record: plan([man('F', '1963-03-01', false)], province2020),
    },
    {
      name: 'Central Committee members: ages left to the Politburo, not judged',
      record: plan([man('P', '1960-01-01', false)], {
        organization: { id: 'TW', type: 'national' },
        congressOn: '2026-01-19',
      }),
    },
    {
      name: 'CT 35 (2019): woman born 09/1970, first time (a term at 55)',
      record: plan([woman('G', '1970-09-01', true)], province2020),
    },
  ],
  invalid: [
    {
      name: 'CT 45: first time, man born 06/1966: 39 months',
      record: plan([man('H', '1966-06-10', true)]),
      errors: [
        {
          messageId: 'firstTimeShort',
          path: ['candidates', 0, 'birthDate'],
          facts: { monthsLeft: 39, monthsNeeded: 60, referenceDate: '2025-04-01', referenceBasis: 'directive' },
          message: 'tại thời điểm tính tuổi (01/04/2025) chỉ còn 3 năm 3 tháng công tác; cần ít nhất 5 năm',
        },
      ],
    },
    {
      name: 'CT 45: re-election, man born 01/1967: 46 months',
      record: plan([man('I', '1967-01-15', false)]),
      errors: [{ messageId: 'reelectionShort', facts: { monthsLeft: 46, monthsNeeded: 48 } }],
    },
    {
      name: 'CT 45: woman born 08/1970 proposed for re-election: 32 months',
      record: plan([woman('J', '1970-08-01', false)]),
      errors: [{ messageId: 'reelectionShort', locale: 'en', message: '2 years 8 months of working time left' }],
    },
    {
      name: 'CT 45: commune committees are judged at July 2025',
      record: plan([man('K', '1967-01-15', false)], {
        organization: { id: 'X', type: 'commune' },
        congressOn: '2025-08-20',
      }),
      errors: [{ messageId: 'reelectionShort', facts: { referenceDate: '2025-07-01' } }],
    },
    {
      name: 'a reference date the plan sets wins',
      record: plan([man('L', '1968-01-15', false)], { ageReferenceDate: '2026-06-01' }),
      errors: [{ messageId: 'reelectionShort', facts: { referenceBasis: 'plan' } }],
    },
    {
      name: 'CT 35 (2019): man born 08/1965 is a month short of a term',
      record: plan([man('M', '1965-08-01', true)], province2020),
      errors: [{ messageId: 'firstTimeShort', facts: { monthsLeft: 59 } }],
    },
    {
      name: 'CT 35 (2019): re-election, man born 02/1963 is a month short of half a term',
      record: plan([man('N', '1963-02-01', false)], province2020),
      errors: [{ messageId: 'reelectionShort', facts: { monthsLeft: 29, monthsNeeded: 30 } }],
    },
  ],
});

const young = (id: string) => man(id, '1990-01-01', true);
const older = (id: string, sex = 'male') => ({ ...man(id, '1972-01-01', false), sex });

tester.run(personnelStructure, {
  valid: [
    { name: 'no target declared (2025–2030: no central figure)', record: plan([older('A'), older('B')]) },
    {
      name: 'women 1 of 3 meets 30%',
      record: plan([older('A', 'female'), older('B'), young('C')], { targets: { womenPercent: 30 } }),
    },
    {
      name: 'CT 35 (2019): under 40 at least 10% — 1 of 10',
      record: plan([young('Y'), ...Array.from({ length: 9 }, (_, i) => older(`O${i}`))], {
        ...province2020,
      }),
    },
    {
      name: 'posts other than the committee do not count',
      record: plan([older('A', 'female'), { ...older('B'), posts: ['inspectionCommittee'] }], {
        targets: { womenPercent: 100 },
      }),
    },
  ],
  invalid: [
    {
      name: 'no women for a 15% target',
      record: plan([older('A'), young('B')], { targets: { womenPercent: 15 } }),
      errors: [
        {
          messageId: 'belowTarget',
          path: ['targets', 'womenPercent'],
          facts: { count: 0, total: 2, share: 0 },
          message: 'Tỷ lệ nữ trong danh sách nhân sự cấp ủy là 0% (0/2), dưới chỉ tiêu 15%',
        },
      ],
    },
    {
      name: 'CT 35 (2019): no one under 40 among 10',
      record: plan(
        Array.from({ length: 10 }, (_, i) => older(`O${i}`)),
        province2020,
      ),
      errors: [{ messageId: 'belowTarget', facts: { target: 'youngPercent' }, locale: 'en', message: 'young cadres' }],
    },
    {
      name: 'ethnic minorities 1 of 9 below 15%',
      record: plan([{ ...older('E'), ethnicMinority: true }, ...Array.from({ length: 8 }, (_, i) => older(`O${i}`))], {
        targets: { ethnicMinorityPercent: 15 },
      }),
      errors: [{ messageId: 'belowTarget', facts: { share: 11.11 }, message: 'là 11,11% (1/9)' }],
    },
    {
      name: 'fewer candidates than seats',
      record: plan([older('A')], { committeeSize: 3 }),
      errors: [{ messageId: 'fewerCandidatesThanSeats', facts: { total: 1, seats: 3 } }],
    },
  ],
});
