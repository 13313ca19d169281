import type { CivilDate } from '../date/civil-date.js';
import type { ParameterValue } from '../kernel/parameter.js';
import { parameterAt } from '../kernel/parameter.js';
import type { Citation, Confidence, LocalizedText } from '../legal/types.js';
import {
  duesInsuredSalaryRate,
  duesMinimumWageRates,
  duesPensionRate,
  duesRelief,
  duesStudentAmount,
} from './parameters.js';

/** A member's situation in the month the dues are for. Amounts in VND. */
export type DuesSituation =
  | { readonly kind: 'insured'; readonly insuredSalaryLastMonth: number }
  | { readonly kind: 'pensioner'; readonly pension: number }
  | { readonly kind: 'student' }
  | {
      readonly kind: 'other';
      /** Regional monthly minimum wage of the place where the member attends party activity (caller's figure). */
      readonly regionalMinimumWage: number;
      /** At or above the normal retirement age. */
      readonly retirementAge: boolean;
    };

/** What {@link monthlyDues} needs. */
export interface DuesInput {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  readonly situation: DuesSituation;
  /** Completed years of party age at the start of the month. */
  readonly partyAgeYears?: number;
  /** Receiving the social pension allowance (trợ cấp hưu trí xã hội). */
  readonly socialPension?: boolean;
  /** Exemption granted on application for special hardship (poor / near-poor household, serious illness). */
  readonly hardshipExemption?: boolean;
  /** A granted reduction: percent (30, 50 or 70) and the months it has run so far including this one. */
  readonly reduction?: { readonly percent: number; readonly monthOfGrant: number };
}

/** The amount owed for a month, with its basis. */
export type DuesResult =
  | {
      readonly ok: true;
      /** VND, rounded to the nearest đồng. */
      readonly amount: number;
      readonly exempt: boolean;
      readonly basis: LocalizedText;
      readonly citations: readonly Citation[];
      readonly confidence: Confidence;
    }
  | {
      readonly ok: false;
      readonly problem: 'notCovered' | 'badMonth' | 'badAmount' | 'badReduction';
      readonly message: LocalizedText;
    };

const CONF: readonly Confidence[] = ['verified', 'secondary', 'carried-over', 'recalled'];
const weakest = (list: readonly Confidence[]) =>
  list.reduce<Confidence>((a, b) => (CONF.indexOf(b) > CONF.indexOf(a) ? b : a), 'verified');
const fmt = (n: number) => Math.round(n).toLocaleString('vi-VN').replace(/,/g, '.');
const pct = (r: number) => `${Number((r * 100).toFixed(2))}%`;
const fail = (problem: Extract<DuesResult, { ok: false }>['problem'], vi: string, en: string): DuesResult => ({
  ok: false,
  problem,
  message: { vi, en },
});

/**
 * The party dues a member owes for a month under QĐ 01-QĐ/TW (2026): 1 % of last month's compulsory-insurance
 * salary; 0.5 % of the pension; 5,000 đồng for students; otherwise a share of the regional minimum wage (0.3 % below
 * the retirement age, 0.2 % at or above it, rising to 0.5 % / 0.3 % from 1/2028). Exempt from 50 years of party age,
 * on the social pension allowance, or on an accepted hardship application; a reduction of 30, 50 or 70 % lasts at
 * most 12 months. Months before 2/2026 (QĐ 342) are not covered. Bad input gives a problem, never a throw.
 * @example
 * monthlyDues({ month: '2026-03', situation: { kind: 'insured', insuredSalaryLastMonth: 12_000_000 } }).amount // 120000
 * monthlyDues({ month: '2026-03', situation: { kind: 'student' } }).amount // 5000
 * monthlyDues({ month: '2028-01', situation: { kind: 'other', regionalMinimumWage: 4_000_000, retirementAge: false } }).amount // 20000
 */
