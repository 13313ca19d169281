import { addDays } from '../date/add-days.js';
import type { CivilDate } from '../date/civil-date.js';
import { defaultRegistry } from './registry.js';
import type { Citation, Confidence } from './types.js';

/**
 * Which documents govern a topic, in order (OpenFisca style: a legal date is declared once, in the document's
 * `effective` window in the registry; everything else reads it). Each topic is a chain of documents, each replacing
 * the one before. The windows come from the registry, so closing a document's window here closes it everywhere.
 */
export const REGIMES = {
  /** Quy định thi hành Điều lệ Đảng. */
  charterRegulation: [
    'qd-45-2011',
    'qd-29-2016',
    'qd-24-2021',
    'qd-232-2025',
    'qd-294-2025',
    'qd-20-2026',
    'qd-208-2026',
  ],
  /** Hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng (Ban Bí thư). */
  charterGuidance: ['hd-01-2016', 'hd-01-2021', 'hd-06-2025', 'hd-01-2026'],
  /** Annual review and quality ranking (regulation of the Politburo). */
  reviewRegulation: ['qd-132-2018', 'qd-124-2023', 'qd-366-2025'],
  /** Annual review and quality ranking (guidance of the Central Organization Commission). */
  reviewGuidance: ['hd-21-2019', 'hd-25-2023', 'hd-43-2025'],
} as const satisfies Record<string, readonly string[]>;

export type RegimeTopic = keyof typeof REGIMES;

/** A document's effective window from the registry (`from` required: a document of unknown start has no window). */
export function documentWindow(id: string): { from: CivilDate; to: CivilDate | null } {
  const doc = defaultRegistry().get(id);
  if (!doc?.effective.from) throw new Error(`document ${id} has no known effective window`);
  return { from: doc.effective.from, to: doc.effective.to };
}

/**
 * The document of a topic in force on a date, or undefined before the first one.
 * @example
 * regimeAt('charterRegulation', '2025-06-30') // 'qd-232-2025'
 * regimeAt('charterGuidance', '2025-06-09') // 'hd-06-2025'
 */
export function regimeAt(topic: RegimeTopic, date: CivilDate): string | undefined {
  let found: string | undefined;
  for (const id of REGIMES[topic]) {
    const w = documentWindow(id);
    if (date >= w.from && (w.to == null || date <= w.to)) found = id;
  }
  return found;
}

/** The days on which a topic changes document (each document's first day, after the first). */
export function regimeSwitches(topic: RegimeTopic): CivilDate[] {
  return REGIMES[topic].slice(1).map((id) => documentWindow(id).from);
}

const prevDay = (d: CivilDate): CivilDate => addDays(d, -1);

/** The documents in force on one segment, by topic. */
export type RegimeDocs = { readonly [K in RegimeTopic]?: string };

/**
 * Versions (or parameter values) over `[from, to]`, one per stretch in which the documents of the given topics stay
 * the same; each gets the citations and confidence `make` returns for the documents of its stretch. Rules whose figure
 * was unchanged across several regulations use it instead of repeating dates by hand. A null `to` leaves the last
 * stretch open (it then ends with its documents: see `carryOver`).
 * @example
 * overRegimes({ from: '2021-07-30', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({ citations: [{ document: d.charterRegulation, point: '9.3.2' }], confidence: 'secondary' })).map((v) => v.from) // ['2021-07-30', '2025-01-20']
 */
export function overRegimes<T extends { readonly citations: readonly Citation[]; readonly confidence: Confidence }>(
  window: { readonly from: CivilDate; readonly to: CivilDate | null; readonly topics: readonly RegimeTopic[] },
  make: (docs: RegimeDocs) => T,
): (T & { from: CivilDate; to: CivilDate | null })[] {
  const cuts = new Set<CivilDate>([window.from]);
  for (const t of window.topics)
    for (const d of regimeSwitches(t)) if (d > window.from && (window.to == null || d <= window.to)) cuts.add(d);
  const starts = [...cuts].sort();
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? prevDay(starts[i + 1]!) : window.to;
    const docs: Record<string, string | undefined> = {};
    for (const t of window.topics) docs[t] = regimeAt(t, from);
    return { ...make(docs as RegimeDocs), from, to };
  });
}
