import type { RosterItem } from '@dieule/adapter-xlsx';
import type { Engine, RecordResult } from '@dieule/core/kernel';
import { describe, expect, it } from 'vitest';
import { RosterRounds } from '../src/report/rounds.js';

describe('roster ranking rounds', () => {
  it('regression: a round names each member by the roster member-id column (value.id), not by the card number', () => {
    const rounds = new RosterRounds();
    const item = {
      type: 'record',
      sheet: 'S',
      row: 2,
      source: {
        value: { kind: 'member', id: 'DV-0001', organization: 'Chi bộ 1', person: { partyCardNumber: '01001234' } },
      },
      info: { rankings: [{ year: 2025, level: 'good' }] },
    } as unknown as RosterItem;
    const result = { facts: [{ name: 'status', value: 'official' }], issues: [] } as unknown as RecordResult;
    rounds.add(item, result);
    const seen: unknown[] = [];
    const engine = {
      evaluate: (rec: { value: unknown }) => {
        seen.push(rec.value);
        return { issues: [], facts: [] };
      },
    } as unknown as Engine;
    rounds.judge(engine, { asOf: '2026-01-01' as never, locale: 'vi' }, []);
    expect(seen).toMatchObject([{ kind: 'rankingRound', year: 2025, members: [{ memberId: 'DV-0001' }] }]);
  });
});
