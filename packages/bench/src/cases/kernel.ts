import {
  type CivilDate,
  citizenIdFormat,
  citizenIdMatchesPerson,
  completedMonths,
  createEngine,
  decodeCitizenId,
  defineParameter,
  defineRecordKind,
  defineRule,
  type Member,
  memberEventBaseSchema,
  personSchema,
} from '@dieule/core';
import { z } from 'zod';
import type { BenchCase } from '../case.js';

/**
 * Kernel overhead: the engine (schema parse, act-date regime lookup, rule dispatch, issue building) against a
 * hand-written checker of the same three rules over the same 10,000 records. The rules: ID structure, ID agrees with
 * birth year and sex, and a minimum age at the cell vote read from a dated parameter (16 before 2021, 18 after).
 */
const N = 10_000;

const minAge = defineParameter<number>({
  id: 'bench.minAgeMonths',
  title: { vi: 'Tuổi tối thiểu (tháng)', en: 'Minimum age (months)' },
  values: [
    {
      from: '1930-02-03',
      to: '2020-12-31',
      value: 192,
      citations: [{ document: 'dieu-le-2011', article: '1' }],
      confidence: 'verified',
    },
    { from: '2021-01-01', value: 216, citations: [{ document: 'dieu-le-2011', article: '1' }], confidence: 'verified' },
  ],
});

const ageRule = defineRule<Member, Member, 'young', { min: typeof minAge }>({
  id: 'bench.age',
  family: 'bench',
  title: { vi: 'Tuổi', en: 'Age' },
  severity: 'error',
  appliesTo: ['member'],
  parameters: { min: minAge },
  messages: { young: { vi: 'Chưa đủ {min} tháng tuổi', en: 'Younger than {min} months' } },
  select: (m) => {
    const vote = m.events.find((e) => e.type === 'admissionVote');
    return vote ? { value: m, actDate: vote.date, path: ['events', m.events.indexOf(vote), 'date'] } : null;
  },
  versions: [{ from: '1930-02-03', citations: [{ document: 'dieu-le-2011', article: '1' }], confidence: 'verified' }],
  check(ctx) {
    const months = completedMonths(ctx.record.person.birthDate, ctx.actDate);
    if (months < ctx.params.min) ctx.report('young', { facts: { months, min: ctx.params.min } });
  },
});

// The bench owns its record schema (identity + base events) so that it measures the kernel, not a family's model.
const memberKind = defineRecordKind<Member>({
  kind: 'member',
  title: { vi: 'Hồ sơ', en: 'Record' },
  schema: z.object({
    kind: z.literal('member'),
    id: z.string().optional(),
    person: personSchema,
    events: z.array(memberEventBaseSchema),
  }) as never,
  idOf: (m) => m.id,
});

const engine = createEngine({
  packs: [
    {
      provenance: { source: 'core', version: 'bench' },
      rules: [citizenIdFormat, citizenIdMatchesPerson, ageRule],
      recordKinds: [memberKind],
    },
  ],
});

function makeRecords(): unknown[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const out: unknown[] = [];
  for (let i = 0; i < N; i++) {
    const year = 1960 + Math.floor(rnd() * 45);
    const sex = rnd() < 0.5 ? 'male' : 'female';
    const d4 = (year >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
    const wrong = rnd() < 0.05;
    const id = `001${d4}${String(year % 100).padStart(2, '0')}${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}`;
    const voteYear = Math.min(2025, year + 16 + Math.floor(rnd() * 10));
    out.push({
      kind: 'member',
      id: `M${i}`,
      person: {
        fullName: `Người ${i}`,
        birthDate: `${year}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
        sex,
        citizenId: wrong ? id.slice(0, 11) : id,
      },
      events: [{ type: 'admissionVote', date: `${voteYear}-06-01` }],
    });
  }
  return out;
}

const records = makeRecords();
const asOf = '2026-01-01' as CivilDate;

/** The same three checks written by hand: structural checks, then the rules, producing comparable issue objects. */
function handWritten(input: unknown[]): number {
  let issues = 0;
  for (let i = 0; i < input.length; i++) {
    const r = input[i] as Member;
    const found: { ruleId: string; message: string; facts: Record<string, unknown> }[] = [];
    if (
      typeof r !== 'object' ||
      r === null ||
      r.kind !== 'member' ||
      typeof r.person?.birthDate !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(r.person.birthDate) ||
      (r.person.sex !== 'male' && r.person.sex !== 'female') ||
      typeof r.person.fullName !== 'string' ||
      !Array.isArray(r.events)
    ) {
      found.push({ ruleId: 'record.schema', message: 'bad record', facts: {} });
    } else {
      const p = r.person;
      if (p.citizenId) {
        const info = decodeCitizenId(p.citizenId);
        if (!info.ok)
          found.push({
            ruleId: 'identity.citizenId.format',
            message: `Số định danh ${info.masked} không đúng cấu trúc`,
            facts: { masked: info.masked },
          });
        else if (info.kind === 'personal-id') {
          const y = Number(p.birthDate.slice(0, 4));
          if (info.birthYear !== y)
            found.push({
              ruleId: 'identity.citizenId.matchesPerson',
              message: `năm sinh ${info.birthYear} ≠ ${y}`,
              facts: { idYear: info.birthYear, recordedYear: y },
            });
          if (info.sex !== p.sex)
            found.push({ ruleId: 'identity.citizenId.matchesPerson', message: 'giới tính', facts: {} });
        }
      }
      const vote = r.events.find((e) => e.type === 'admissionVote');
      if (vote) {
        const min = vote.date <= '2020-12-31' ? 192 : 216;
        const months = completedMonths(p.birthDate, vote.date);
        if (months < min)
          found.push({
            ruleId: 'bench.age',
            message: `Chưa đủ ${min} tháng tuổi`,
            facts: { months, min, actDate: vote.date },
          });
      }
    }
    issues += found.length;
  }
  return issues;
}

// Both sides must find the same number of issues, or the comparison means nothing.
const viaEngine = engine.validate(records, { asOf }).summary;
const byHand = handWritten(records);
if (viaEngine.errors + viaEngine.warnings + viaEngine.infos !== byHand) {
  throw new Error(`kernel bench: engine found ${viaEngine.errors} issues, hand-written ${byHand}`);
}

export const kernelCases: readonly BenchCase[] = [
  {
    group: 'kernel',
    name: `engine.validate, 3 rules × ${N} members`,
    itemsPerRun: N,
    unit: 'records',
    run: () => engine.validate(records, { asOf }),
  },
  {
    group: 'kernel',
    name: `hand-written checker, same rules × ${N} members`,
    itemsPerRun: N,
    unit: 'records',
    run: () => handWritten(records),
  },
];
