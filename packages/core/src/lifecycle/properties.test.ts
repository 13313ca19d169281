import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corePack } from '../core-pack.js';
import { addDays } from '../date/add-days.js';
import { addMonths } from '../date/add-months.js';
import type { CivilDate } from '../date/civil-date.js';
import { fromDayNumber, toDayNumber } from '../date/civil-date.js';
import { createEngine } from '../kernel/engine.js';
import { memberEventTypes } from '../model/member.js';
import { memberFacts } from './facts.js';
import { replay } from './history.js';
import { partyAge } from './party-age.js';
import { MEMBER_STATUSES } from './state.js';
import { allowedEvents, probeEvents, representativeState, transition } from './transition.js';

const engine = createEngine({ packs: [corePack] });
const day = (n: number): CivilDate => fromDayNumber(n);
const START = toDayNumber('2012-01-02');

/** A lawful life: awareness course → … → official, then optional transfer, exemption, badge-free years. */
const lawfulLife = fc
  .record({
    start: fc.integer({ min: START, max: toDayNumber('2024-06-01') }),
    age: fc.integer({ min: 19, max: 55 }),
    gaps: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 8, maxLength: 8 }),
    voters: fc.integer({ min: 3, max: 40 }),
    transfer: fc.boolean(),
    exemption: fc.boolean(),
  })
  .map(({ start, age, gaps, voters, transfer, exemption }) => {
    let d = day(start);
    const next = (n: number) => (d = addDays(d, n));
    const events: Record<string, unknown>[] = [
      { type: 'awarenessCourse', date: d },
      { type: 'application', date: next(gaps[0]!) },
      { type: 'admissionVote', date: next(gaps[1]!), vote: { for: voters, officialMembers: voters } },
      { type: 'admissionDecision', date: next(gaps[2]!) },
      { type: 'admissionCeremony', date: next(gaps[3]!) },
      { type: 'newMemberCourse', date: next(gaps[4]!) },
    ];
    const ceremony = events[4]!.date as CivilDate;
    const end = addMonths(ceremony, 12);
    d = end;
    events.push({ type: 'recognitionVote', date: next(gaps[5]!), vote: { for: voters, officialMembers: voters } });
    events.push({ type: 'recognitionDecision', date: next(gaps[6]!), effectiveOn: end });
    if (transfer) {
      events.push({ type: 'transferOut', date: next(30), mode: 'official' });
      events.push({ type: 'transferIn', date: next(gaps[7]!), mode: 'official' });
    }
    if (exemption) {
      events.push({ type: 'exemptionStart', date: next(60), reason: 'ageOrHealth', decidedBy: 'cell' });
      events.push({ type: 'exemptionEnd', date: next(90) });
    }
    const birthDate = addMonths(day(start), -12 * age - 6);
    return {
      kind: 'member',
      id: 'P',
      person: { fullName: 'Nguyễn Văn An', birthDate, sex: 'male', education: { general: 'upperSecondary' } },
      events,
    };
  });

describe('properties', () => {
  it('any generated lawful history derives without issues', () => {
    fc.assert(
      fc.property(lawfulLife, (m) => {
        const asOf = addDays(m.events[m.events.length - 1]!.date as CivilDate, 1);
        const r = engine.evaluate({ value: m }, 0, { asOf, facts: true });
        expect(r.issues.filter((i) => i.severity !== 'info').map((i) => `${i.ruleId}/${i.messageId}`)).toEqual([]);
        const status = r.facts.find((f) => f.name === 'status')!.value;
        expect(['official', 'exempted']).toContain(status);
        expect(r.facts.find((f) => f.name === 'historyProblems')!.value).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  const anyEvent = fc
    .record({
      probe: fc.integer({ min: 0, max: probeEvents().length - 1 }),
      offset: fc.integer({ min: -30, max: 800 }),
    })
    .map(({ probe, offset }) => ({ probe, offset }));

  it('random histories never throw (transition, replay, partyAge, memberFacts, the engine)', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 25 }), fc.integer({ min: 0, max: 5000 }), (list, asOfOffset) => {
        let n = START;
        const events = list.map(({ probe, offset }) => {
          n += offset;
          return { ...probeEvents(day(n))[probe]! };
        });
        const member = { events };
        const r = replay(member);
        expect(r.before).toHaveLength(events.length);
        const asOf = day(START + asOfOffset * 3);
        memberFacts(member, asOf);
        const age = partyAge(member, asOf);
        if (age) expect(age.excludedDays).toBeGreaterThanOrEqual(0);
        const res = engine.evaluate(
          { value: { kind: 'member', person: { fullName: 'A', birthDate: '1980-01-01', sex: 'female' }, events } },
          0,
          { asOf, facts: true },
        );
        expect(res.issues.filter((i) => i.ruleId === 'record.internal')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('transition is total over statuses × probe events, and refusals keep the state', () => {
    for (const s of MEMBER_STATUSES) {
      const state = representativeState(s);
      for (const e of probeEvents()) {
        const r = transition(state, e);
        if (!r.ok) expect(r.state.status).toBe(s);
      }
      expect(allowedEvents(state).every((t) => (memberEventTypes as readonly string[]).includes(t))).toBe(true);
    }
  });
});
