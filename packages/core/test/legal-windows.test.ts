import { describe, expect, it } from 'vitest';
import { corePack } from '../src/core-pack.js';
import { coreEngine } from '../src/default-engine.js';
import { createEngine, EngineConfigError } from '../src/kernel/engine.js';
import type { ParameterValue } from '../src/kernel/parameter.js';
import { regimeAt, regimeSwitches } from '../src/legal/regimes.js';
import { defaultRegistry, formatCitation } from '../src/legal/registry.js';
import type { Citation } from '../src/legal/types.js';
import { checkCitationWindows, windowInside } from '../src/legal/windows.js';
import { implementingRegulation, LIFECYCLE_REGIME_SWITCHES } from '../src/lifecycle/regime.js';

/**
 * Legal windows are declared once, in the registry (OpenFisca style): rule versions and parameter values take their
 * bounds from it and are checked against it when an engine is built. These tests pin that promise for the whole
 * catalogue, and the corrections of the December 2026 audit, each named after the bug it fixes.
 */
const engine = coreEngine();
const registry = defaultRegistry();
const catalogue = engine.catalogue();
const params = new Map(engine.parameters().map((p) => [p.id, p]));
const versionsOf = (id: string) => catalogue.find((r) => r.id === id)!.versions;
const valuesOf = (id: string) => params.get(id)!.values as readonly ParameterValue[];
const cites = (list: readonly Citation[], document: string) => list.some((c) => c.document === document);

