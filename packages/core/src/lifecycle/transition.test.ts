import { describe, expect, it } from 'vitest';
import type { MemberEvent } from '../model/member.js';
import { replay } from './history.js';
import { initialState, MEMBER_STATUSES } from './state.js';
import {
  allowedEvents,
  probeEvents,
  representativeState,
  transition,
  transitionDiagram,
  transitionTable,
} from './transition.js';

const life: MemberEvent[] = [
  { type: 'awarenessCourse', date: '2014-10-01' },
  { type: 'application', date: '2015-01-05' },
  { type: 'admissionVote', date: '2015-06-01', vote: { for: 9, officialMembers: 10 } },
  { type: 'admissionDecision', date: '2015-07-26' },
  { type: 'admissionCeremony', date: '2015-08-10' },
  { type: 'recognitionVote', date: '2016-08-20', vote: { for: 10, officialMembers: 10 }, proposal: 'recognize' },
  { type: 'recognitionDecision', date: '2016-09-01' },
];

describe('transition', () => {
  it('walks candidate → admitted → probationary → official', () => {
    const r = replay({ events: life });
    expect(r.problems).toEqual([]);
    expect(r.state.status).toBe('official');
    expect(r.state.officialSince).toBe('2016-08-10');
    expect(r.state.firstAdmissionDecisionDate).toBe('2015-07-26');
  });

  it('refuses expelling a probationary member, citing Charter art. 35', () => {
    const s = replay({ events: life.slice(0, 5) }).state;
    const r = transition(s, { type: 'expulsion', date: '2016-01-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.refusal.id).toBe('probationaryForm');
      expect(r.refusal.citations).toContainEqual({ document: 'dieu-le-2011', article: '35', clause: '2' });
    }
    expect(transition(s, { type: 'discipline', date: '2016-01-01', form: 'warning' }).ok).toBe(true);
    expect(transition(s, { type: 'discipline', date: '2016-01-01', form: 'removalFromPost' }).ok).toBe(false);
  });

  it('re-admits once only, citing the regulation in force at the act date', () => {
    const exit: MemberEvent[] = [...life, { type: 'strikeOff', date: '2018-01-01', ground: 'inactivity' }];
    const s1 = replay({ events: [...exit, { type: 'readmission', date: '2022-01-01' }] }).state;
    expect(s1.status).toBe('admitted');
    const twice = replay({
      events: [
        ...exit,
        { type: 'readmission', date: '2022-01-01' },
        { type: 'admissionCeremony', date: '2022-01-10' },
        { type: 'voluntaryExit', date: '2022-03-01' },
        { type: 'readmission', date: '2025-08-01' },
      ],
    });
    expect(twice.problems).toHaveLength(1);
    const p = twice.problems[0]!;
    expect(p.kind === 'refused' && p.refusal.id).toBe('readmissionOnce');
    expect(p.kind === 'refused' && p.refusal.citations[0]).toEqual({ document: 'qd-294-2025', point: '3.5.3' });
  });

  it('points at the offending event for impossible orders', () => {
    const r = replay({
      events: [
        { type: 'admissionCeremony', date: '2020-01-01' },
        { type: 'admissionDecision', date: '2020-02-01' },
        { type: 'recognitionDecision', date: '2020-03-01' },
        { type: 'death', date: '2020-04-01' },
        { type: 'application', date: '2020-05-01' },
        { type: 'transferOut', date: '2020-01-01', mode: 'official' },
      ],
    });
    expect(r.problems.map((p) => [p.index, p.kind === 'refused' ? p.refusal.id : p.kind])).toEqual([
      [0, 'notAdmitted'],
      [2, 'notProbationary'],
      [4, 'afterDeath'],
      [5, 'outOfOrder'],
      [5, 'afterDeath'],
    ]);
  });

  it('allows a posthumous badge after death', () => {
    const s = replay({ events: [...life, { type: 'death', date: '2040-01-01' }] }).state;
    expect(transition(s, { type: 'badgeAwarded', date: '2045-02-03', years: 30, early: 'posthumous' }).ok).toBe(true);
    expect(allowedEvents(s)).toEqual(['badgeAwarded']);
  });

  it('allowedEvents agrees with transition for every status and probe', () => {
    for (const status of MEMBER_STATUSES) {
      const s = representativeState(status);
      const allowed = allowedEvents(s);
      for (const e of probeEvents(s.lastDate!)) if (transition(s, e).ok) expect(allowed).toContain(e.type);
    }
    expect(allowedEvents(initialState)).toContain('admissionDecision');
    expect(allowedEvents(initialState)).not.toContain('recognitionDecision');
  });

  it('every refusal in the table names a citation', () => {
    for (const row of transitionTable()) if (row.refusal) expect(row.refusal.citations.length).toBeGreaterThan(0);
  });

  it('exports a Mermaid diagram', () => {
    const m = transitionDiagram();
    expect(m.startsWith('stateDiagram-v2')).toBe(true);
    expect(m).toContain('probationary --> official: recognitionDecision');
    expect(m).toContain('struckOff --> admitted: readmission');
    expect(m).not.toContain('probationary --> expelled');
  });
});
