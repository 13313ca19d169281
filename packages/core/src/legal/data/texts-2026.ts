import type { LegalDocument } from '../types.js';

const CC = { vi: 'Ban Chấp hành Trung ương', en: 'Central Committee' };
const SEC = { vi: 'Ban Bí thư', en: 'Secretariat' };
const PB = { vi: 'Bộ Chính trị', en: 'Politburo' };
const IMPL = { vi: 'Quy định thi hành Điều lệ Đảng', en: 'Regulation implementing the Party Charter' };

/**
 * The texts of 2026 (14th term; numbering restarted) and the older texts they replace that no other file lists. No
 * official text of QĐ 20, QĐ 208 or HD 01 (2026) was found: dates and lineage come from unofficial sources that agree
 * with each other (audit of December 2026, C1–C6), hence `secondary` at best. A rule version citing one of them for a
 * figure that was not seen carries the mark `carried-over`.
 */
export const documents2026: readonly LegalDocument[] = [
  {
    id: 'qd-20-2026',
    textSeen: false,
    number: '20-QĐ/TW',
    kind: 'regulation',
    issuer: CC,
    title: { vi: `${IMPL.vi} (4/2026)`, en: `${IMPL.en} (April 2026)` },
    signed: '2026-04-08',
    effective: { from: '2026-04-08', to: '2026-07-25' },
    replaces: ['qd-294-2025'],
    replacedBy: ['qd-208-2026'],
    link: 'https://ubmttqvn.quangtri.gov.vn/index.php/savefile/dai-hoi2024/quy-dinh-so-20-qd-tw-ve-thi-hanh-dieu-le-dang-7809.html',
    confidence: 'secondary',
    note: 'Existence seen (title only, several unofficial sources); signed probably 8/4/2026 (issued between 17/3 and 15/4/2026), effect assumed from signing; content not seen. Replaced by QĐ 208 on 26/7/2026 (reported).',
  },
  {
    id: 'qd-208-2026',
    textSeen: false,
    number: '208-QĐ/TW',
    kind: 'regulation',
    issuer: CC,
    title: { vi: `${IMPL.vi} (7/2026)`, en: `${IMPL.en} (July 2026)` },
    signed: '2026-07-26',
    effective: { from: '2026-07-26', to: null },
    replaces: ['qd-20-2026'],
    confidence: 'secondary',
    note: 'Six independent unofficial sources (quiz data, party-office and member-file apps, a commune document register); no official text. Reported: three levels (Centre – province – grassroots), commune party organizations are grassroots, one name "chi bộ", admission decided by the standing committee of the grassroots committee; figures of QĐ 294 reported unchanged (18–60, lower-secondary diploma, ceremony 30 wd, 12-month probation, transfer 60 wd, re-admission 36 months, 3-month strike-off ground, standing committee ≤ 1/3). The decision deadline and the recognition authority were not seen.',
  },
  {
    id: 'hd-01-2026',
    textSeen: false,
    number: '01-HD/TW',
    kind: 'guidance',
    issuer: SEC,
    title: {
      vi: 'Hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng (2026)',
      en: 'Guidance on specific matters in implementing the Charter (2026)',
    },
    signed: '2026-05-19',
    effective: { from: '2026-05-19', to: null },
    replaces: ['hd-06-2025'],
    confidence: 'secondary',
    note: 'One unofficial source (a mock party-office app); that it replaces HD 06 (2025) is inferred from the numbering restart. Values not seen: every figure of HD 06 is carried over.',
  },
  {
    id: 'qd-37-2021',
    number: '37-QĐ/TW',
    kind: 'regulation',
    issuer: CC,
    title: { vi: 'Về những điều đảng viên không được làm', en: 'What party members must not do' },
    signed: '2021-10-25',
    effective: { from: '2021-10-25', to: '2026-07-25' },
    replacedBy: ['qd-207-2026'],
    confidence: 'secondary',
  },
  {
    id: 'qd-207-2026',
    number: '207-QĐ/TW',
    kind: 'regulation',
    issuer: CC,
    title: { vi: 'Về những điều đảng viên không được làm (2026)', en: 'What party members must not do (2026)' },
    signed: '2026-07-26',
    effective: { from: '2026-07-26', to: null },
    replaces: ['qd-37-2021'],
    confidence: 'secondary',
    note: 'Quiz data only (weak). Adds misinformation through AI and digital platforms to the list. QĐ 366 Điều 11 k4 refers to the list; no rule encodes it, so no figure changes.',
  },
  {
    id: 'qd-19-2026',
    number: '19-QĐ/TW',
    kind: 'regulation',
    issuer: CC,
    title: { vi: 'Về công tác chính trị, tư tưởng', en: 'On political and ideological work' },
    signed: '2026-04-08',
    effective: { from: '2026-04-08', to: null },
    confidence: 'secondary',
    note: 'Quiz data only (weak). Its results become an important criterion of the annual review, not a change of the QĐ 366 point bands or quota.',
  },
  {
    id: 'qd-06-2026',
    number: '06-QĐ/TW',
    kind: 'regulation',
    issuer: SEC,
    title: { vi: 'Về quản lý và sử dụng thẻ đảng viên', en: 'On managing and using party cards' },
    signed: '2026-02-09',
    effective: { from: '2026-02-09', to: null },
    link: 'https://thanhnien.vn/quy-dinh-cua-ban-bi-thu-ve-quan-ly-va-su-dung-the-dang-vien-185260213100603659.htm',
    confidence: 'secondary',
    note: 'Title and date from the Hanoi handbook data; content from a news report of 13/2/2026 (card management covers issuing new and re-issuing cards, printing and destroying them, inspection and handling breaches; the card is used to vote in party meetings and congresses except by secret ballot, and for electronic party procedures; members keep it with care). Text not seen: no point of it is cited. Effect assumed from signing.',
  },
  {
    id: 'qd-342-2010',
    number: '342-QĐ/TW',
    kind: 'regulation',
    issuer: PB,
    title: { vi: 'Về chế độ đảng phí', en: 'On party dues' },
    signed: '2010-12-28',
    effective: { from: '2011-01-01', to: '2026-01-31' },
    replacedBy: ['qd-01-2026'],
    confidence: 'recalled',
    note: 'Dates recalled; replaced by QĐ 01-QĐ/TW from 1/2/2026 (secondary).',
  },
  {
    id: 'qd-01-2026',
    number: '01-QĐ/TW',
    kind: 'regulation',
    issuer: PB,
    title: { vi: 'Về chế độ đảng phí (2026)', en: 'On party dues (2026)' },
    signed: '2026-02-03',
    effective: { from: '2026-02-01', to: null },
    replaces: ['qd-342-2010'],
    confidence: 'secondary',
    note: 'Signed 3/2/2026, applies from 1/2/2026 (two independent sources); clause numbering from clause-level summaries.',
  },
];
