import { describe, expect, it } from 'vitest';
import { validate } from '../default-engine.js';
import { memberFacts, toDerivedFacts } from '../lifecycle/facts.js';
import { replay } from '../lifecycle/history.js';
import { allowedEvents } from '../lifecycle/transition.js';
import { jsonSchemaFor } from '../model/json-schema.js';
import { memberEventSchema, memberKind } from '../model/member.js';
import { exampleRound } from '../ranking/rules/select.js';
import { suspensionCitations, suspensionOn, suspensionPeriods } from './suspension.js';
import { upgrade } from './upgrade.js';

const person = { fullName: 'Trần Văn Bình', birthDate: '1980-04-02', sex: 'male' };
const official = [
  { id: 'k', type: 'admissionDecision', date: '2010-07-26' },
  { id: 'l', type: 'admissionCeremony', date: '2010-08-10' },
  { id: 'r', type: 'recognitionDecision', date: '2011-08-20' },
];
const member = (events: unknown[]) => ({ kind: 'member', format: 'dieule.records/2', id: 'M1', person, events });
const start = {
  id: 's',
  type: 'suspensionStart',
  date: '2024-03-01',
  ground: 'obstruction',
  until: '2024-05-29',
  authority: { level: 'district', body: 'standingCommittee' },
};

