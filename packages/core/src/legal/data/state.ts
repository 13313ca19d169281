import type { LegalDocument } from '../types.js';

const QH = { vi: 'Quốc hội', en: 'National Assembly' };
const CP = { vi: 'Chính phủ', en: 'Government' };

/** State laws and decrees that party rules lean on (working days, retirement age, civil-code periods). */
export const stateDocuments: readonly LegalDocument[] = [
  {
    id: 'blld-2012',
    number: '10/2012/QH13',
    kind: 'law',
    issuer: QH,
    title: { vi: 'Bộ luật Lao động 2012', en: 'Labour Code 2012' },
    signed: '2012-06-18',
    effective: { from: '2013-05-01', to: '2020-12-31' },
    replacedBy: ['blld-2019'],
    confidence: 'verified',
  },
  {
    id: 'blld-2019',
    number: '45/2019/QH14',
    kind: 'law',
    issuer: QH,
    title: { vi: 'Bộ luật Lao động 2019', en: 'Labour Code 2019' },
    signed: '2019-11-20',
    effective: { from: '2021-01-01', to: null },
    replaces: ['blld-2012'],
    confidence: 'verified',
  },
  {
    id: 'nd-135-2020',
    number: '135/2020/NĐ-CP',
    kind: 'decree',
    issuer: CP,
    title: { vi: 'Quy định về tuổi nghỉ hưu', en: 'Decree on retirement age' },
    signed: '2020-11-18',
    effective: { from: '2021-01-01', to: null },
    confidence: 'verified',
  },
  {
    id: 'blds-2015',
    number: '91/2015/QH13',
    kind: 'law',
    issuer: QH,
    title: { vi: 'Bộ luật Dân sự 2015', en: 'Civil Code 2015' },
    signed: '2015-11-24',
    effective: { from: '2017-01-01', to: null },
    confidence: 'verified',
  },
  {
    id: 'luat-can-cuoc-2023',
    number: '26/2023/QH15',
    kind: 'law',
    issuer: QH,
    title: { vi: 'Luật Căn cước', en: 'Law on Identification' },
    signed: '2023-11-27',
    effective: { from: '2024-07-01', to: null },
    confidence: 'verified',
  },
  {
    id: 'tt-07-2016-bca',
    number: '07/2016/TT-BCA',
    kind: 'circular',
    issuer: { vi: 'Bộ Công an', en: 'Ministry of Public Security' },
    title: {
      vi: 'Quy định chi tiết Luật Căn cước công dân (mã số định danh cá nhân)',
      en: 'Circular detailing personal identification numbers',
    },
    signed: '2016-02-01',
    effective: { from: '2016-03-20', to: null },
    confidence: 'secondary',
    note: 'Structure of the 12-digit personal ID (province, century-sex digit, birth year).',
  },
  {
    id: 'nq-60-2025',
    number: '60-NQ/TW',
    kind: 'resolution',
    issuer: { vi: 'Ban Chấp hành Trung ương', en: 'Central Committee' },
    title: {
      vi: 'Nghị quyết Hội nghị Trung ương 11 khóa XIII (sắp xếp đơn vị hành chính, chính quyền địa phương hai cấp)',
      en: 'Resolution on reorganizing administrative units (two-level local government)',
    },
    signed: '2025-04-12',
    effective: { from: '2025-04-12', to: null },
    confidence: 'secondary',
  },
];
