import { RuleTester } from '../../kernel/rule-tester.js';
import { organizationKind } from '../../model/organization.js';
import { lifecycleMemberKind } from '../kind.js';
import { decisionAuthorityLevel, organizationDistrictEnded } from './authority.js';
import { memberWith } from './common.js';
import { strikeOffGroundMet, voluntaryExitWithoutViolation } from './exit.js';

const official = [
  { type: 'admissionDecision', date: '2010-03-01' },
  { type: 'admissionCeremony', date: '2010-03-20' },
  { type: 'recognitionDecision', date: '2011-03-25' },
];
const tester = new RuleTester({ recordKinds: [lifecycleMemberKind, organizationKind], asOf: '2026-11-23' });

tester.run(voluntaryExitWithoutViolation, {
  valid: [
    {
      name: 'discipline expired 12 months after announcement',
      record: memberWith([
        ...official,
        { type: 'discipline', date: '2022-01-10', form: 'reprimand' },
        { type: 'voluntaryExit', date: '2024-06-03' },
      ]),
    },
    {
      name: 'violation three years before',
      record: memberWith([
        ...official,
        { type: 'standingViolation', date: '2021-12-31', year: 2021 },
        { type: 'voluntaryExit', date: '2024-06-03' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'complaint keeps the discipline in effect',
      record: memberWith([
        ...official,
        { type: 'discipline', date: '2022-01-10', form: 'reprimand', complaint: true },
        { type: 'voluntaryExit', date: '2024-06-03' },
      ]),
      errors: [{ messageId: 'underDiscipline', path: ['events', 3] }],
    },
    {
      name: 'violation last year (English)',
      record: memberWith([
        ...official,
        { type: 'standingViolation', date: '2023-12-31', year: 2023 },
        { type: 'voluntaryExit', date: '2024-06-03' },
      ]),
      errors: [{ messageId: 'violation', locale: 'en', message: 'violated member standing in 2023' }],
    },
  ],
});

const missed = (date: string, extra: Record<string, unknown> = { dues: true }) => ({
  type: 'missedMonth',
  date,
  ...extra,
});
tester.run(strikeOffGroundMet, {
  valid: [
    {
      name: 'three months over two years',
      record: memberWith([...official, missed('2024-11-01'), missed('2024-12-01'), missed('2025-01-01')]),
    },
    {
      name: 'with good reason',
      record: memberWith([
        ...official,
        missed('2025-01-01'),
        missed('2025-02-01'),
        missed('2025-03-01', { dues: true, goodReason: true }),
      ]),
    },
    {
      name: 'already struck off',
      record: memberWith([
        ...official,
        missed('2025-01-01'),
        missed('2025-02-01'),
        missed('2025-03-01'),
        { type: 'strikeOff', date: '2025-05-05', ground: 'duesUnpaid' },
      ]),
    },
    {
      name: 'education with progress',
      record: memberWith([
        ...official,
        { type: 'remedialEducation', date: '2024-01-02' },
        { type: 'remedialEducation', date: '2024-10-02', progressed: true },
      ]),
    },
  ],
  invalid: [
    {
      name: 'three months in 2025',
      record: memberWith([...official, missed('2025-01-01'), missed('2025-02-01'), missed('2025-03-01')]),
      errors: [{ messageId: 'groundMet', facts: { ground: 'missedMonths', detail: '2025:3' } }],
    },
    {
      name: '12 months without progress',
      record: memberWith([...official, { type: 'remedialEducation', date: '2024-01-02' }]),
      errors: [{ messageId: 'groundMet', facts: { ground: 'noProgress' } }],
    },
    {
      name: 'two consecutive years of violations (English)',
      record: memberWith([
        ...official,
        { type: 'standingViolation', date: '2023-12-31', year: 2023 },
        { type: 'standingViolation', date: '2024-12-31', year: 2024 },
      ]),
      errors: [{ messageId: 'groundMet', locale: 'en', message: 'standing violations in 2023–2024' }],
    },
  ],
});

const decided = (date: string, level: string) => ({ type: 'admissionDecision', date, authority: { level } });
tester.run(decisionAuthorityLevel, {
  valid: [
    { name: 'district on 30/6/2025', record: memberWith([decided('2025-06-30', 'district')]) },
    { name: 'commune from 1/7/2025', record: memberWith([decided('2025-07-01', 'commune')]) },
    { name: 'authorized grassroots committee, any date', record: memberWith([decided('2020-07-01', 'grassroots')]) },
  ],
  invalid: [
    {
      name: 'regime switch: district on 1/7/2025',
      record: memberWith([decided('2025-07-01', 'district')]),
      errors: [{ messageId: 'districtEnded', path: ['events', 0, 'authority', 'level'] }],
    },
    {
      name: 'commune before 1/7/2025',
      record: memberWith([decided('2025-06-30', 'commune')]),
      errors: [{ messageId: 'communeNotYet', locale: 'en', message: 'only from 1/7/2025' }],
    },
    {
      name: 'discipline decided by a district committee in 2025-08',
      record: memberWith([
        ...official,
        { type: 'discipline', date: '2025-08-04', form: 'warning', decidedBy: { level: 'district' } },
      ]),
      errors: [{ messageId: 'districtEnded', path: ['events', 3, 'decidedBy', 'level'] }],
    },
  ],
});

const org = (extra: Record<string, unknown>) => ({
  kind: 'organization',
  id: 'X',
  name: 'Huyện ủy X',
  type: 'superiorCommittee',
  ...extra,
});
tester.run(organizationDistrictEnded, {
  valid: [
    org({ administrativeLevel: 'district', validTo: '2025-06-30' }),
    org({ administrativeLevel: 'commune', name: 'Đảng ủy phường Y' }),
  ],
  invalid: [
    {
      name: 'district still open',
      record: org({ administrativeLevel: 'district' }),
      errors: [{ messageId: 'stillValid', path: ['validTo'] }],
    },
  ],
});
