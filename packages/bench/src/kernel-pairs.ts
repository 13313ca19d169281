import {
  addMonths,
  type CivilDate,
  completedMonths,
  completedPeriod,
  coreEngine,
  corePack,
  createEngine,
  type Engine,
  formatPeriod,
  type Issue,
  lifecycleMemberKind,
  type Member,
  memberSchema,
  toDayNumber,
  vietnameseCalendar,
} from '@dieule/core';
import { Engine as JsonRulesEngine } from 'json-rules-engine';

/**
 * The kernel bench (issue 15): what users run, against peers, interleaved in pairs.
 *
 * - `engine (4 rules)` — the real `memberSchema` (the lifecycle `member` kind) and the real core rules
 *   `member.admission.{age,education,awarenessCertificate,fileValidity}` — against a hand-written checker of the
 *   same four rules over the same records (no schema parse, messages rendered, issue objects built);
 * - `zod + hand-written` — the same hand-written checker after `memberSchema.safeParse` (what a careful hand-written
 *   service would do);
 * - `validate (all member rules)` — the core engine as `validate` runs it — against json-rules-engine 7.3.1 running
 *   the same four checks.
 *
 * Each round times one pass of each side over the same 5,000 records, alternating which goes first; the bench prints
 * the median time per side, the median of the per-round ratios and their range. Every side must find the same issues
 * of the four rules (rule id, message and path per record) or the bench refuses to run.
 *
 * `pnpm --filter @dieule/core run build && pnpm --filter @dieule/bench run bench:kernel [rounds]`
 * Add `trusted` to judge pre-parsed records (`trustedInput`, see docs/benchmarks.md); `profile four|full` runs only
 * that engine's passes (for `node --cpu-prof`).
 */
const N = 5_000;
const args = process.argv.slice(2);
const ROUNDS = Number(args.find((a) => /^\d+$/.test(a)) ?? 15);
const asOf = '2026-12-01' as CivilDate;
const FOUR = new Set([
  'member.admission.age',
  'member.admission.education',
  'member.admission.awarenessCertificate',
  'member.admission.fileValidity',
]);

// ------------------------------------------------------------------------------------------------ the records

function makeRecords(): Member[] {
  let seed = 15;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const day = (n: number) => String(n).padStart(2, '0');
  const out: Member[] = [];
  for (let i = 0; i < N; i++) {
    const voteYear = 2022 + Math.floor(rnd() * 4);
    const vote = `${voteYear}-${day(1 + Math.floor(rnd() * 12))}-${day(1 + Math.floor(rnd() * 28))}` as CivilDate;
    // ages 17–62 at the vote: a few too young, a few over sixty
    const ageYears = rnd() < 0.03 ? 17 : rnd() < 0.03 ? 61 : 19 + Math.floor(rnd() * 40);
    const birth = `${voteYear - ageYears}-${day(1 + Math.floor(rnd() * 12))}-${day(1 + Math.floor(rnd() * 28))}`;
    const course = addMonths(vote, rnd() < 0.04 ? -62 : -(2 + Math.floor(rnd() * 30)));
    const intro = addMonths(vote, rnd() < 0.05 ? -14 : -1);
    const decision = addMonths(vote, 1);
    const ceremony = addMonths(decision, 0);
    const general = rnd() < 0.03 ? pick(['none', 'primary', 'equivalent'] as const) : 'upperSecondary';
    const events: Record<string, unknown>[] = [
      { type: 'awarenessCourse', date: course },
      { type: 'application', date: intro },
      {
        type: 'introduction',
        date: intro,
        introducers: [{ kind: 'member', name: 'Trần Văn Bình' }],
      },
      { type: 'admissionVote', date: vote, vote: { for: 9, officialMembers: 9 } },
      {
        type: 'admissionDecision',
        date: decision,
        ...(ageYears > 60 && rnd() < 0.5 ? { overSixtyConsent: true } : {}),
      },
      { type: 'admissionCeremony', date: ceremony },
    ];
    if (ceremony < '2025-11-01') events.push({ type: 'recognitionDecision', date: addMonths(ceremony, 12) });
    out.push({
      kind: 'member',
      id: `M${i}`,
      person: {
        fullName: `Người ${i}`,
        birthDate: birth,
        sex: rnd() < 0.5 ? 'male' : 'female',
        education: { general },
      },
      events,
    } as unknown as Member);
  }
  return out;
}

// ----------------------------------------------------------------------------- the hand-written checker

interface Found {
  readonly ruleId: string;
  readonly messageId: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly facts: Record<string, unknown>;
}

function ageWords(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m ? `${y} tuổi ${m} tháng` : `${y} tuổi`;
}

