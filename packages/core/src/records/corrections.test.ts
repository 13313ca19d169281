import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../default-engine.js';
import { memberFacts } from '../lifecycle/facts.js';
import { prepareMember } from './corrections.js';
import { eventIds, generatedEventId } from './ids.js';

const person = { fullName: 'Trần Thị Bình', birthDate: '1990-03-15', sex: 'female' };
const member = (events: object[], format = 'dieule.records/2') => ({
  kind: 'member',
  format,
  id: 'M9',
  person,
  events,
});
const opts = { asOf: '2026-12-01' as const, facts: true };

describe('event identities', () => {
  it('generates the same id from the same content, whatever the key order', () => {
    const a = generatedEventId({ type: 'death', date: '2020-01-01', note: 'x' });
    expect(a).toMatch(/^e-[0-9a-f]{12}$/);
    expect(generatedEventId({ note: 'x', date: '2020-01-01', type: 'death' })).toBe(a);
    expect(generatedEventId({ type: 'death', date: '2020-01-02' })).not.toBe(a);
  });
  it('numbers identical events without id by occurrence', () => {
    const e = { type: 'missedMonth', date: '2024-03-01', meetings: true };
    const { history } = prepareMember({ events: [e, e] as never });
    expect(history.ids[1]).toBe(`${history.ids[0]}-2`);
  });
  it('orders format 2 by date, then seq; array order does not matter', () => {
    const r = validate(
      member([
        { type: 'admissionCeremony', date: '2015-08-10', id: 'c' },
        { type: 'admissionDecision', date: '2015-07-26', id: 'd' },
        { type: 'recognitionDecision', date: '2016-08-20', id: 'r', seq: 2 },
        { type: 'badgeAwarded', date: '2016-08-20', id: 'x', seq: 1, years: 30 },
      ]),
      opts,
    );
    const ids = r.issues.filter((i) => i.ruleId === 'member.history.consistency');
    // badge (seq 1) comes before recognition (seq 2) on the same day: refused, pointing at its input position
    expect(ids.map((i) => [i.messageId, i.path])).toEqual([['refused', ['events', 3]]]);
  });
  it('format 1 keeps array order and still reports events out of order', () => {
    const r = validate(
      member(
        [
          { type: 'admissionCeremony', date: '2015-08-10' },
          { type: 'admissionDecision', date: '2015-07-26' },
        ],
        'dieule.member/1',
      ),
      opts,
    );
    expect(r.issues.some((i) => i.messageId === 'outOfOrder')).toBe(true);
  });
  it('reports a duplicate id', () => {
    const r = validate(
      member([
        { type: 'admissionDecision', date: '2015-07-26', id: 'a' },
        { type: 'admissionCeremony', date: '2015-08-10', id: 'a' },
      ]),
      opts,
    );
    const dup = r.issues.find((i) => i.messageId === 'duplicateId');
    expect(dup?.path).toEqual(['events', 1, 'id']);
  });
});