describe('legal windows declared once', () => {
  it('every rule version lies inside the window of every document it cites', () => {
    for (const r of catalogue)
      for (const v of r.versions)
        for (const c of v.citations) {
          const doc = registry.get(c.document) ?? engine.documents.get(c.document);
          expect(doc, `${r.id} cites ${c.document}`).toBeDefined();
          expect(windowInside(v.effective, doc!.effective), `${r.id} ${v.effective.from} cites ${c.document}`).toBe(
            true,
          );
        }
  });
  it('every parameter value lies inside the window of every document it cites', () => {
    for (const p of params.values())
      for (const v of p.values)
        for (const c of v.citations)
          expect(
            windowInside(v, engine.documents.get(c.document)!.effective),
            `${p.id} ${v.from} cites ${c.document}`,
          ).toBe(true);
  });
  it('one cited point carries one confidence everywhere', () => {
    const entries = [
      ...catalogue.flatMap((r) =>
        r.versions.map((v) => ({
          owner: { kind: 'rule' as const, id: r.id },
          window: { ...v.effective, citations: v.citations, confidence: v.confidence },
        })),
      ),
      ...[...params.values()].flatMap((p) =>
        p.values.map((window) => ({ owner: { kind: 'parameter' as const, id: p.id }, window })),
      ),
    ];
    expect(checkCitationWindows(entries, (id) => engine.documents.get(id))).toEqual([]);
  });
  it('no rule version or parameter value is "→ now" on a document the registry says was replaced', () => {
    for (const r of catalogue) {
      const open = r.versions.filter((v) => v.effective.to == null);
      for (const v of open)
        for (const c of v.citations) expect(engine.documents.get(c.document)!.effective.to, `${r.id}`).toBeNull();
    }
    for (const p of params.values())
      for (const v of p.values.filter((x) => x.to == null))
        for (const c of v.citations) expect(engine.documents.get(c.document)!.effective.to, `${p.id}`).toBeNull();
  });
  it('a plugin rule citing a document outside its window is rejected at load time', () => {
    const bad = {
      provenance: { source: 'plugin' as const, name: 'tinh-z', version: '1.0.0' },
      rules: [
        {
          ...corePack.rules[0]!,
          id: 'tinh-z/early',
          versions: [
            { from: '2020-01-01' as const, citations: [{ document: 'qd-294-2025' }], confidence: 'verified' as const },
          ],
        },
      ],
    };
    let error: unknown;
    try {
      createEngine({ packs: [corePack, bad] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineConfigError);
    expect((error as EngineConfigError).problems).toEqual([
      'rule "tinh-z/early" version 2020-01-01 → 2026-04-07 cites qd-294-2025 (in force 2025-07-01 → 2026-04-07) outside its window',
    ]);
  });
  it('the regime table reads its dates from the registry (implementing regulation and its switches)', () => {
    expect(regimeAt('charterRegulation', '2026-04-07')).toBe('qd-294-2025');
    expect(regimeAt('charterRegulation', '2026-04-08')).toBe('qd-20-2026');
    expect(regimeAt('charterRegulation', '2026-07-26')).toBe('qd-208-2026');
    expect(regimeAt('charterGuidance', '2026-05-19')).toBe('hd-01-2026');
    expect(implementingRegulation('2026-12-01')).toBe('qd-208-2026');
    expect(LIFECYCLE_REGIME_SWITCHES).toEqual(regimeSwitches('charterRegulation').filter((d) => d >= '2016-07-25'));
  });
});

describe('the 2026 texts: carried over, never verified', () => {
  it('QĐ 294 and HD 06 are closed where the 2026 texts start; the replacements are secondary', () => {
    expect(registry.get('qd-294-2025')!.effective.to).toBe('2026-04-07');
    expect(registry.get('hd-06-2025')!.effective.to).toBe('2026-05-18');
    for (const id of [
      'qd-20-2026',
      'qd-208-2026',
      'hd-01-2026',
      'qd-207-2026',
      'qd-19-2026',
      'qd-06-2026',
      'qd-01-2026',
    ])
      expect(registry.get(id)?.confidence, id).toBe('secondary');
    expect(registry.get('qd-20-2026')!.replacedBy).toEqual(['qd-208-2026']);
  });
  it('the decision deadline (45 + 15 working days) is carried over from QĐ 294 under QĐ 20 and QĐ 208', () => {
    const v = versionsOf('member.admission.decisionDeadline');
    const last = v[v.length - 1]!;
    expect(last.confidence).toBe('carried-over');
    expect(last.citations).toEqual([
      { document: 'qd-208-2026', carriedOverFrom: { document: 'qd-294-2025', point: '4.3.1' } },
    ]);
    expect(v.find((x) => x.effective.from === '2026-04-08')?.confidence).toBe('carried-over');
    expect(valuesOf('member.admission.decisionWorkingDays').at(-1)).toMatchObject({
      value: 45,
      confidence: 'carried-over',
    });
  });
  it('figures the 2026 sources confirm are secondary under QĐ 208 (still carried over under QĐ 20)', () => {
    const age = valuesOf('member.admission.maxAgeMonths');
    expect(age.find((v) => v.from === '2026-04-08')).toMatchObject({ value: 720, confidence: 'carried-over' });
    expect(age.at(-1)).toMatchObject({ from: '2026-07-26', value: 720, confidence: 'secondary' });
    expect(versionsOf('member.admission.ceremonyDeadline').at(-1)).toMatchObject({ confidence: 'secondary' });
  });
  it('the organization levels get a QĐ 208 version of their own (secondary), QĐ 20 carried over between', () => {
    const vs = versionsOf('member.decision.authorityLevel');
    const last = vs.at(-1)!;
    expect(last.confidence).toBe('secondary');
    expect(last.citations).toEqual([{ document: 'qd-208-2026' }]);
    expect(vs.at(-2)!.confidence).toBe('carried-over');
    expect(versionsOf('member.admission.decisionDeadline').at(-1)!.note?.vi).toContain('45 + 15');
  });
  it('an issue judged under QĐ 208 shows the carried-over citation in its text', () => {
    const report = engine.validate(
      {
        kind: 'member',
        person: { fullName: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'male' },
        events: [
          { type: 'admissionVote', date: '2026-08-03', vote: { for: 9, officialMembers: 9 } },
          { type: 'admissionDecision', date: '2026-11-20' },
        ],
      },
      { asOf: '2026-12-01' },
    );
    const issue = report.issues.find((i) => i.ruleId === 'member.admission.decisionDeadline')!;
    expect(issue).toBeDefined();
    expect(issue.confidence).toBe('carried-over');
    expect(issue.citations.map((c) => formatCitation(c, 'vi'))).toContain(
      'Quy định 208-QĐ/TW (mang sang từ điểm 4.3.1 Quy định 294-QĐ/TW, chưa thấy trong văn bản mới)',
    );
  });
});

describe('regressions from the December 2026 audit', () => {
  it('regression: awareness certificate 2016–2021 cited HD 01-2021 before it existed', () => {
    const v = versionsOf('member.admission.awarenessCertificate');
    expect(v.find((x) => x.effective.from === '2016-09-20')).toMatchObject({
      effective: { to: '2021-09-27' },
      citations: [{ document: 'hd-01-2016', point: '5.4' }],
    });
    expect(valuesOf('member.admission.awarenessCertificateMonths')[0]).toMatchObject({ to: '2021-09-27' });
  });
  it('regression: member.probation.review cited QĐ 29 and HD 01-2021 across 2016–2025', () => {
    const v = versionsOf('member.probation.review');
    expect(v.filter((x) => x.effective.to != null && x.effective.to <= '2025-06-30').length).toBeGreaterThanOrEqual(5);
    expect(v.find((x) => x.effective.from === '2021-07-30')!.citations[0]).toEqual({
      document: 'qd-24-2021',
      point: '4.2.3',
    });
    expect(v.find((x) => x.effective.from === '2025-07-01')).toMatchObject({ confidence: 'verified' });
  });
  it('regression: member.transfer.deadlines cited QĐ 29 and HD 01-2016 for the QĐ 24 and QĐ 232 years', () => {
    const v = versionsOf('member.transfer.deadlines');
    expect(cites(v.find((x) => x.effective.from === '2021-07-30')!.citations, 'qd-24-2021')).toBe(true);
    expect(cites(v.find((x) => x.effective.from === '2025-01-20')!.citations, 'qd-232-2025')).toBe(true);
    expect(valuesOf('member.transfer.letterWorkingDays').find((x) => x.from === '2021-07-30')!.citations).toEqual([
      { document: 'qd-24-2021', point: '6.3.1 c' },
    ]);
  });
  it('regression: member.strikeOff.groundMet cited QĐ 24 for 2011–2021', () => {
    const v = versionsOf('member.strikeOff.groundMet');
    expect(v[0]!.citations).toEqual([{ document: 'dieu-le-2011', article: '8', clause: '1' }]);
    expect(cites(v.find((x) => x.effective.from === '2011-11-01')!.citations, 'qd-45-2011')).toBe(true);
    expect(cites(v.find((x) => x.effective.from === '2016-07-25')!.citations, 'qd-29-2016')).toBe(true);
  });
  it('regression: member.decision.authorityLevel cited QĐ 29 until 2025', () => {
    const froms = versionsOf('member.decision.authorityLevel').map((x) => x.effective.from);
    expect(froms.slice(0, 3)).toEqual(['2016-07-25', '2021-07-30', '2025-01-20']);
  });
  it('regression: ranking.member.scope cited QĐ 45 (repealed 2016) for 2019–2025', () => {
    for (const v of versionsOf('ranking.member.scope')) expect(cites(v.citations, 'qd-45-2011')).toBe(false);
    expect(versionsOf('ranking.member.scope')[0]).toMatchObject({ confidence: 'secondary' });
  });
  it('regression: cadre.plan.age cited HD 45 mục II.4.2 instead of II.5.2', () => {
    expect(valuesOf('cadre.plan.minServiceMonths').at(-1)!.citations).toContainEqual({
      document: 'hd-45-2025',
      section: 'Mục II.5.2',
    });
  });
  it('regression: the youth age 30 cited Charter Điều 4 k2 (the Charter sets none)', () => {
    for (const v of valuesOf('member.admission.youthAgeMaxYears')) {
      expect(cites(v.citations, 'dieu-le-2011')).toBe(false);
      expect(v.confidence).toBe('recalled');
    }
  });
  it('regression: cadre.vote.quorum was verified on a newspaper headline', () => {
    expect(versionsOf('cadre.vote.quorum')[0]!.confidence).toBe('secondary');
  });
  it('regression: the QĐ 124 quota and "no 25 % exception" were marked verified', () => {
    expect(valuesOf('ranking.quota.excellentPercentOfGood').find((v) => v.from === '2023-10-04')!.confidence).toBe(
      'recalled',
    );
    for (const v of valuesOf('ranking.quota.outstandingPercentOfGood').filter((x) => x.value === null))
      expect(v.confidence).toBe('secondary');
  });
  it('regression: badge milestones 2016–2021 cited HD 01-2021', () => {
    expect(valuesOf('member.badge.milestones')[0]).toMatchObject({
      to: '2021-09-27',
      citations: [{ document: 'hd-01-2016', point: '18.1' }],
      confidence: 'recalled',
    });
  });
  it('regression: qd-232-2025 4.3.1 was verified in one rule and secondary in another', () => {
    expect(
      versionsOf('member.recognition.decisionDeadline').find((v) => v.effective.from === '2025-01-20'),
    ).toMatchObject({ confidence: 'verified' });
  });
  it('regression: member.discipline.limitation was recalled (QĐ 69 Điều 4 k2 b read verbatim)', () => {
    expect(versionsOf('member.discipline.limitation').at(-1)).toMatchObject({
      confidence: 'verified',
      citations: [{ document: 'qd-69-2022', article: '4', clause: '2', point: 'b' }],
    });
  });
  it('regression: member.exit.voluntaryWithoutViolation was secondary (HD 06 11.2 a read in the PDF)', () => {
    const v = versionsOf('member.exit.voluntaryWithoutViolation').find((x) => x.effective.from === '2025-06-09')!;
    expect(v).toMatchObject({ confidence: 'verified', effective: { to: '2026-05-18' } });
  });
  it('regression: identity.citizenId.format cited the 2023 Identity Law from 2016', () => {
    expect(versionsOf('identity.citizenId.format')[0]).toMatchObject({
      effective: { from: '2016-03-20', to: '2024-06-30' },
    });
  });
});