describe('suspension events (format 2 model)', () => {
  it('valid: start, extension, end with their fields', () => {
    for (const e of [
      start,
      { type: 'suspensionStart', date: '2017-12-08', from: '2017-12-08', ground: 'custody' },
      { type: 'suspensionExtension', date: '2024-05-20', until: '2024-08-27' },
      { type: 'suspensionEnd', date: '2024-06-10', reason: 'concluded' },
    ])
      expect(memberEventSchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
  });
  it('invalid: unknown ground, extension without a new end date, misspelt field', () => {
    for (const e of [
      { ...start, ground: 'prosecuted' },
      { type: 'suspensionExtension', date: '2024-05-20' },
      { type: 'suspensionEnd', date: '2024-06-10', reasons: 'concluded' },
      { ...start, until: '2024-02-30' },
    ])
      expect(memberEventSchema.safeParse(e).success, JSON.stringify(e)).toBe(false);
  });
  it('the JSON Schema of a member lists the three event types', () => {
    const text = JSON.stringify(jsonSchemaFor(memberKind));
    for (const t of ['suspensionStart', 'suspensionExtension', 'suspensionEnd']) expect(text).toContain(`"${t}"`);
  });
});

describe('replay: what is allowed while suspended', () => {
  it('a suspension leaves the status unchanged and every other act lawful', () => {
    const r = replay(
      member([
        ...official,
        start,
        { type: 'discipline', date: '2024-04-15', form: 'warning' },
        { type: 'transferOut', date: '2024-04-20', mode: 'temporary' },
      ]) as never,
    );
    expect(r.problems).toEqual([]);
    expect(r.state.status).toBe('official');
    expect(r.state.suspension).toMatchObject({ since: '2024-03-01', until: '2024-05-29' });
    expect(allowedEvents(r.state)).toEqual(
      expect.arrayContaining(['discipline', 'suspensionExtension', 'suspensionEnd', 'expulsion']),
    );
    expect(allowedEvents(r.state)).not.toContain('suspensionStart');
  });
  it('refuses a suspension of a non-member, a second one in force, an end or extension without one', () => {
    const refused = (events: unknown[]) =>
      replay(member(events) as never).problems.map((p) => (p.kind === 'refused' ? p.refusal.id : p.kind));
    expect(refused([start])).toEqual(['notMember']);
    expect(refused([...official, start, { ...start, id: 's2', date: '2024-04-01' }])).toEqual(['alreadySuspended']);
    expect(refused([...official, { type: 'suspensionEnd', date: '2024-04-01' }])).toEqual(['notSuspended']);
    expect(refused([...official, { type: 'suspensionExtension', date: '2024-04-01', until: '2024-09-01' }])).toEqual([
      'notSuspended',
    ]);
    // a new suspension after the period set has lapsed is lawful
    expect(refused([...official, start, { ...start, id: 's2', date: '2024-07-01', until: '2024-09-28' }])).toEqual([]);
  });
  it('leaving the rolls ends the suspension', () => {
    const r = replay(member([...official, start, { type: 'expulsion', date: '2024-04-10' }]) as never);
    expect(r.state.suspension).toBeNull();
    expect(
      suspensionPeriods(member([...official, start, { type: 'expulsion', date: '2024-04-10' }]) as never)[0],
    ).toMatchObject({ endedOn: '2024-04-10', endReason: 'exit' });
  });
  it('the history rule names the event in words, never its type', () => {
    const r = validate(member([...official, { type: 'suspensionEnd', date: '2024-04-01' }]), { asOf: '2024-12-01' });
    const i = r.issues.find((x) => x.ruleId === 'member.history.consistency');
    expect(i?.message).toContain('chấm dứt đình chỉ sinh hoạt đảng');
    expect(i?.message).not.toContain('suspensionEnd');
    expect(i?.citations.some((c) => c.document === 'dieu-le-2011' && c.article === '40')).toBe(true);
  });
});

describe('derived fact: suspended on a date', () => {
  const history = [
    ...official,
    start,
    { type: 'suspensionExtension', date: '2024-05-20', until: '2024-08-27' },
    { type: 'suspensionEnd', date: '2024-07-15', reason: 'concluded' },
  ];
  it('in force from its first day to the day before it ends; extensions move the last day', () => {
    const on = (d: string) => memberFacts(member(history) as never, d as never).suspended?.value ?? null;
    expect(on('2024-02-29')).toBeNull();
    expect(on('2024-03-01')).toMatchObject({ since: '2024-03-01', until: '2024-05-29', event: 's' });
    expect(on('2024-06-01')).toMatchObject({ until: '2024-08-27', extended: true, ground: 'obstruction' });
    expect(on('2024-07-14')).not.toBeNull();
    expect(on('2024-07-15')).toBeNull();
  });
  it('a period with no end event lapses after its last day; `from` sets the first day', () => {
    const m = member([...official, { ...start, from: '2024-02-20' }]);
    expect(suspensionOn(m as never, '2024-03-01')?.period.since).toBe('2024-02-20');
    // judged as of the date: before the decision was taken, nothing was recorded yet
    expect(suspensionOn(m as never, '2024-02-25')).toBeNull();
    expect(suspensionOn(m as never, '2024-05-29')).not.toBeNull();
    expect(suspensionOn(m as never, '2024-05-30')).toBeNull();
  });
  it('cites the Charter and the regulation of the decision date (QĐ 296 as carrying over QĐ 22)', () => {
    expect(suspensionCitations('2019-01-10')).toEqual([
      { document: 'dieu-le-2011', article: '40', clause: '4' },
      { document: 'qd-30-2016', article: '40', clause: '4' },
    ]);
    expect(suspensionCitations('2024-03-01')[1]).toEqual({ document: 'qd-22-2021', article: '28' });
    expect(suspensionCitations('2025-09-01')[1]).toEqual({
      document: 'qd-296-2025',
      carriedOverFrom: { document: 'qd-22-2021', article: '28' },
    });
  });
  it('is reported with a label in both locales', () => {
    const f = memberFacts(member(history) as never, '2024-04-01');
    const prov = { source: 'core', version: '0' } as const;
    expect(toDerivedFacts(f, 'M1', 'vi', prov).find((x) => x.name === 'suspended')?.label).toBe(
      'Đang bị đình chỉ sinh hoạt đảng',
    );
    expect(toDerivedFacts(f, 'M1', 'en', prov).find((x) => x.name === 'suspended')?.label).toBe(
      'Suspended from party activity',
    );
    const r = validate(member(history), { asOf: '2024-04-01', facts: true });
    expect(r.facts?.find((x) => x.name === 'suspended')?.value).toMatchObject({ since: '2024-03-01' });
  });
});

describe('bundles read the suspension from the member history', () => {
  const asOf = '2026-12-01' as const;
  const bundle = (events: unknown[], round: unknown) => ({
    kind: 'bundle',
    format: 'dieule.records/2',
    members: [{ id: 'M1', person, events }],
    rankingRounds: [round],
  });
  const suspended2025 = [
    ...official,
    { type: 'suspensionStart', date: '2025-11-20', ground: 'custody', authority: { level: 'province' } },
  ];
  it('a suspension in the history leaves the member unranked although the round does not say so', () => {
    const r = validate(bundle(suspended2025, exampleRound(2025, [{ memberId: 'M1', level: 'good' }])), { asOf });
    expect(r.issues.find((x) => x.ruleId === 'ranking.member.scope')?.messageId).toBe('suspended');
    expect(r.issues.some((x) => x.ruleId === 'bundle.crossRecord')).toBe(false);
  });
  it('the round and the history disagree: a warning citing both places; the history is judged', () => {
    const round = exampleRound(2025, [{ memberId: 'M1', suspended: true }]);
    const r = validate(bundle(official, round), { asOf });
    const d = r.issues.find((x) => x.ruleId === 'bundle.crossRecord');
    expect(d?.facts).toMatchObject({ field: 'suspended', recordValue: true, historyValue: false });
    expect(d?.path).toEqual(['members', 0, 'suspended']);
    expect(d?.message).toContain('members[0].events');
    expect(d?.message).toContain('rankingRounds[0].members.0.suspended');
    expect(d?.message).not.toMatch(/\{|true|false/);
    // not suspended per the history: the member must be ranked
    expect(r.issues.find((x) => x.ruleId === 'ranking.member.scope')?.messageId).toBe('unranked');
    const en = validate(bundle(official, round), { asOf, locale: 'en' });
    expect(en.issues.find((x) => x.ruleId === 'bundle.crossRecord')?.message).toContain(
      'Suspension from party activity',
    );
  });
  it('a suspension lifted before the review date is not read as in force', () => {
    const events = [...suspended2025, { type: 'suspensionEnd', date: '2025-12-10', reason: 'lifted' }];
    const round = exampleRound(2025, [{ memberId: 'M1', level: 'good', suspended: false }]);
    const r = validate(bundle(events, round), { asOf });
    expect(r.issues.some((x) => x.ruleId === 'bundle.crossRecord')).toBe(false);
    expect(r.issues.some((x) => x.ruleId === 'ranking.member.scope')).toBe(false);
  });
  it('outside a bundle the round`s own `suspended` is the fallback', () => {
    const r = validate(exampleRound(2025, [{ memberId: 'M1', suspended: true, level: 'good' }]), { asOf });
    expect(r.issues.find((x) => x.ruleId === 'ranking.member.scope')?.messageId).toBe('suspended');
  });
});

describe('upgrade from format 1', () => {
  it('format 1 had suspension only as a ranking round flag: kept as it is, with no note', () => {
    const round = { ...exampleRound(2025, [{ memberId: 'M1', suspended: true }]), format: 'dieule.rankingRound/1' };
    const up = upgrade(round);
    expect(up.notes).toEqual([]);
    expect((up.records[0] as { members: { suspended?: boolean }[] }).members[0]?.suspended).toBe(true);
  });
  it('suspension events of a member get ids like every event', () => {
    const up = upgrade({ kind: 'member', person, events: [...official.map(({ id: _, ...e }) => e), start] });
    const events = (up.records[0] as { events: { id: string; type: string }[] }).events;
    expect(events[3]).toMatchObject({ id: 's', type: 'suspensionStart' });
    expect(events[0]?.id).toMatch(/^e-[0-9a-f]{12}$/);
  });
});