describe('corrections', () => {
  const history = [
    { type: 'admissionDecision', date: '2015-07-26', id: 'dec' },
    { type: 'admissionCeremony', date: '2015-07-20', id: 'cer' },
    {
      type: 'correction',
      date: '2016-01-05',
      id: 'fix1',
      corrects: 'cer',
      reason: 'Ghi nhầm ngày lễ',
      replacement: { type: 'admissionCeremony', date: '2015-08-10' },
    },
  ];
  it('judges the corrected history (the wrong ceremony date is not refused)', () => {
    const r = validate(member(history), opts);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const trail = r.facts?.find((f) => f.name === 'corrections');
    expect(trail?.value).toEqual([
      {
        event: 'cer',
        by: 'fix1',
        date: '2016-01-05',
        action: 'replaced',
        superseded: false,
        reason: 'Ghi nhầm ngày lễ',
      },
    ]);
  });
  it('without the correction, the same history is refused', () => {
    const r = validate(member(history.slice(0, 2)), opts);
    expect(r.issues.some((i) => i.messageId === 'refused')).toBe(true);
  });
  it('points an issue about a replaced event at the replacement', () => {
    const r = validate(
      member([
        ...history.slice(0, 2),
        { ...history[2], replacement: { type: 'admissionCeremony', date: '2015-07-21' } },
      ]),
      opts,
    );
    const refused = r.issues.find((i) => i.messageId === 'refused');
    expect(refused?.path).toEqual(['events', 2, 'replacement']);
  });
  it('a withdrawal removes the event; the input is never rewritten', () => {
    const input = member([
      ...history.slice(0, 2),
      { type: 'correction', date: '2016-01-05', corrects: 'cer', withdrawn: true },
    ]);
    const before = JSON.stringify(input);
    const f = memberFacts(input as never, '2026-12-01');
    expect(f.status.value).toBe('admitted');
    expect(f.corrections[0]?.action).toBe('withdrawn');
    expect(JSON.stringify(input)).toBe(before);
  });
  it('a later correction of the same event supersedes the earlier one', () => {
    const f = memberFacts(
      {
        format: 'dieule.records/2',
        events: [
          ...history,
          {
            type: 'correction',
            date: '2016-02-01',
            corrects: 'cer',
            replacement: { type: 'admissionCeremony', date: '2015-08-12' },
          },
        ],
      } as never,
      '2026-12-01',
    );
    expect(f.corrections.map((c) => c.superseded)).toEqual([true, false]);
    expect(f.probationEnd?.value).toBe('2016-08-12');
  });
  it('a correction naming an unknown event is an issue, not a silent pass', () => {
    const r = validate(
      member([...history.slice(0, 2), { type: 'correction', date: '2016-01-05', corrects: 'nope', withdrawn: true }]),
      opts,
    );
    const u = r.issues.find((i) => i.messageId === 'unknownTarget');
    expect(u?.path).toEqual(['events', 2, 'corrects']);
    expect(u?.message).toContain('"nope"');
  });
  it('a correction may name a generated id', () => {
    const cer = { type: 'admissionCeremony', date: '2015-07-20' };
    const r = validate(
      member([
        { type: 'admissionDecision', date: '2015-07-26' },
        cer,
        {
          type: 'correction',
          date: '2016-01-05',
          corrects: generatedEventId(cer),
          replacement: { type: 'admissionCeremony', date: '2015-08-10' },
        },
      ]),
      opts,
    );
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('regression: a cached history must follow a caller who changes the record', () => {
  it('memberFacts sees an event pushed after a first call', () => {
    const m = { events: [{ type: 'admissionDecision', date: '2015-07-26' }] as never[] };
    expect(memberFacts(m as never, '2026-01-01').status.value).toBe('admitted');
    m.events.push({ type: 'admissionCeremony', date: '2015-08-10' } as never);
    expect(memberFacts(m as never, '2026-01-01').status.value).not.toBe('admitted');
  });
});

describe('lazy event ids (issue 15)', () => {
  /** The eager reference: every id hashed up front, every repeat of an earlier id a `duplicateId` problem. */
  const eager = (events: readonly object[]) => {
    const ids = eventIds(events);
    const seen = new Set<string>();
    const problems: { kind: string; index: number; id: string }[] = [];
    ids.forEach((id, index) => {
      if (seen.has(id)) problems.push({ kind: 'duplicateId', index, id });
      else seen.add(id);
    });
    return { ids, problems };
  };
  const kinds = ['missedMonth', 'death', 'admissionCeremony', 'transferOut'] as const;
  const event = fc.record(
    {
      type: fc.constantFrom(...kinds),
      date: fc.constantFrom('2020-01-01', '2021-06-15', '2024-03-01'),
      id: fc.oneof(fc.constantFrom('a', 'b', ''), fc.constant(generatedEventId({ type: 'death', date: '2020-01-01' }))),
      note: fc.constantFrom('x', 'y'),
    },
    { requiredKeys: ['type', 'date'] },
  );
  it('gives the ids and duplicate problems the eager hashing gives, whatever the histories', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), (events) => {
        const { history } = prepareMember({ events: events as never });
        const want = eager(events);
        expect(history.problems).toEqual(want.problems);
        expect(history.ids).toEqual(want.ids);
        expect(history.paths).toEqual(events.map((_, i) => ['events', i]));
      }),
      { seed: 15, numRuns: 300 },
    );
  });
  it('finds an own id that repeats a generated one (the only way a generated id can be duplicated)', () => {
    const death = { type: 'death', date: '2020-01-01' };
    const { history } = prepareMember({
      events: [death, { type: 'missedMonth', date: '2020-02-01', id: generatedEventId(death) }] as never,
    });
    expect(history.problems).toEqual([{ kind: 'duplicateId', index: 1, id: generatedEventId(death) }]);
  });
});
