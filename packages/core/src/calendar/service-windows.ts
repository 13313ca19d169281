import type { CivilDate } from '../date/civil-date.js';
import type { Citation, Confidence } from '../legal/types.js';
import { monthsOfServiceLeft, type RetirementSex, retirementAge } from './retirement.js';

/**
 * The remaining-service conditions that cadre rules apply:
 * - `first-appointment`: first appointment or nomination to a (higher) leadership post — a full term, 60 months,
 *   left at the date the personnel body receives the file (KL 08-KL/TW from 1/8/2021; QĐ 80-QĐ/TW; QĐ 377-QĐ/TW
 *   Điều 34 khoản 5, which admits special cases with at least 48 months);
 * - `first-committee-seat`: first election to a Party committee — a full term (60 months) at the start of the
 *   congress (CT 45-CT/TW for the 2025–2030 congresses);
 * - `committee-re-election`: re-election to a Party committee — at least 48 months (CT 45-CT/TW);
 * - `planning-level-1` / `planning-level-2`: cadre planning for the next term — at least one term (60 months) for
 *   cadres one rank below the planned post, two terms (120 months) for those two ranks below (QĐ 377 Điều 25 k2).
 */
export type ServiceWindowKind =
  | 'first-appointment'
  | 'first-committee-seat'
  | 'committee-re-election'
  | 'planning-level-1'
  | 'planning-level-2';

/** The result of {@link serviceWindow}. */
export interface ServiceWindow {
  readonly kind: ServiceWindowKind;
  /** The regulation in force at `at` that sets the condition (a document id). */
  readonly regime: string;
  readonly requiredMonths: number;
  /** A lower bound admitted in special cases by the appointing authority, when the regime has one. */
  readonly exceptionalMonths: number | null;
  readonly monthsLeft: number;
  /** `monthsLeft >= requiredMonths`. */
  readonly meets: boolean;
  /** `monthsLeft >= exceptionalMonths` (false when the regime has no exception). */
  readonly meetsException: boolean;
  /** The retirement month on which the count rests. */
  readonly retiresOn: CivilDate;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
}

interface Regime {
  readonly from: CivilDate;
  readonly id: string;
  readonly required: number;
  readonly exceptional: number | null;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
}

const REGIMES: Record<ServiceWindowKind, readonly Regime[]> = {
  'first-appointment': [
    {
      from: '2017-12-19',
      id: 'qd-105-2017',
      required: 60,
      exceptional: null,
      citations: [{ document: 'qd-105-2017' }],
      confidence: 'recalled',
    },
    {
      from: '2021-08-01',
      id: 'kl-08-2021',
      required: 60,
      exceptional: null,
      citations: [{ document: 'kl-08-2021' }, { document: 'nd-135-2020', article: '4' }],
      confidence: 'verified',
    },
    {
      from: '2022-08-18',
      id: 'qd-80-2022',
      required: 60,
      exceptional: null,
      citations: [{ document: 'qd-80-2022' }, { document: 'kl-08-2021' }],
      confidence: 'verified',
    },
    {
      from: '2025-10-08',
      id: 'qd-377-2025',
      required: 60,
      exceptional: 48,
      citations: [
        { document: 'qd-377-2025', article: '34', clause: '5' },
        { document: 'hd-45-2025', section: 'mục III.1.2' },
      ],
      confidence: 'verified',
    },
  ],
  'first-committee-seat': [
    {
      from: '2025-04-14',
      id: 'ct-45-2025',
      required: 60,
      exceptional: null,
      citations: [{ document: 'ct-45-2025' }],
      confidence: 'verified',
    },
  ],
  'committee-re-election': [
    {
      from: '2025-04-14',
      id: 'ct-45-2025',
      required: 48,
      exceptional: null,
      citations: [{ document: 'ct-45-2025' }],
      confidence: 'verified',
    },
  ],
  'planning-level-1': [
    {
      from: '2021-12-27',
      id: 'qd-50-2021',
      required: 60,
      exceptional: null,
      citations: [{ document: 'qd-50-2021' }],
      confidence: 'secondary',
    },
    {
      from: '2025-10-08',
      id: 'qd-377-2025',
      required: 60,
      exceptional: null,
      citations: [
        { document: 'qd-377-2025', article: '25', clause: '2' },
        { document: 'hd-45-2025', section: 'mục II.5.2' },
      ],
      confidence: 'verified',
    },
  ],
  'planning-level-2': [
    {
      from: '2021-12-27',
      id: 'qd-50-2021',
      required: 120,
      exceptional: null,
      citations: [{ document: 'qd-50-2021' }],
      confidence: 'secondary',
    },
    {
      from: '2025-10-08',
      id: 'qd-377-2025',
      required: 120,
      exceptional: null,
      citations: [
        { document: 'qd-377-2025', article: '25', clause: '2' },
        { document: 'hd-45-2025', section: 'mục II.5.2' },
      ],
      confidence: 'verified',
    },
  ],
};

/** Input of {@link serviceWindow}. */
export interface ServiceWindowInput {
  readonly birthDate: CivilDate;
  readonly sex: RetirementSex;
  /** The reference date: file receipt (appointment), congress start (committee seats), planning review date. */
  readonly at: CivilDate;
}

/**
 * Whether a person has enough working time left before the normal retirement age (NĐ 135/2020 roadmap) for a cadre
 * step, under the regime in force at `at`. Dates before the first modelled regime use the earliest one, marked
 * `recalled`.
 * @example
 * serviceWindow('first-appointment', { birthDate: '1970-05-20', sex: 'male', at: '2027-05-20' }).meets // true (60 months)
 * serviceWindow('committee-re-election', { birthDate: '1967-01-10', sex: 'male', at: '2025-06-01' }).meets // false
 */
export function serviceWindow(kind: ServiceWindowKind, input: ServiceWindowInput): ServiceWindow {
  const regimes = REGIMES[kind];
  const found = [...regimes].reverse().find((r) => r.from <= input.at);
  const regime = found ?? (regimes[0] as Regime);
  const monthsLeft = monthsOfServiceLeft(input.birthDate, input.sex, input.at);
  return {
    kind,
    regime: regime.id,
    requiredMonths: regime.required,
    exceptionalMonths: regime.exceptional,
    monthsLeft,
    meets: monthsLeft >= regime.required,
    meetsException: regime.exceptional !== null && monthsLeft >= regime.exceptional,
    retiresOn: retirementAge(input.birthDate, input.sex).retiresOn,
    citations: regime.citations,
    confidence: found ? regime.confidence : 'recalled',
  };
}
