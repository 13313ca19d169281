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

const GAP_2025: LocalizedText = {
  vi: 'Từ 9/6 đến 30/6/2025 văn bản thi hành Điều lệ còn hiệu lực là Quy định 232-QĐ/TW (Hướng dẫn 01-HD/TW năm 2021 đã được thay, Quy định 294-QĐ/TW chưa có hiệu lực); chưa thấy điểm 6.1.1 của QĐ 232 trong nguồn nào, nội dung lấy theo cùng điểm của QĐ 294 (đã đối chiếu).',
  en: 'From 9/6 to 30/6/2025 the implementing regulation in force is 232-QĐ/TW (HD 01-HD/TW of 2021 had been replaced, 294-QĐ/TW was not yet in force); its point 6.1.1 was not seen in any stored source: the content is taken from the same point of QĐ 294 (read).',
};

/**
 * Who gets a card and when (QĐ 294 point 6.1.1, read: official members only, handed over at the nearest cell
 * meeting after the competent decision), joined from its first day by QĐ 06-QĐ/TW (2026), whose text was not seen
 * (a news report of 13/2/2026: issuing and re-issuing cards are part of card management). The open version goes on
 * under QĐ 20 / QĐ 208 as carried over. With `since2021`, the HD 01-HD/TW (2021) point 7.1 a version comes first
 * (cards only for official members; secondary: a legal-portal reproduction). Between the two, 9/6–30/6/2025, QĐ 232
 * point 6.1.1 governs (recalled: not seen in a stored source, taken to read as QĐ 294's point).
 */
export function cardIssueVersions(since2021: boolean): Version[] {
  const qd294 = documentWindow('qd-294-2025');
  const qd06 = documentWindow(CARD_REGULATION);
  const hd01 = documentWindow('hd-01-2021');
  const hd06 = documentWindow('hd-06-2025');
  const qd232 = documentWindow('qd-232-2025');
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
          // 9/6–30/6/2025: HD 01 (2021) is gone (HD 06 replaced it on 9/6/2025) and QĐ 294 is not yet in force: QĐ 232
          // is the implementing regulation of those days (regimeAt('charterRegulation', '2025-06-30')), its point
          // 6.1.1 taken to read as QĐ 294's. HD 06 is not cited: its card points were not read.
          {
            from: hd06.from,
            to: qd232.to,
            citations: [{ document: 'qd-232-2025', point: '6.1.1' }],
            confidence: 'recalled' as const,
            note: GAP_2025,
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

/**
 * Losing one's card without good reason as a discipline matter. QĐ 102-QĐ/TW (2017) Điều 11 khoản 1 điểm g puts it
 * among the violations answered by a reprimand when the harm is small (secondary: legal-portal pages quote the point —
 * thuvienphapluat.vn/hoi-dap-phap-luat/iframe/53521-hd-lam-hong-the-dang-co-bi-khien-trach-khong.html and
 * thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/tu-van-phap-luat/21817/mot-so-dieu-can-luu-y-khi-su-dung-the-dang-vien;
 * not in the domain references). QĐ 69-QĐ/TW (2022), which replaced QĐ 102, is taken to keep it, in its
 * Điều 29 (recalled: neither the article nor its wording was seen in a stored source), so the version from 6/7/2022
 * cites QĐ 69 as carrying over the QĐ 102 point and is marked recalled, never verified.
 */
export function cardLossDisciplineVersions(): Version[] {
  const qd102 = documentWindow('qd-102-2017');
  const qd69 = documentWindow('qd-69-2022');
  const origin = { document: 'qd-102-2017', article: '11', clause: '1', point: 'g' };
  return [
    { from: qd102.from, to: qd102.to, citations: [origin], confidence: 'secondary' },
    {
      from: qd69.from,
      citations: [{ document: 'qd-69-2022', article: '29', carriedOverFrom: origin }],
      confidence: 'recalled',
      note: {
        vi: 'Quy định 69-QĐ/TW thay Quy định 102-QĐ/TW từ 6/7/2022; chưa thấy nguyên văn điều về mất thẻ đảng viên (Điều 29 là theo trí nhớ), nên coi là mang sang từ điểm g khoản 1 Điều 11 QĐ 102.',
        en: 'Regulation 69-QĐ/TW replaced 102-QĐ/TW on 6/7/2022; its article on lost cards was not seen (Điều 29 is recalled), so it is taken as carrying over QĐ 102 art. 11 cl. 1 pt. g.',
      },
    },
  ];
}
