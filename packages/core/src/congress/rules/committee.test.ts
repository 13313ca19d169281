import { afterCongress } from './after-congress.js';
import { cellCommittee } from './cell-committee.js';
import { secretaryRounds } from './secretary.js';
import { exampleCongress as congress } from './select.js';
import { congressTester } from './test-kit.js';

const tester = congressTester();
const after2025 = { openedOn: '2025-09-15', previousOpenedOn: '2023-03-01' };
const secretaryRound = (round: number, elected = false) => ({
  body: 'secretary',
  round,
  candidates: [{ id: 'A', votes: elected ? 8 : 5, elected }],
});

tester.run(cellCommittee, {
  valid: [
    { name: 'Charter 24.4: 9 official members elect a committee of 3', record: congress({ committeeSize: 3 }, 9) },
    { name: '8 members elect only a secretary', record: congress({}, 8) },
    { name: 'QĐ 294: a committee of 7 in a cell of 40', record: congress({ ...after2025, committeeSize: 7 }, 40) },
    { name: 'before 01/07/2025 no size cap is encoded', record: congress({ committeeSize: 9 }, 40) },
    {
      name: 'not a cell: a grassroots committee of 15',
      record: congress({ organization: { id: 'DB', type: 'grassroots' }, committeeSize: 15 }, 120),
    },
    {
      name: 'official members given apart from those summoned',
      record: congress({ officialMembers: 10, committeeSize: 3, summoned: { total: 8 }, attended: { total: 8 } }),
    },
  ],
  invalid: [
    {
      name: 'Charter 24.4: 8 official members cannot elect a committee',
      record: congress({ committeeSize: 3 }, 8),
      errors: [{ messageId: 'tooFewForCommittee', path: ['committeeSize'], message: 'dưới 9' }],
    },
    {
      name: 'a grassroots cell (chi bộ cơ sở) of 8',
      record: congress({ organization: { id: 'CBCS', type: 'grassroots', isCell: true }, committeeSize: 3 }, 8),
      errors: [{ messageId: 'tooFewForCommittee' }],
    },
    {
      name: 'QĐ 294: at most 7 cell committee members',
      record: congress({ ...after2025, committeeSize: 8 }, 40),
      errors: [{ messageId: 'tooLarge', facts: { size: 8, max: 7 }, locale: 'en', message: 'maximum of 7' }],
    },
    {
      name: '2026 regime (carried over): still at most 7',
      record: congress({ openedOn: '2027-09-15', previousOpenedOn: '2025-03-10', committeeSize: 9 }, 40),
      errors: [{ messageId: 'tooLarge', facts: { max: 7 } }],
    },
  ],
});

tester.run(secretaryRounds, {
  valid: [
    { name: 'elected in round 1', record: congress({ ...after2025, elections: [secretaryRound(1, true)] }) },
    {
      name: 'three rounds without a winner, then appointed by the superior',
      record: congress({
        ...after2025,
        secretaryAppointedBySuperior: true,
        elections: [1, 2, 3].map((r) => secretaryRound(r)),
      }),
    },
    {
      name: 'two rounds so far: not yet a case for appointment',
      record: congress({ ...after2025, elections: [1, 2].map((r) => secretaryRound(r)) }),
    },
    {
      name: 'before QĐ 294 (no version): not judged',
      record: congress({ elections: [1, 2, 3, 4].map((r) => secretaryRound(r, r === 4)) }),
    },
  ],
  invalid: [
    {
      name: 'QĐ 294: no fourth round',
      record: congress({ ...after2025, elections: [1, 2, 3, 4].map((r) => secretaryRound(r, r === 4)) }),
      errors: [{ messageId: 'fourthRound', path: ['elections', 3, 'round'], facts: { round: 4 } }],
    },
    {
      name: 'QĐ 294: third round failed and no appointment recorded',
      record: congress({ ...after2025, elections: [1, 2, 3].map((r) => secretaryRound(r)) }),
      errors: [{ messageId: 'appointmentNeeded', severity: 'warning', message: 'chỉ định bí thư' }],
    },
  ],
});

const closed = { openedOn: '2025-09-10', closedOn: '2025-09-11' };
tester.run(afterCongress, {
  valid: [
    {
      name: 'QĐ 294 16.1: report on the 7th working day (22/09/2025), approval, handover on time',
      record: congress({ ...closed, reportedOn: '2025-09-22', approvedOn: '2025-10-06', handedOverOn: '2025-10-02' }),
      derived: {
        'congress.deadlines': [
          { id: 'report', due: '2025-09-22', workingDays: 7, doneOn: '2025-09-22' },
          { id: 'approval', due: '2025-10-13', workingDays: 15, doneOn: '2025-10-06' },
          { id: 'handover', due: '2025-10-02', workingDays: 15, doneOn: '2025-10-02' },
        ],
      },
    },
    {
      name: 'complaints: the 15-day approval deadline does not run',
      record: congress({ ...closed, reportedOn: '2025-09-15', complaints: true, handedOverOn: '2025-09-30' }),
    },
    {
      name: 'before QĐ 294: no deadline encoded',
      record: congress({ closedOn: '2025-03-11', reportedOn: '2025-05-01' }),
    },
    {
      name: 'not yet due on the reporting date',
      record: congress(closed),
      asOf: '2025-09-20',
    },
  ],
  invalid: [
    {
      name: 'report on the 8th working day',
      record: congress({ ...closed, reportedOn: '2025-09-23', approvedOn: '2025-10-01', handedOverOn: '2025-09-25' }),
      errors: [{ messageId: 'lateReport', path: ['reportedOn'], message: 'ngày 23/09/2025, quá hạn 7 ngày làm việc' }],
    },
    {
      name: 'late approval is the superior’s: a warning',
      record: congress({ ...closed, reportedOn: '2025-09-15', approvedOn: '2025-10-07', handedOverOn: '2025-09-25' }),
      errors: [{ messageId: 'lateApproval', severity: 'warning' }],
    },
    {
      name: 'nothing recorded by 01/11/2025',
      record: congress(closed),
      asOf: '2025-11-01',
      errors: [
        { messageId: 'reportDue', severity: 'warning', message: '22/09/2025' },
        { messageId: 'handoverDue', severity: 'warning', message: '02/10/2025' },
      ],
    },
    {
      name: 'report dated before the closing: one issue, deadlines not judged',
      record: congress({ ...closed, reportedOn: '2025-09-05', handedOverOn: '2025-09-25' }),
      errors: [
        {
          messageId: 'dateOrder',
          path: ['reportedOn'],
          message: 'Ngày báo cáo kết quả (05/09/2025) không được trước ngày bế mạc (11/09/2025).',
        },
      ],
    },
    {
      name: '2026 (carried over): same figures',
      record: congress({
        openedOn: '2026-10-05',
        closedOn: '2026-10-06',
        reportedOn: '2026-10-20',
        approvedOn: '2026-10-30',
        handedOverOn: '2026-10-20',
      }),
      errors: [{ messageId: 'lateReport' }],
    },
  ],
});
