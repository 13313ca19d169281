import type { Aggregate, Observation } from '@dieule/core/kernel';
import type { TargetEntry, Targets } from './types.js';

/** Event types that end membership, reported beside admissions (strike-off, voluntary exit, expulsion). */
const LOSSES = ['strikeOff', 'voluntaryExit', 'expulsion'] as const;

/** True when `org` is `code` or sits under it (`TX.01`, `TX/2`, `TX-3`). */
export function underOrganization(org: string | undefined, code: string): boolean {
  if (!org) return false;
  return org === code || (org.startsWith(code) && /[./-]/.test(org.charAt(code.length)));
}

/**
 * Attainment of a target in percent, with two decimals, TRUNCATED (not rounded) as the committees' reports print
 * it: 1,621 admitted against 1,500 is 108.0666… → 108.06 %.
 * @example
 * attainmentPercent(1621, 1500) // 108.06
 */
export function attainmentPercent(achieved: number, target: number): number {
  return Math.floor((achieved * 10000) / target + 1e-9) / 100;
}

const formatPercent = (p: number, locale: 'vi' | 'en') =>
  locale === 'vi' ? `${p.toFixed(2).replace('.', ',')} %` : `${p.toFixed(2)} %`;

const formatCount = (n: number, locale: 'vi' | 'en') =>
  locale === 'vi' ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : n.toLocaleString('en-US');

interface MemberLike {
  readonly organization?: string;
  readonly events?: readonly { readonly type: string; readonly date: string; readonly organization?: string }[];
}

/** The admissions measure: each admission decision counts for its organization (event's, else record's) and year. */
function observeAdmissions(entries: readonly TargetEntry[], m: MemberLike): Observation[] {
  const out: Observation[] = [];
  for (const ev of m.events ?? []) {
    const counted =
      ev.type === 'admissionDecision' ? 'admitted' : (LOSSES as readonly string[]).includes(ev.type) ? ev.type : null;
    if (!counted) continue;
    const org = ev.organization ?? m.organization;
    const year = Number(ev.date.slice(0, 4));
    for (const e of entries)
      if (e.year === year && underOrganization(org, e.organization))
        out.push({ key: `${e.organization}:${e.year}#${counted}`, value: 1 });
  }
  return out;
}

/** The aggregate that computes attainment of a plugin's targets. */
export function targetsAggregate(t: Targets): Aggregate {
  const admissions = t.measure === 'admissions';
  const measure = t.measure;
  return {
    id: t.id,
    title: t.title,
    appliesTo: measure === 'admissions' ? ['member'] : measure.appliesTo,
    observe: (record) => {
      if (measure === 'admissions') return observeAdmissions(t.entries, record as MemberLike);
      const out: Observation[] = [];
      for (const c of measure.count(record))
        for (const e of t.entries)
          if (e.year === c.year && underOrganization(c.organization, e.organization))
            out.push({ key: `${e.organization}:${e.year}#admitted`, value: c.value });
      return out;
    },
    summarize: (totals, { locale }) =>
      t.entries.map((e) => {
        const key = `${e.organization}:${e.year}`;
        const achieved = totals.get(`${key}#admitted`) ?? 0;
        const percent = attainmentPercent(achieved, e.target);
        const losses = admissions
          ? Object.fromEntries(LOSSES.map((l) => [l, totals.get(`${key}#${l}`) ?? 0]))
          : undefined;
        const lost = losses ? Object.values(losses).reduce((a, b) => a + b, 0) : 0;
        const unit =
          measure === 'admissions'
            ? { vi: 'đảng viên được kết nạp', en: 'members admitted' }[locale]
            : measure.unit[locale];
        const label =
          locale === 'vi'
            ? `${t.title.vi} ${e.organization} năm ${e.year}: ${formatCount(achieved, locale)}/${formatCount(e.target, locale)} ${unit}, đạt ${formatPercent(percent, locale)} chỉ tiêu${losses ? `; giảm ${formatCount(lost, locale)} (xóa tên ${losses.strikeOff}, xin ra ${losses.voluntaryExit}, khai trừ ${losses.expulsion})` : ''}`
            : `${t.title.en} ${e.organization} ${e.year}: ${formatCount(achieved, locale)}/${formatCount(e.target, locale)} ${unit}, ${formatPercent(percent, locale)} of the target${losses ? `; ${formatCount(lost, locale)} lost (struck off ${losses.strikeOff}, voluntary exit ${losses.voluntaryExit}, expelled ${losses.expulsion})` : ''}`;
        return {
          key,
          label,
          value: percent,
          facts: {
            organization: e.organization,
            year: e.year,
            target: e.target,
            achieved,
            attainmentPercent: percent,
            ...(losses ? { losses, net: achieved - lost } : {}),
          },
          citations: t.basis,
        };
      }),
  };
}
