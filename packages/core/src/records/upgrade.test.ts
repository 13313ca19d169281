import { describe, expect, it } from 'vitest';
import { coreEngine } from '../default-engine.js';
import type { Issue } from '../kernel/types.js';
import { upgrade } from './upgrade.js';

const engine = coreEngine();
const asOf = '2026-12-01' as const;
const judgement = (issues: readonly Issue[]) =>
  issues.map((i) => `${i.ruleId}:${i.messageId}:${i.severity}:${i.path.join('.')}`).sort();

describe('upgrade: format 1 → format 2', () => {
  const examples = engine.packs.flatMap((p) =>
    p.rules.flatMap((r) => (r.examples ?? []).map((e, n) => ({ id: `${r.id} #${n + 1}`, record: e.record }))),
  );
  it('the catalogue has examples to run', () => expect(examples.length).toBeGreaterThan(80));
  it('every catalogue example gives the same judgements after upgrade (or upgrade says why not)', () => {
    const differ: string[] = [];
    let carried = 0;
    for (const ex of examples) {
      const up = upgrade(ex.record);
      if (up.notes.some((n) => n.code === 'reordered')) continue;
      carried++;
      const before = engine.validate(ex.record, { asOf });
      const after = engine.validate(up.records[0], { asOf });
      if (judgement(before.issues).join('|') !== judgement(after.issues).join('|')) differ.push(ex.id);
    }
    expect(differ).toEqual([]);
    expect(carried).toBeGreaterThan(examples.length * 0.95);
  });
  it('gives members and events ids, same-day events a seq, and renames decidedBy', () => {
    const { records, notes } = upgrade({
      kind: 'member',
      person: { fullName: 'A', birthDate: '1990-01-01', sex: 'male' },
      events: [
        { type: 'admissionDecision', date: '2015-07-26' },
        { type: 'admissionCeremony', date: '2015-08-10' },
        { type: 'newMemberCourse', date: '2015-08-10' },
        { type: 'discipline', date: '2020-01-01', form: 'reprimand', decidedBy: { level: 'grassroots' } },
      ],
    });
    const m = records[0] as { id: string; format: string; events: Record<string, unknown>[] };
    expect(m.format).toBe('dieule.records/2');
    expect(m.id).toMatch(/^m-[0-9a-f]{12}$/);
    expect(m.events.every((e) => typeof e.id === 'string')).toBe(true);
    expect(m.events.map((e) => e.seq)).toEqual([undefined, 1, 2, undefined]);
    expect(m.events[3]).toMatchObject({ authority: { level: 'grassroots' } });
    expect(m.events[3]).not.toHaveProperty('decidedBy');
    expect(notes).toEqual([]);
  });
  it('reports what it could not carry over', () => {
    const { notes } = upgrade([
      'not a record',
      { kind: 'congress' },
      {
        kind: 'member',
        person: { fullName: 'A', birthDate: '1990-01-01', sex: 'male' },
        events: [
          { type: 'admissionCeremony', date: '2015-08-10' },
          { type: 'admissionDecision', date: '2015-07-26' },
        ],
      },
    ]);
    expect(notes.map((n) => [n.record, n.code])).toEqual([
      [0, 'notAnObject'],
      [1, 'unknownKind'],
      [2, 'reordered'],
    ]);
  });
  it('dutyRelated becomes violationKind, with the same judgement', () => {
    const round = {
      kind: 'rankingRound',
      year: 2025,
      organization: { id: 'DB' },
      members: [
        {
          memberId: 'A',
          level: 'good',
          discipline: [{ form: 'reprimand', decidedOn: '2025-06-10', dutyRelated: true }],
        },
      ],
    };
    const up = upgrade(round).records[0] as { members: { discipline: object[] }[] };
    expect(up.members[0]?.discipline[0]).toEqual({
      form: 'reprimand',
      decidedOn: '2025-06-10',
      violationKind: 'publicDuty',
    });
    expect(judgement(engine.validate(up, { asOf }).issues)).toEqual(judgement(engine.validate(round, { asOf }).issues));
  });
});
