import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const example = here('../../../examples/plugin-local-rules/src/index.ts');
const plain = here('./fixtures/plugin-plain.mjs');

const member = (over: Record<string, unknown> = {}) => ({
  kind: 'member',
  id: 'M1',
  person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', citizenId: '087084000999' },
  events: [],
  ...over,
});

const meetingYear = {
  kind: 'tinh-x/cellMeetingYear',
  organization: 'TX.01.03',
  year: 2025,
  members: 20,
  meetings: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
    date: `2025-${String(m).padStart(2, '0')}-05`,
    type: m % 3 === 0 ? 'combined' : 'regular',
    minutes: m % 3 === 0 ? 125 : 95,
    present: m === 4 ? 15 : 19,
  })),
};

describe('--plugin', () => {
  it('dieule rules --json lists plugin rules with their provenance', async () => {
    const { code, stdout, stderr } = await run(['rules', '--json', '--plugin', example]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as { id: string; provenance: Record<string, string> }[];
    const mine = rules.filter((r) => r.id.startsWith('tinh-x/'));
    expect(mine.map((r) => r.id)).toEqual([
      'tinh-x/meeting.quality',
      'tinh-x/meeting.regularity',
      'tinh-x/meeting.thematic',
    ]);
    for (const r of mine)
      expect(r.provenance).toEqual({ source: 'plugin', name: '@dieule/example-plugin-local-rules', version: '1.0.0' });
    expect(rules.find((r) => r.id === 'identity.citizenId.format')?.provenance.source).toBe('core');
  });

  it('check: plugin issues, facts, targets and meta carry the plugin', async () => {
    const { code, stdout } = await run(
      ['check', '-', '--format', 'json', '--facts', '--as-of', '2026-01-15', '--plugin', example],
      JSON.stringify([meetingYear, member({ organization: 'TX.01.03' })]),
    );
    expect(code).toBe(0); // the low attendance is a warning
    const report = JSON.parse(stdout);
    expect(report.meta.plugins).toEqual([{ name: '@dieule/example-plugin-local-rules', version: '1.0.0' }]);
    expect(report.meta.amendments[0]).toMatchObject({
      parameter: 'member.admission.decisionWorkingDays',
      loosens: false,
    });
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({
      ruleId: 'tinh-x/meeting.quality',
      messageId: 'lowAttendance',
      severity: 'warning',
      path: ['meetings', 3, 'present'],
      provenance: { source: 'plugin', name: '@dieule/example-plugin-local-rules' },
    });
    const grade = report.facts.find((f: { name: string }) => f.name === 'tinh-x/meeting.grade');
    expect(grade).toMatchObject({ value: 'good', provenance: { source: 'plugin' } });
    expect(report.aggregates.map((a: { key: string }) => a.key)).toEqual(['TX:2023', 'TX.01:2023', 'TX.02:2023']);
  });

  it('the rule-set hash changes when a plugin is loaded', async () => {
    const hash = async (args: string[]) =>
      JSON.parse((await run(['check', '-', '--format', 'json', '--as-of', '2026-01-15', ...args], '[]')).stdout).meta
        .ruleSetHash;
    expect(await hash([])).not.toBe(await hash(['--plugin', plain]));
  });

  it('loads a plain-object plugin module, repeatable with another plugin', async () => {
    const { code, stdout } = await run(
      ['check', '-', '--format', 'json', '--as-of', '2026-02-01', '--plugin', plain, '--plugin', example],
      JSON.stringify(member()),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.meta.plugins.map((p: { name: string }) => p.name)).toEqual([
      'tinh-z',
      '@dieule/example-plugin-local-rules',
    ]);
    expect(report.issues[0]).toMatchObject({ ruleId: 'tinh-z/member.organization', provenance: { version: '0.2.0' } });
  });

  it('documents and schema see the plugin', async () => {
    const docs = JSON.parse((await run(['documents', '--json', '--plugin', example])).stdout) as { id: string }[];
    expect(docs.map((d) => d.id)).toContain('tinh-x/qd-15-2025');
    const schema = JSON.parse((await run(['schema', 'member', '--plugin', example])).stdout);
    expect(schema.properties.residenceComment).toBeDefined();
    expect((await run(['schema', 'tinh-x/cellMeetingYear', '--plugin', example])).code).toBe(0);
  });

  it('rejects bad plugins with exit 2 and a reason, loading nothing', async () => {
    const malformed = await run(['rules', '--plugin', here('./fixtures/plugin-malformed.mjs')]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('plugin bị từ chối');
    expect(malformed.stderr).toContain('version');
    expect(malformed.stdout).toBe('');
    const conflict = await run(['rules', '--plugin', here('./fixtures/plugin-conflict-a.mjs')]);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toMatch(/"tinh-a@1\.0\.0" and "tinh-b@1\.0\.0" both amend parameter/);
    const none = await run(['rules', '--plugin', here('./fixtures/nothing.mjs')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('không xuất plugin nào');
    const missing = await run(['rules', '--plugin', './no/such/plugin.js']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không có tệp hay thư mục này');
  });
});