export function monthlyDues(input: DuesInput): DuesResult {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month))
    return fail(
      'badMonth',
      `Tháng không hợp lệ: "${input.month}" (cần dạng YYYY-MM).`,
      `Invalid month "${input.month}" (YYYY-MM).`,
    );
  const date = `${input.month}-01` as CivilDate;
  const relief = parameterAt(duesRelief, date);
  if (!relief)
    return fail(
      'notCovered',
      `Tháng ${input.month.slice(5)}/${input.month.slice(0, 4)} trước Quy định 01-QĐ/TW (từ 01/02/2026): thư viện chưa có mức đảng phí theo Quyết định 342-QĐ/TW.`,
      `Month ${input.month} predates QĐ 01-QĐ/TW (from 1/2/2026): the QĐ 342 rates are not encoded.`,
    );
  const used: ParameterValue[] = [relief];
  const exemptBy =
    input.partyAgeYears != null && input.partyAgeYears >= relief.value.exemptPartyAgeYears
      ? {
          vi: `miễn: đủ ${relief.value.exemptPartyAgeYears} năm tuổi đảng`,
          en: `exempt: ${relief.value.exemptPartyAgeYears} years of party age`,
        }
      : input.socialPension
        ? { vi: 'miễn: hưởng trợ cấp hưu trí xã hội', en: 'exempt: social pension allowance' }
        : input.hardshipExemption
          ? {
              vi: 'miễn: hoàn cảnh đặc biệt khó khăn, có đơn gửi chi bộ',
              en: 'exempt: special hardship, on application',
            }
          : undefined;
  const s = input.situation;
  let base: number;
  let basis: LocalizedText;
  if (s.kind === 'insured') {
    const p = parameterAt(duesInsuredSalaryRate, date)!;
    used.push(p);
    if (!(s.insuredSalaryLastMonth >= 0))
      return fail('badAmount', 'Tiền lương đóng BHXH không hợp lệ.', 'Invalid insured salary.');
    base = s.insuredSalaryLastMonth * p.value;
    basis = {
      vi: `${pct(p.value)} tiền lương đóng BHXH tháng trước (${fmt(s.insuredSalaryLastMonth)} đồng)`,
      en: `${pct(p.value)} of last month's insured salary (${fmt(s.insuredSalaryLastMonth)} VND)`,
    };
  } else if (s.kind === 'pensioner') {
    const p = parameterAt(duesPensionRate, date)!;
    used.push(p);
    if (!(s.pension >= 0)) return fail('badAmount', 'Lương hưu không hợp lệ.', 'Invalid pension.');
    base = s.pension * p.value;
    basis = {
      vi: `${pct(p.value)} lương hưu (${fmt(s.pension)} đồng)`,
      en: `${pct(p.value)} of the pension (${fmt(s.pension)} VND)`,
    };
  } else if (s.kind === 'student') {
    const p = parameterAt(duesStudentAmount, date)!;
    used.push(p);
    base = p.value;
    basis = { vi: `mức cố định của học sinh, sinh viên`, en: 'flat amount for students' };
  } else {
    const p = parameterAt(duesMinimumWageRates, date)!;
    used.push(p);
    if (!(s.regionalMinimumWage > 0))
      return fail('badAmount', 'Lương tối thiểu vùng không hợp lệ.', 'Invalid regional minimum wage.');
    const rate = s.retirementAge ? p.value.retired : p.value.belowRetirement;
    base = s.regionalMinimumWage * rate;
    basis = {
      vi: `${pct(rate)} lương tối thiểu vùng (${fmt(s.regionalMinimumWage)} đồng), ${s.retirementAge ? 'đã đến tuổi nghỉ hưu' : 'chưa đến tuổi nghỉ hưu'}`,
      en: `${pct(rate)} of the regional minimum wage (${fmt(s.regionalMinimumWage)} VND), ${s.retirementAge ? 'at or above' : 'below'} retirement age`,
    };
  }
  const citations = used.flatMap((v) => v.citations);
  const confidence = weakest(used.map((v) => v.confidence));
  if (exemptBy) return { ok: true, amount: 0, exempt: true, basis: exemptBy, citations, confidence };
  let amount = base;
  const r = input.reduction;
  if (r) {
    if (!relief.value.reductionPercents.includes(r.percent) || !(r.monthOfGrant >= 1))
      return fail(
        'badReduction',
        `Mức giảm ${r.percent}% không hợp lệ (chỉ giảm ${relief.value.reductionPercents.join(', ')}%).`,
        `Invalid reduction ${r.percent} % (only ${relief.value.reductionPercents.join(', ')} %).`,
      );
    if (r.monthOfGrant <= relief.value.maxGrantMonths) {
      amount = base * (1 - r.percent / 100);
      basis = { vi: `${basis.vi}, giảm ${r.percent}%`, en: `${basis.en}, reduced by ${r.percent} %` };
    } else
      basis = {
        vi: `${basis.vi} (mức giảm ${r.percent}% đã quá ${relief.value.maxGrantMonths} tháng, hết hiệu lực)`,
        en: `${basis.en} (the ${r.percent} % reduction ran past ${relief.value.maxGrantMonths} months and no longer applies)`,
      };
  }
  return { ok: true, amount: Math.round(amount), exempt: false, basis, citations, confidence };
}