/** The four admission rules written by hand for records of this shape (one history, format 1, in order). */
function checkByHand(m: Member, out: Found[]): void {
  const events = m.events;
  const birth = m.person.birthDate;
  let votes = 0;
  for (let i = 0; i < events.length; i++) if (events[i]!.type === 'admissionVote') votes++;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const isSubject = votes ? e.type === 'admissionVote' : e.type === 'admissionDecision';
    if (!isSubject) continue;
    const d = e.date;
    let decision: Extract<Member['events'][number], { type: 'admissionDecision' }> | undefined;
    if (e.type === 'admissionDecision') decision = e;
    else
      for (let j = i + 1; j < events.length; j++) {
        const x = events[j]!;
        if (x.type === 'admissionDecision') {
          decision = x;
          break;
        }
      }
    // age: 18 (216 months) to 60 (720 months) at the vote; over 60 with the provincial committee's consent
    if (d >= '2016-07-25') {
      const months = completedMonths(birth, d);
      if (months < 216)
        out.push({
          ruleId: 'member.admission.age',
          messageId: 'tooYoung',
          path: ['person', 'birthDate'],
          message: `Khi chi bộ xét kết nạp, người vào Đảng mới ${formatPeriod(completedPeriod(birth, d), 'vi')} (cần đủ ${ageWords(216)}).`,
          facts: { birthDate: birth, ageMonths: months },
        });
      else if (months > 720 && !(decision?.overSixtyConsent || decision?.authority?.level === 'province'))
        out.push({
          ruleId: 'member.admission.age',
          messageId: 'overSixty',
          path: ['person', 'birthDate'],
          message: `Người vào Đảng đã ${formatPeriod(completedPeriod(birth, d), 'vi')}, trên ${ageWords(720)}.`,
          facts: { birthDate: birth, ageMonths: months },
        });
    }
    // education: lower-secondary diploma or higher; "equivalent" no longer accepted from 30/7/2021
    const level = m.person.education?.general;
    if (level && d >= '2021-07-30') {
      const path = ['person', 'education', 'general'];
      if (level === 'equivalent')
        out.push({
          ruleId: 'member.admission.education',
          messageId: 'equivalentNotAccepted',
          path,
          message: 'Từ 30/7/2021 không còn chấp nhận trình độ "tương đương".',
          facts: { level },
        });
      else if ((level === 'none' || level === 'primary') && !decision?.educationException)
        out.push({
          ruleId: 'member.admission.education',
          messageId: 'belowLowerSecondary',
          path,
          message: `Trình độ "${level}" chưa đạt tốt nghiệp trung học cơ sở.`,
          facts: { level },
        });
    }
    if (e.type !== 'admissionVote') continue;
    // awareness-course certificate valid 60 months; introduction valid 12 months (from 9/6/2025)
    for (const [type, months, ruleId, messageId, from] of LAPSES) {
      if (d < from) continue;
      for (let j = i - 1; j >= 0; j--) {
        const x = events[j]!;
        if (x.type !== type) continue;
        const validUntil = addMonths(x.date, months);
        if (d > validUntil)
          out.push({
            ruleId,
            messageId,
            path: ['events', j, 'date'],
            message: `Giấy ngày ${x.date} đã hết hạn ngày ${validUntil} (trước ngày chi bộ xét ${d}).`,
            facts: { date: x.date, validUntil, validMonths: months, actDate: d },
          });
        break;
      }
    }
  }
}

const LAPSES = [
  ['awarenessCourse', 60, 'member.admission.awarenessCertificate', 'expired', '2016-09-20'],
  ['introduction', 12, 'member.admission.fileValidity', 'introductionExpired', '2025-06-09'],
] as const;

function handWritten(records: readonly Member[]): Found[][] {
  const all: Found[][] = [];
  for (const r of records) {
    const found: Found[] = [];
    checkByHand(r, found);
    all.push(found);
  }
  return all;
}

function zodAndHandWritten(records: readonly unknown[]): Found[][] {
  const all: Found[][] = [];
  for (const r of records) {
    const found: Found[] = [];
    const parsed = memberSchema.safeParse(r);
    if (!parsed.success) found.push({ ruleId: 'record.schema', messageId: '', path: [], message: '', facts: {} });
    else checkByHand(parsed.data, found);
    all.push(found);
  }
  return all;
}

// ------------------------------------------------------------------------------------------ json-rules-engine

