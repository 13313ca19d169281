import { describe, expect, it } from 'vitest';
import { exampleAppointment } from '../cadre/rules/appointment-shared.js';
import { validate } from '../default-engine.js';
import { exampleRound } from '../ranking/rules/select.js';
import { resolveAuthority } from './tree.js';

const asOf = '2026-12-01' as const;
const person = { fullName: 'Phạm Văn Dũng', birthDate: '1985-02-01', sex: 'male' };
const organizations = [
  { id: 'TU', name: 'Tỉnh ủy Quảng Nam', type: 'provincialCommittee' },
  {
    id: 'DX',
    name: 'Huyện ủy Duy Xuyên',
    type: 'superiorCommittee',
    administrativeLevel: 'district',
    parent: 'TU',
    validTo: '2025-06-30',
  },
  {
    id: 'CB1',
    name: 'Chi bộ thôn 1',
    type: 'cell',
    parent: 'DUX',
    periods: [
      { from: '2000-01-01', to: '2025-06-30', parent: 'DUX' },
      { from: '2025-07-01', parent: 'DUP', name: 'Chi bộ thôn 1 (xã Duy Phú)' },
    ],
  },
];

const history = [
  {
    id: 'k',
    type: 'admissionDecision',
    date: '2015-07-26',
    authority: { organization: 'DX', body: 'standingCommittee' },
  },
  { id: 'l', type: 'admissionCeremony', date: '2015-08-10' },
  { id: 'r', type: 'recognitionDecision', date: '2016-08-20' },
  { id: 'kl', type: 'discipline', date: '2025-05-04', announcedOn: '2025-05-12', form: 'reprimand' },
];

describe('dated organization tree', () => {
  it('one id lives through a re-parenting', () => {
    const before = resolveAuthority(organizations as never, 'CB1', '2025-06-30');
    const after = resolveAuthority(organizations as never, 'CB1', '2025-07-01');
    expect(before.ok && before.organization.parent).toBe('DUX');
    expect(after.ok && after.organization.parent).toBe('DUP');
    expect(after.ok && after.organization.name).toBe('Chi bộ thôn 1 (xã Duy Phú)');
  });
  it('a district committee resolves to the district level while it existed, and not after', () => {
    const r = resolveAuthority(organizations as never, 'DX', '2015-07-26');
    expect(r.ok && r.level).toBe('district');
    expect(resolveAuthority(organizations as never, 'DX', '2025-09-05')).toMatchObject({
      ok: false,
      problem: 'notInForce',
    });
  });
});

describe('bundles', () => {
  const bundle = (extra: Record<string, unknown>) => ({
    kind: 'bundle',
    format: 'dieule.records/2',
    organizations,
    members: [{ id: 'M1', format: 'dieule.records/2', person, events: history }],
    ...extra,
  });
  it('judges every record it holds, each in its own right', () => {
    const r = validate(bundle({}), { asOf });
    expect(r.summary.records).toBe(1 + organizations.length + 1);
  });
  it('an empty bundle is an error, not "clean"', () => {
    expect(validate({ kind: 'bundle' }, { asOf }).summary.errors).toBeGreaterThan(0);
  });
  it('authority named by organization id is resolved through the tree as of the act date', () => {
    const late = {
      id: 'M2',
      person,
      events: [
        { type: 'admissionDecision', date: '2025-09-05', authority: { organization: 'DX', body: 'standingCommittee' } },
      ],
    };
    const r = validate(bundle({ members: [late] }), { asOf });
    const i = r.issues.find((x) => x.messageId === 'authorityNotInForce');
    expect(i?.path).toEqual(['events', 0, 'authority', 'organization']);
    expect(i?.message).toContain('05/09/2025');
    // the level the tree gives is judged by the level rule too
    const lv = validate(
      bundle({
        members: [
          {
            ...late,
            events: [{ ...late.events[0], date: '2015-07-26', authority: { organization: 'DX', level: 'commune' } }],
          },
        ],
      }),
      { asOf },
    );
    expect(lv.issues.find((x) => x.messageId === 'authorityLevel')?.facts).toMatchObject({ historyValue: 'district' });
  });
  it('a ranking round reads admission, exemption, status and discipline from the member history', () => {
    const round = exampleRound(2025, [{ memberId: 'M1', level: 'good', admittedOn: '2015-07-20' }]);
    const r = validate(bundle({ rankingRounds: [round] }), { asOf });
    const dis = r.issues.filter((x) => x.ruleId === 'bundle.crossRecord');
    expect(dis.map((x) => x.facts.field)).toEqual(['admittedOn']);
    expect(dis[0]?.message).toContain('members[0].events');
    expect(dis[0]?.message).toContain('rankingRounds[0].members.0.admittedOn');
    // the discipline of the history caps the level (the round listed none)
    expect(r.issues.some((x) => x.ruleId === 'ranking.member.discipline')).toBe(true);
  });
  it('outside a bundle, the re-keyed fields are the fallback', () => {
    const round = exampleRound(2025, [{ memberId: 'M1', level: 'good', admittedOn: '2015-07-20' }]);
    const r = validate(round, { asOf });
    expect(r.issues.some((x) => x.ruleId === 'ranking.member.discipline')).toBe(false);
  });
  it('a cadre file reads the discipline of the member history', () => {
    const file = exampleAppointment({ type: 'reappointment', decidedOn: '2026-03-20' }, { id: 'M1', discipline: [] });
    const r = validate(bundle({ cadreFiles: [file] }), { asOf });
    expect(r.issues.find((x) => x.ruleId === 'cadre.appointment.disciplineInEffect')?.facts.endsOn).toBe('2026-05-12');
    expect(r.issues.some((x) => x.ruleId === 'bundle.crossRecord' && x.facts.field === 'discipline')).toBe(true);
  });
});
