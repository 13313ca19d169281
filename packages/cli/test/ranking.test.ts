import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const members = (good: number, excellent: number, organization = 'CB1') => [
  ...Array.from({ length: good }, (_, i) => ({
    memberId: `${organization}-T${i + 1}`,
    organization,
    level: 'good',
    points: 80,
  })),
  ...Array.from({ length: excellent }, (_, i) => ({
    memberId: `${organization}-X${i + 1}`,
    organization,
    level: 'excellent',
    points: 95,
  })),
];
const round = (over: Record<string, unknown> = {}) => ({
  kind: 'rankingRound',
  year: 2025,
  organization: { id: 'DB01', name: 'Đảng bộ xã A' },
  members: [
    ...members(10, 2),
    ...members(4, 0, 'CB2'),
    { memberId: 'CB2-K1', organization: 'CB2', level: 'notCompleted', points: 40 },
  ],
  ...over,
});

describe('dieule ranking check', () => {
  it('prints the level table and exits 0 for a clean round', async () => {
    const { code, stdout } = await run(['ranking', 'check', '-', '--as-of', '2026-01-15'], JSON.stringify(round()));
    expect(code).toBe(0);
    expect(stdout).toContain('Kết quả xếp loại DB01 2025 (chế độ: qd366)');
    expect(stdout).toMatch(/CB1\s+12\s+2 \(16\.67%\)\s+10 \(83\.33%\)/);
    expect(stdout).toMatch(/Tổng số\s+17\s+2 \(11\.76%\)\s+14 \(82\.35%\)\s+0 \(0\.00%\)\s+1 \(5\.88%\)/);
  });

  it('exits 1 and names the surplus evaluations over the quota', async () => {
    const over = round({ members: members(9, 3) });
    const { code, stdout } = await run(
      ['ranking', 'check', '-', '--format', 'json', '--locale', 'en', '--as-of', '2026-01-15'],
      JSON.stringify(over),
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const quota = report.issues.find((i: { ruleId: string }) => i.ruleId === 'ranking.quota.members');
    expect(quota.facts).toMatchObject({ allowed: 1, surplus: 2, blamed: ['CB1-X2', 'CB1-X3'] });
    expect(quota.message).toContain('by 2: CB1-X2, CB1-X3');
    const summary = report.facts.find((f: { name: string }) => f.name === 'ranking.summary');
    expect(summary.value.members.total.counts).toEqual({ excellent: 3, good: 9, completed: 0, notCompleted: 0 });
  });

  it('checks several rounds from NDJSON, each under its own regime', async () => {
    const ndjson = [round({ year: 2022, members: members(5, 1) }), round({ year: 2024, members: members(5, 2) })]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const { code, stdout } = await run(['ranking', 'check', '-', '--as-of', '2026-01-15', '--locale', 'en'], ndjson);
    expect(code).toBe(1);
    expect(stdout).toContain('Ranking results DB01 2022 (regime: hd21)');
    expect(stdout).toContain('Ranking results DB01 2024 (regime: qd124)');
    expect(stdout).toContain('ranking.quota.members');
  });

  it('is a usage error without any ranking round', async () => {
    const { code, stderr } = await run(
      ['ranking', 'check', '-', '--as-of', '2026-01-15'],
      JSON.stringify({ kind: 'member' }),
    );
    expect(code).toBe(2);
    expect(stderr).toContain('rankingRound');
  });

  it('dieule check accepts ballots, plans and appointments', async () => {
    const vote = { kind: 'confidenceVote', heldOn: '2026-05-20', summoned: 30, present: 19, results: [] };
    const { code, stdout } = await run(
      ['check', '-', '--format', 'json', '--as-of', '2026-06-01'],
      JSON.stringify([vote]),
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues.map((i: { ruleId: string }) => i.ruleId)).toEqual(['cadre.vote.quorum']);
  });
});
