import { describe, expect, it } from 'vitest';
import { exampleAppointment } from '../cadre/rules/appointment-shared.js';
import { validate } from '../default-engine.js';
import { disciplinesOn, memberFacts } from '../lifecycle/facts.js';
import { exampleRound } from '../ranking/rules/select.js';
import { disciplineEffect } from './discipline.js';

const asOf = '2026-12-01' as const;

describe('disciplineEffect: in effect on a date, and why', () => {
  const d = { form: 'reprimand', decidedOn: '2025-03-01', announcedOn: '2025-03-10' } as const;
  it('12 months run from the announcement (QĐ 69 Điều 2 khoản 5)', () => {
    expect(disciplineEffect(d, '2026-03-09')).toMatchObject({
      inEffect: true,
      reason: 'within12Months',
      until: '2026-03-10',
    });
    expect(disciplineEffect(d, '2026-03-10')).toMatchObject({ inEffect: false, reason: 'expired' });
    expect(disciplineEffect(d, '2025-02-28').reason).toBe('notYetDecided');
  });
  it('without an announcement date the decision date stands for it, and says so', () => {
    const e = disciplineEffect({ form: 'warning', decidedOn: '2025-03-01' }, '2025-06-01');
    expect(e).toMatchObject({ announcedOn: '2025-03-01', announcementAssumed: true, until: '2026-03-01' });
  });
  it('ended early, annulled, relapse, expulsion', () => {
    expect(disciplineEffect({ ...d, endedOn: '2025-09-01' }, '2025-10-01').reason).toBe('endedEarly');
    expect(disciplineEffect({ ...d, annulled: true }, '2025-04-01')).toMatchObject({
      inEffect: false,
      reason: 'annulled',
    });
    expect(disciplineEffect({ ...d, relapse: true }, '2029-01-01')).toMatchObject({ inEffect: true, until: null });
    expect(disciplineEffect({ form: 'expulsion', decidedOn: '2025-03-01' }, '2040-01-01').reason).toBe('permanent');
  });
});

describe('one discipline model in every record kind', () => {
  const history = [
    { type: 'admissionDecision', date: '2010-03-01' },
    { type: 'admissionCeremony', date: '2010-03-20' },
    { type: 'recognitionDecision', date: '2011-03-25' },
    { type: 'discipline', date: '2026-05-04', announcedOn: '2026-05-12', form: 'reprimand', id: 'kl1' },
  ];
  it('member history: the fact names the event and why it is in effect', () => {
    const f = memberFacts({ events: history as never }, asOf);
    expect(f.disciplineInEffect?.value).toMatchObject({
      event: 'kl1',
      reason: 'within12Months',
      announcedOn: '2026-05-12',
      until: '2027-05-12',
    });
    expect(disciplinesOn({ events: history as never }, '2027-06-01')[0]?.effect.reason).toBe('expired');
  });
  it('member history: a discipline with form expulsion is the expulsion act', () => {
    const f = memberFacts(
      { events: [...history.slice(0, 3), { type: 'discipline', date: '2026-05-04', form: 'expulsion' }] as never },
      asOf,
    );
    expect(f.status.value).toBe('expelled');
  });
  it('cadre file: the announcement date moves the end of effect', () => {
    const at = { decidedOn: '2026-03-20' };
    const without = validate(
      exampleAppointment(
        { type: 'reappointment', ...at },
        { discipline: [{ form: 'reprimand', decidedOn: '2025-03-01' }] },
      ),
      { asOf },
    );
    expect(without.issues.filter((i) => i.ruleId === 'cadre.appointment.disciplineInEffect')).toEqual([]);
    const announced = validate(
      exampleAppointment(
        { type: 'reappointment', ...at },
        { discipline: [{ form: 'reprimand', decidedOn: '2025-03-01', announcedOn: '2025-04-01' }] },
      ),
      { asOf },
    );
    const hit = announced.issues.find((i) => i.ruleId === 'cadre.appointment.disciplineInEffect');
    expect(hit?.facts.endsOn).toBe('2026-04-01');
  });
  it('cadre file: a relapse keeps the discipline in effect with no end date', () => {
    const r = validate(
      exampleAppointment(
        { type: 'reappointment', decidedOn: '2026-03-20' },
        { discipline: [{ form: 'reprimand', decidedOn: '2024-03-01', relapse: true }] },
      ),
      { asOf },
    );
    expect(r.issues.find((i) => i.ruleId === 'cadre.appointment.disciplineInEffect')?.messageId).toBe('inEffectNoEnd');
  });
  it('ranking round: violationKind publicDuty reads as the format-1 dutyRelated', () => {
    const round = (d: Record<string, unknown>) =>
      exampleRound(2025, [
        { memberId: 'A', level: 'good', discipline: [{ form: 'reprimand', decidedOn: '2025-06-10', ...d }] },
      ]);
    const ids = (d: Record<string, unknown>) =>
      validate(round(d), { asOf })
        .issues.filter((i) => i.ruleId === 'ranking.member.discipline')
        .map((i) => i.messageId);
    expect(ids({ violationKind: 'publicDuty' })).toEqual(ids({ dutyRelated: true }));
    expect(ids({ violationKind: 'other' })).toEqual(ids({ dutyRelated: false }));
    expect(ids({ violationKind: 'publicDuty', annulled: true })).toEqual([]);
  });
});
