import { addMonths } from '../date/add-months.js';
import { type CivilDate, civilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import type { Citation, Confidence } from '../legal/types.js';

/**
 * Bodies whose terms (nhiệm kỳ) the library models:
 * - `national-congress`: the Party Central Committee elected by a National Congress (khóa XIII 2021–2026, …);
 * - `provincial-committee`, `commune-committee`, `grassroots-committee`: Party committees at province, commune
 *   (after 1/7/2025) and grassroots level, elected every five years (2020–2025, 2025–2030);
 * - `cell`: a cell directly under a grassroots committee, which holds its congress twice in five years
 *   (2025–2027, 2027–2030), or every five years under the pilot of QĐ 294 (from 1/7/2025);
 * - `national-assembly`, `peoples-council`: state bodies elected for five years (2021–2026, 2026–2031).
 */
export type TermBody =
  | 'national-congress'
  | 'provincial-committee'
  | 'commune-committee'
  | 'grassroots-committee'
  | 'cell'
  | 'national-assembly'
  | 'peoples-council';

/** A congress (or election) a body actually held: it overrides the nominal term boundaries. */
export interface HeldCongress {
  readonly body: TermBody;
  /** First day of the congress. */
  readonly date: CivilDate;
}

/** One term of a body. */
export interface Term {
  readonly body: TermBody;
  /** `2025–2030` (en dash). */
  readonly label: string;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Roman-numeral order of the term where it has one (national congress, National Assembly): 14 for khóa XIV. */
  readonly ordinal?: number;
  /** First day of the term: the congress (or election) date when known or supplied, otherwise a nominal day. */
  readonly start: CivilDate;
  /** Last day (inclusive): the day before the next congress when known, otherwise a nominal end. */
  readonly end: CivilDate;
  /** How the boundaries were found. */
  readonly basis: 'congress' | 'nominal';
  /** The day halfway through the term (giữa nhiệm kỳ). */
  readonly midTerm: CivilDate;
  /** The year before the last year of the term (năm áp cuối), when cadre planning for the next term is reviewed. */
  readonly penultimateYear: number;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
}

/** Options of {@link termAt}. */
export interface TermOptions {
  /** Congresses actually held; each one starts a term of its body and ends the previous one. */
  readonly congresses?: readonly HeldCongress[];
  /** For `cell`: use the five-year pilot term of QĐ 294 (point 23.1) instead of the Charter's twice in five years. */
  readonly cellFiveYearPilot?: boolean;
}

/**
 * Known opening days: National Congresses (first day, including the preparatory session) and general elections of
 * the National Assembly and People's Councils. They take precedence over the nominal switch dates below.
 */
const KNOWN: Partial<Record<TermBody, readonly { year: number; date: CivilDate; confidence: Confidence }[]>> = {
  'national-congress': [
    { year: 2011, date: '2011-01-12', confidence: 'recalled' },
    { year: 2016, date: '2016-01-20', confidence: 'recalled' },
    { year: 2021, date: '2021-01-25', confidence: 'secondary' },
    { year: 2026, date: '2026-01-19', confidence: 'verified' },
  ],
  'national-assembly': [
    { year: 2021, date: '2021-05-23', confidence: 'recalled' },
    { year: 2026, date: '2026-03-15', confidence: 'recalled' },
  ],
  'peoples-council': [
    { year: 2021, date: '2021-05-23', confidence: 'recalled' },
    { year: 2026, date: '2026-03-15', confidence: 'recalled' },
  ],
};

/**
 * Nominal day on which a new term starts in a cycle year when the real congress date is not known: the end of the
 * congress season of the 2025 cycle for that level (cells by the end of March, grassroots and commune committees by
 * the end of June, provinces in October — CT 45-CT/TW and KL 191-KL/TW), February for the National Congress (held
 * in January), June for the state bodies (elections in spring).
 */
const NOMINAL_SWITCH: Record<TermBody, { readonly month: number; readonly day: number }> = {
  'national-congress': { month: 2, day: 1 },
  'provincial-committee': { month: 11, day: 1 },
  'commune-committee': { month: 7, day: 1 },
  'grassroots-committee': { month: 7, day: 1 },
  cell: { month: 4, day: 1 },
  'national-assembly': { month: 6, day: 1 },
  'peoples-council': { month: 6, day: 1 },
};

const CITE: Record<TermBody, readonly Citation[]> = {
  'national-congress': [{ document: 'dieu-le-2011', article: '15', clause: '1' }],
  'provincial-committee': [{ document: 'dieu-le-2011', article: '18', clause: '1' }],
  'commune-committee': [{ document: 'dieu-le-2011', article: '22', clause: '1' }, { document: 'qd-294-2025' }],
  'grassroots-committee': [{ document: 'dieu-le-2011', article: '22', clause: '1' }],
  cell: [{ document: 'dieu-le-2011', article: '24', clause: '3' }],
  'national-assembly': [],
  'peoples-council': [],
};

const ROMAN_BASE = {
  'national-congress': { year: 2021, ordinal: 13 },
  'national-assembly': { year: 2021, ordinal: 15 },
};

/** Cycle offset: Party committees renew in years ≡ 0 (mod 5), the Central Committee and State bodies in ≡ 1. */
const OFFSET: Record<TermBody, number> = {
  'national-congress': 1,
  'provincial-committee': 0,
  'commune-committee': 0,
  'grassroots-committee': 0,
  cell: 0,
  'national-assembly': 1,
  'peoples-council': 1,
};

const dayBefore = (d: CivilDate) => fromDayNumber(toDayNumber(d) - 1);

function finish(
  body: TermBody,
  firstYear: number,
  lastYear: number,
  start: CivilDate,
  end: CivilDate,
  basis: Term['basis'],
  confidence: Confidence,
  extraCitations: readonly Citation[] = [],
): Term {
  const s = toDayNumber(start);
  const e = toDayNumber(end);
  const roman = body === 'national-congress' || body === 'national-assembly' ? ROMAN_BASE[body] : undefined;
  return {
    body,
    label: `${firstYear}–${lastYear}`,
    firstYear,
    lastYear,
    ...(roman ? { ordinal: roman.ordinal + Math.round((firstYear - roman.year) / 5) } : {}),
    start,
    end,
    basis,
    midTerm: fromDayNumber(s + Math.floor((e - s + 1) / 2)),
    penultimateYear: lastYear - 1,
    citations: [...CITE[body], ...extraCitations],
    confidence,
  };
}

/** Start of the term of `body` whose label begins in `year` (`year` on the body's cycle), with its basis. */
function switchDate(body: TermBody, year: number): { date: CivilDate; basis: Term['basis']; confidence: Confidence } {
  const known = KNOWN[body]?.find((k) => k.year === year);
  if (known) return { date: known.date, basis: 'congress', confidence: known.confidence };
  const { month, day } = NOMINAL_SWITCH[body];
  return { date: civilDate(year, month, day), basis: 'nominal', confidence: 'recalled' };
}

/** The nominal term of a body containing `date`. */
function nominalTerm(body: TermBody, date: CivilDate, options: TermOptions): Term {
  const year = Number(date.slice(0, 4));
  const offset = OFFSET[body];
  let first = year - ((((year - offset) % 5) + 5) % 5);
  if (date < switchDate(body, first).date) first -= 5;
  const from = switchDate(body, first);
  const to = switchDate(body, first + 5);
  const end = dayBefore(to.date);
  if (body !== 'cell' || options.cellFiveYearPilot) {
    const extra: Citation[] =
      body === 'cell'
        ? [
            { document: 'qd-294-2025', point: '23.1' },
            { document: 'hd-06-2025', point: '13.4' },
          ]
        : [];
    return finish(body, first, first + 5, from.date, end, from.basis, from.confidence, extra);
  }
  // Twice in five years: two half-cycles of 30 months, labelled e.g. 2025–2027 and 2027–2030.
  const middle = addMonths(from.date, 30);
  return date < middle
    ? finish(body, first, first + 2, from.date, dayBefore(middle), 'nominal', from.confidence)
    : finish(body, first + 2, first + 5, middle, end, 'nominal', from.confidence);
}

/** The nominal term start nearest to a congress date (a congress may be held up to a year early or late). */
function nearestNominalStart(body: TermBody, date: CivilDate, options: TermOptions): CivilDate {
  const year = Number(date.slice(0, 4));
  const offset = OFFSET[body];
  const base = year - ((((year - offset) % 5) + 5) % 5);
  const candidates: CivilDate[] = [];
  for (const y of [base - 5, base, base + 5]) {
    const start = switchDate(body, y).date;
    candidates.push(start);
    if (body === 'cell' && !options.cellFiveYearPilot) candidates.push(addMonths(start, 30));
  }
  const d = toDayNumber(date);
  return candidates.reduce((best, c) => (Math.abs(toDayNumber(c) - d) < Math.abs(toDayNumber(best) - d) ? c : best));
}

/**
 * The term of `body` in progress on `date`. Without data the boundaries are nominal (1 January of the first year);
 * congresses the body actually held, when supplied, set the start (and the end of the previous term).
 * @example
 * termAt('national-congress', '2026-03-01').label // '2026–2031' (khóa XIV, from 19/1/2026)
 * termAt('cell', '2026-03-01').label // '2025–2027'
 * termAt('grassroots-committee', '2025-05-01', { congresses: [{ body: 'grassroots-committee', date: '2025-05-20' }] }).label // '2020–2025'
 */
export function termAt(body: TermBody, date: CivilDate, options: TermOptions = {}): Term {
  const held = (options.congresses ?? []).filter((c) => c.body === body).sort((a, b) => (a.date < b.date ? -1 : 1));
  const last = [...held].reverse().find((c) => c.date <= date);
  const nominal = nominalTerm(body, date, options);
  if (!last) {
    // Before the first supplied congress: the nominal term, cut at that congress when it falls inside.
    const next = held[0];
    if (next && next.date <= nominal.end && next.date > nominal.start) {
      return finish(
        body,
        nominal.firstYear,
        nominal.lastYear,
        nominal.start,
        dayBefore(next.date),
        'nominal',
        nominal.confidence,
        nominal.citations.slice(CITE[body].length),
      );
    }
    return nominal;
  }
  const following = held.find((c) => c.date > last.date);
  const model = nominalTerm(body, nearestNominalStart(body, last.date, options), options);
  const lengthMonths = (model.lastYear - model.firstYear) * 12;
  const end = following ? dayBefore(following.date) : dayBefore(addMonths(last.date, lengthMonths));
  if (date > end) return nominal;
  // A congress held late in a nominal cycle (e.g. 2020 congress in late 2020 for 2020–2025) keeps the cycle's label.
  return finish(
    body,
    model.firstYear,
    model.lastYear,
    last.date,
    end,
    'congress',
    'verified',
    model.citations.slice(CITE[body].length),
  );
}

/** The terms a cadre-planning exercise on `date` works with: current and next, Party cycle and State cycle. */
export interface PlanningTerms {
  /** Party committee term in progress (2020–2025, 2025–2030, …). */
  readonly partyCurrent: Term;
  readonly partyNext: Term;
  /** State term in progress (National Assembly, People's Councils: 2021–2026, 2026–2031, …). */
  readonly stateCurrent: Term;
  readonly stateNext: Term;
  readonly citations: readonly Citation[];
}

/**
 * The planning terms that cadre planning on `date` targets: planning is made for the next term and reviewed for the
 * current one, for Party committees and for State bodies at once (so in 2023 the plans cover 2020–2025, 2021–2026,
 * 2025–2030 and 2026–2031). QĐ 50-QĐ/TW until 7/10/2025, QĐ 377-QĐ/TW (Điều 25, 26) from 8/10/2025.
 * @example
 * planningTermsAt('2023-06-01').partyNext.label // '2025–2030'
 */
export function planningTermsAt(date: CivilDate, options: TermOptions = {}): PlanningTerms {
  const partyCurrent = termAt('provincial-committee', date, options);
  const partyNext = nominalTerm('provincial-committee', addMonths(partyCurrent.end, 1), {});
  const stateCurrent = termAt('national-assembly', date, options);
  const stateNext = nominalTerm('national-assembly', addMonths(stateCurrent.end, 1), {});
  const citations: Citation[] =
    date >= '2025-10-08'
      ? [
          { document: 'qd-377-2025', article: '25' },
          { document: 'qd-377-2025', article: '26' },
        ]
      : [{ document: 'qd-50-2021' }];
  return { partyCurrent, partyNext, stateCurrent, stateNext, citations };
}