/** The same four checks as json-rules-engine rules: facts computed per record, comparisons in the rules. */
function makeJsonRulesEngine(): JsonRulesEngine {
  const e = new JsonRulesEngine([], { allowUndefinedFacts: true });
  const ev = (ruleId: string, messageId: string) => ({ type: ruleId, params: { messageId } });
  e.addRule({
    name: 'age-young',
    conditions: {
      all: [
        { fact: 'ageRegime', operator: 'equal', value: true },
        { fact: 'ageMonths', operator: 'lessThan', value: 216 },
      ],
    },
    event: ev('member.admission.age', 'tooYoung'),
  });
  e.addRule({
    name: 'age-over-sixty',
    conditions: {
      all: [
        { fact: 'ageRegime', operator: 'equal', value: true },
        { fact: 'ageMonths', operator: 'greaterThan', value: 720 },
        { fact: 'consent', operator: 'notEqual', value: true },
      ],
    },
    event: ev('member.admission.age', 'overSixty'),
  });
  e.addRule({
    name: 'education-equivalent',
    conditions: {
      all: [
        { fact: 'equivalentBarred', operator: 'equal', value: true },
        { fact: 'level', operator: 'equal', value: 'equivalent' },
      ],
    },
    event: ev('member.admission.education', 'equivalentNotAccepted'),
  });
  e.addRule({
    name: 'education-below',
    conditions: {
      all: [
        { fact: 'equivalentBarred', operator: 'equal', value: true },
        { fact: 'level', operator: 'in', value: ['none', 'primary'] },
        { fact: 'educationException', operator: 'notEqual', value: true },
      ],
    },
    event: ev('member.admission.education', 'belowLowerSecondary'),
  });
  e.addRule({
    name: 'awareness-expired',
    conditions: {
      all: [{ fact: 'voteDay', operator: 'greaterThan', value: { fact: 'courseValidUntilDay' } }],
    },
    event: ev('member.admission.awarenessCertificate', 'expired'),
  });
  e.addRule({
    name: 'introduction-expired',
    conditions: {
      all: [
        { fact: 'voteDay', operator: 'greaterThanInclusive', value: toDayNumber('2025-06-09' as CivilDate) },
        { fact: 'voteDay', operator: 'greaterThan', value: { fact: 'introValidUntilDay' } },
      ],
    },
    event: ev('member.admission.fileValidity', 'introductionExpired'),
  });
  return e;
}

/** Facts of one record for json-rules-engine (records of this bench hold one vote). */
function jreFacts(m: Member): Record<string, unknown> {
  const events = m.events;
  const vi = events.findIndex((e) => e.type === 'admissionVote');
  const vote = events[vi]!;
  const decision = events.find((e) => e.type === 'admissionDecision') as { overSixtyConsent?: boolean } | undefined;
  const before = (type: string) => {
    for (let j = vi - 1; j >= 0; j--) if (events[j]!.type === type) return events[j]!.date;
    return undefined;
  };
  const course = before('awarenessCourse');
  const intro = before('introduction');
  return {
    ageRegime: vote.date >= '2016-07-25',
    ageMonths: completedMonths(m.person.birthDate, vote.date),
    consent: decision?.overSixtyConsent === true,
    equivalentBarred: vote.date >= '2021-07-30',
    level: m.person.education?.general,
    educationException: (decision as { educationException?: boolean } | undefined)?.educationException === true,
    voteDay: toDayNumber(vote.date),
    courseValidUntilDay: course ? toDayNumber(addMonths(course, 60)) : Number.POSITIVE_INFINITY,
    introValidUntilDay: intro ? toDayNumber(addMonths(intro, 12)) : Number.POSITIVE_INFINITY,
  };
}

async function viaJsonRulesEngine(jre: JsonRulesEngine, records: readonly Member[]): Promise<string[][]> {
  const all: string[][] = [];
  for (const r of records) {
    const { events } = await jre.run(jreFacts(r));
    all.push(events.map((e) => `${e.type}:${(e.params as { messageId: string }).messageId}`).sort());
  }
  return all;
}

// ------------------------------------------------------------------------------------------------ the runner

function keysOf(found: readonly Found[]): string[] {
  return found.map((f) => `${f.ruleId}:${f.messageId}:${f.path.join('.')}`).sort();
}

function engineKeys(issues: readonly Issue[], n: number, withPath = true): string[][] {
  const byRecord = new Map<string, string[]>();
  for (const i of issues) {
    if (!FOUR.has(i.ruleId)) continue;
    const k = String(i.record);
    const list = byRecord.get(k) ?? [];
    list.push(withPath ? `${i.ruleId}:${i.messageId}:${i.path.join('.')}` : `${i.ruleId}:${i.messageId}`);
    byRecord.set(k, list);
  }
  return Array.from({ length: n }, (_, j) => (byRecord.get(`M${j}`) ?? []).sort());
}

