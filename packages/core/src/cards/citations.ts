import { addDays } from '../date/add-days.js';
import type { CivilDate } from '../date/civil-date.js';
import { documentWindow, overRegimes } from '../legal/regimes.js';
import { defaultRegistry } from '../legal/registry.js';
import type { Citation, Confidence, LocalizedText } from '../legal/types.js';

/** The Secretariat's regulation on managing and using party cards (QĐ 06-QĐ/TW, 9/2/2026). */
export const CARD_REGULATION = 'qd-06-2026';

interface Version {
  readonly from: CivilDate;
  readonly to?: CivilDate | null;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
  readonly note?: LocalizedText;
}

const CARRIED: LocalizedText = {
  vi: 'Mang sang từ 294-QĐ/TW: chưa thấy trong văn bản thay thế, chưa phải "đã đối chiếu".',
  en: 'Carried over from 294-QĐ/TW: not seen in the text that replaced it, so not verified.',
};

/**
 * Who gets a card and when (QĐ 294 point 6.1.1, read: official members only, handed over at the nearest cell
 * meeting after the competent decision), joined from its first day by QĐ 06-QĐ/TW (2026), whose text was not seen
 * (a news report of 13/2/2026: issuing and re-issuing cards are part of card management). The open version goes on
 * under QĐ 20 / QĐ 208 as carried over. With `since2021`, the HD 01-HD/TW (2021) point 7.1 a version comes first
 * (cards only for official members; secondary: a legal-portal reproduction).
 */
export function cardIssueVersions(since2021: boolean): Version[] {
  const qd294 = documentWindow('qd-294-2025');
  const qd06 = documentWindow(CARD_REGULATION);
  const hd01 = documentWindow('hd-01-2021');
  const point = { document: 'qd-294-2025', point: '6.1.1' };
  return [
    ...(since2021
      ? [
          {
            from: hd01.from,
            to: hd01.to,
            citations: [{ document: 'hd-01-2021', point: '7.1 a' }],
            confidence: 'secondary' as const,
          },
        ]
      : []),
    { from: qd294.from, to: addDays(qd06.from, -1), citations: [point], confidence: 'verified' },
    {
      from: qd06.from,
      citations: [point, { document: CARD_REGULATION }],
      confidence: 'secondary',
      note: {
        vi: 'Quy định 06-QĐ/TW (2026) về quản lý và sử dụng thẻ đảng viên: chỉ đọc được bản tin, chưa thấy văn bản.',
        en: 'Regulation 06-QĐ/TW (2026) on managing and using party cards: only a news report was read, not the text.',
      },
    },
  ];
}

/**
 * Returning or destroying one's card as a strike-off ground: point 8.1 of the implementing regulation from QĐ 24
 * (2021) on — read in QĐ 24 (a reproduction) and QĐ 294 (official PDF), secondary for QĐ 232, carried over under the
 * 2026 texts, whose wording was not seen.
 */
export function cardStrikeOffVersions(): Version[] {
  const registry = defaultRegistry();
  return overRegimes({ from: documentWindow('qd-24-2021').from, to: null, topics: ['charterRegulation'] }, (d) => {
    const id = d.charterRegulation!;
    if (registry.get(id)?.textSeen === false)
      return {
        citations: [{ document: id, carriedOverFrom: { document: 'qd-294-2025', point: '8.1' } }],
        confidence: 'carried-over' as const,
        note: CARRIED,
      };
    return {
      citations: [{ document: id, point: '8.1' }],
      confidence: id === 'qd-232-2025' ? ('secondary' as const) : ('verified' as const),
    };
  });
}

/**
 * Re-issuing a lost card and exchanging a damaged one: the procedure of HD 12-HD/BTCTW (2022) Phần II point 2.2 c
 * (secondary: legal-portal reproductions), carried over under HD 38-HD/BTCTW (2025), a restricted text whose card
 * procedure was not seen; the duty to report a loss to the committee at once is HD 01-HD/TW (2021) point 7.1
 * (secondary).
 */
export function cardReissueVersions(): Version[] {
  const hd12 = documentWindow('hd-12-2022');
  return [
    {
      from: hd12.from,
      citations: [{ document: 'hd-12-2022', section: 'Phần II điểm 2.2 c' }],
      confidence: 'secondary',
    },
  ];
}
