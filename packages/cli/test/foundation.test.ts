import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const member = (over: Record<string, unknown> = {}) => ({
  kind: 'member',
  id: 'M1',
  person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', citizenId: '087084000999' },
  events: [],
  ...over,
});

describe('dieule rules --json', () => {
  it('prints the catalogue contract', async () => {
    const { code, stdout } = await run(['rules', '--json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r).toMatchObject({
        id: expect.any(String),
        family: expect.any(String),
        title: { vi: expect.any(String), en: expect.any(String) },
      });
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(['verified', 'secondary', 'carried-over', 'recalled']).toContain(r.confidence);
      expect((r.effective as { from: string; to: string | null }).from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((r.citations as unknown[]).length).toBeGreaterThan(0);
    }
    // the carried-over state of the 2026 texts is visible, with the point it is carried from
    const deadline = rules.find((r) => r.id === 'member.admission.decisionDeadline') as {
      confidence: string;
      citations: { document: string; carriedOverFrom?: { document: string; point?: string } }[];
    };
    expect(deadline.confidence).toBe('carried-over');
    expect(deadline.citations).toContainEqual({
      document: 'qd-208-2026',
      carriedOverFrom: { document: 'qd-294-2025', point: '4.3.1' },
    });
  });
});

describe('dieule documents --json', () => {
  it('lists the registry with the implementing regulations in order', async () => {
    const { code, stdout } = await run(['documents', '--json']);
    expect(code).toBe(0);
    const docs = JSON.parse(stdout) as { id: string; number: string }[];
    expect(docs.map((d) => d.number)).toEqual(
      expect.arrayContaining(['29-QĐ/TW', '24-QĐ/TW', '232-QĐ/TW', '294-QĐ/TW']),
    );
  });
});

describe('dieule check', () => {
  it('exit 0 and a JSON report for clean records', async () => {
    const { code, stdout } = await run(
      ['check', '-', '--format', 'json', '--as-of', '2026-01-01'],
      JSON.stringify([member()]),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      format: 'dieule.report/1',
      meta: { asOf: '2026-01-01', locale: 'vi' },
      summary: { records: 1, errors: 0 },
    });
  });
  it('exit 1 when errors are found; issues carry the record id', async () => {
    const bad = member({ person: { fullName: 'A', birthDate: '1985-03-02', sex: 'male', citizenId: '087084000999' } });
    const { code, stdout } = await run(
      ['check', '-', '--format', 'json', '--locale', 'en', '--as-of', '2026-01-01'],
      JSON.stringify(bad),
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.issues[0]).toMatchObject({ record: 'M1', ruleId: 'identity.citizenId.matchesPerson' });
    expect(report.issues[0].message).toContain('birth year');
    expect(stdout).not.toContain('087084000999');
  });
  it('reads NDJSON and accounts for unparsable lines', async () => {
    const nd = `${JSON.stringify(member())}\nnot json\n${JSON.stringify(member({ id: 'M2' }))}\n`;
    const { code, stdout } = await run(['check', '-', '--format', 'json', '--as-of', '2026-01-01'], nd);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).summary).toMatchObject({ records: 3, valid: 2, withErrors: 1 });
  });
  it('exit 2 with a one-line reason for unusable input or usage', async () => {
    const missing = await run(['check', '/no/such/file.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run(['check', '-', '--as-of', '2026-13-01'], '[]')).code).toBe(2);
    expect((await run(['check', '-'], '')).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('dieule schema', () => {
  it('prints JSON Schema for a kind', async () => {
    const { code, stdout } = await run(['schema', 'member']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
    });
    expect((await run(['schema', 'nope'])).code).toBe(2);
  });
});