function same(name: string, a: readonly string[][], b: readonly string[][]): void {
  let issues = 0;
  for (let j = 0; j < a.length; j++) {
    issues += a[j]!.length;
    if (a[j]!.join('|') !== (b[j] ?? []).join('|'))
      throw new Error(`kernel bench (${name}): record M${j} differs: ${a[j]!.join(', ')} vs ${b[j]?.join(', ')}`);
  }
  if (issues === 0) throw new Error(`kernel bench (${name}): no issue found, the comparison would mean nothing`);
  process.stderr.write(`${name}: both sides find the same ${issues} issues of the four rules\n`);
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

interface Side {
  readonly name: string;
  readonly run: (input: readonly Member[]) => unknown;
}

/**
 * The records one pass judges. With `trusted` the engine is handed the same objects it saw before, and the member
 * history's memo (a WeakMap per record object) would answer from the last pass; users judge each record once, so
 * every pass gets fresh copies, made before the clock starts.
 */
function input(): readonly Member[] {
  return trusted ? structuredClone(records) : records;
}

async function time(side: Side): Promise<number> {
  const x = input();
  const t0 = process.hrtime.bigint();
  await side.run(x);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Runs `a` and `b` in interleaved pairs; returns medians (ms per pass) and the ratio b/a per round. */
async function pairs(label: string, a: Side, b: Side): Promise<string> {
  for (let w = 0; w < 3; w++) {
    await a.run(input());
    await b.run(input());
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let x: number;
    let y: number;
    if (r % 2) {
      y = await time(b);
      x = await time(a);
    } else {
      x = await time(a);
      y = await time(b);
    }
    ta.push(x);
    tb.push(y);
    ratios.push(y / x);
  }
  const lo = Math.min(...ratios);
  const hi = Math.max(...ratios);
  const row = `| ${label} | ${a.name}: ${median(ta).toFixed(1)} ms (${fmt((N * 1000) / median(ta))}/s) | ${b.name}: ${median(tb).toFixed(1)} ms (${fmt((N * 1000) / median(tb))}/s) | **${median(ratios).toFixed(2)}×** (${lo.toFixed(2)}–${hi.toFixed(2)}) |`;
  process.stderr.write(`${row}\n`);
  return row;
}

function fmt(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0);
}

const trusted = args.includes('trusted');
// trusted input is the schema's own output (the option's contract), as an importer builds it
const records = trusted ? makeRecords().map((r) => memberSchema.parse(r) as Member) : makeRecords();
const options = { asOf, ...(trusted ? { trustedInput: true } : {}) } as const;
const four: Engine = createEngine({
  packs: [
    {
      provenance: corePack.provenance,
      rules: corePack.rules.filter((r) => FOUR.has(r.id)),
      recordKinds: [lifecycleMemberKind],
    },
  ],
  calendar: vietnameseCalendar,
});
const full = coreEngine();
const jre = makeJsonRulesEngine();

// `profile four|full`: only passes of that engine (for `node --cpu-prof`), no peers, no comparison
const profile = args.indexOf('profile');
if (profile >= 0) {
  const engine = args[profile + 1] === 'full' ? full : four;
  for (let r = 0; r < ROUNDS; r++) engine.validate(input(), options);
  process.exit(0);
}

// the same issues on every side, or nothing is measured
const fourReport = four.validate(records, options);
if (fourReport.summary.errors !== fourReport.issues.filter((i) => FOUR.has(i.ruleId)).length)
  throw new Error('kernel bench: the four-rule engine found other issues (schema?)');
const byHand = handWritten(records).map(keysOf);
same('engine (4 rules) vs hand-written', engineKeys(fourReport.issues, N), byHand);
same('zod + hand-written vs hand-written', zodAndHandWritten(records).map(keysOf), byHand);
const fullReport = full.validate(records, options);
same('validate vs json-rules-engine', engineKeys(fullReport.issues, N, false), await viaJsonRulesEngine(jre, records));

const load = (await import('node:os')).loadavg().map((l) => l.toFixed(1));
const rows = [
  await pairs(
    'four admission rules',
    { name: 'hand-written', run: (x) => handWritten(x) },
    { name: 'engine', run: (x) => four.validate(x, options) },
  ),
  await pairs(
    'four admission rules',
    { name: 'zod + hand-written', run: (x) => zodAndHandWritten(x) },
    { name: 'engine', run: (x) => four.validate(x, options) },
  ),
  await pairs(
    'full validate vs peer',
    { name: 'validate (all rules)', run: (x) => full.validate(x, options) },
    { name: 'json-rules-engine (4 checks)', run: (x) => viaJsonRulesEngine(jre, x) },
  ),
];
console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}, ${N} members, ${ROUNDS} rounds, load average ${load.join(' ')}${trusted ? ', trustedInput' : ''}\n`,
);
console.log('| comparison | A (median per pass) | B (median per pass) | B / A, median (range) |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
