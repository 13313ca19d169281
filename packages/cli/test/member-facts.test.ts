import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const member = (id: string, events: Record<string, unknown>[]) => ({
  kind: 'member',
  id,
  person: { fullName: 'Nguyễn Văn An', birthDate: '1970-03-02', sex: 'male' },
  events,
});
const official = member('M1', [
  { type: 'admissionDecision', date: '2015-07-26' },
  { type: 'admissionCeremony', date: '2015-07-26' },
  { type: 'recognitionDecision', date: '2016-07-27', effectiveOn: '2016-07-26' },
]);

describe('dieule member facts', () => {
  it('prints JSON facts with citations (HD 01 example: party age from 26/7/2015)', async () => {
    const { code, stdout } = await run(
      ['member', 'facts', '-', '--json', '--as-of', '2025-07-26'],
      JSON.stringify([official]),
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      format: 'dieule.memberFacts/1',
      asOf: '2025-07-26',
      members: [{ record: 'M1', valid: true }],
    });
    const facts = out.members[0].facts as { name: string; value: unknown; citations: unknown[] }[];
    expect(facts.find((f) => f.name === 'status')!.value).toBe('official');
    expect(facts.find((f) => f.name === 'partyAge')!.value).toMatchObject({
      years: 10,
      months: 0,
      days: 0,
      start: '2015-07-26',
    });
    expect(facts.find((f) => f.name === 'partyAge')!.citations.length).toBeGreaterThan(0);
  });

  it('prints a table in Vietnamese by default, English on request', async () => {
    const vi = await run(['member', 'facts', '-', '--as-of', '2025-07-26'], JSON.stringify(official));
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Tuổi đảng');
    expect(vi.stdout).toContain('10 năm 0 tháng 0 ngày');
    const en = await run(['member', 'facts', '-', '--as-of', '2025-07-26', '--locale', 'en'], JSON.stringify(official));
    expect(en.stdout).toContain('Party age');
  });

  it('reads NDJSON and accounts for every record; a malformed record gives exit 1', async () => {
    const ndjson = `${JSON.stringify(official)}\n{"kind":"member"}\n`;
    const { code, stdout } = await run(['member', 'facts', '-', '--json', '--as-of', '2025-07-26'], ndjson);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).members).toHaveLength(2);
  });

  it('rejects a bad --as-of with exit 2', async () => {
    const { code, stderr } = await run(['member', 'facts', '-', '--as-of', '26/07/2025'], JSON.stringify(official));
    expect(code).toBe(2);
    expect(stderr).toContain('--as-of');
  });

  it('dieule check covers member records (history consistency)', async () => {
    const bad = member('M2', [{ type: 'admissionCeremony', date: '2020-01-01' }]);
    const { code, stdout } = await run(
      ['check', '-', '--format', 'json', '--as-of', '2025-07-26'],
      JSON.stringify([bad]),
    );
    expect(code).toBe(1);
    const issues = JSON.parse(stdout).issues as { ruleId: string; path: unknown[] }[];
    expect(issues.find((i) => i.ruleId === 'member.history.consistency')).toMatchObject({ path: ['events', 0] });
  });
});
