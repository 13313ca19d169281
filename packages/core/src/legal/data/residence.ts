import type { LegalDocument } from '../types.js';

/** Residence ties of members working in agencies (giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú). */
export const residenceDocuments: readonly LegalDocument[] = [
  {
    id: 'qd-76-2000',
    number: '76-QĐ/TW',
    kind: 'regulation',
    issuer: { vi: 'Bộ Chính trị', en: 'Politburo' },
    title: {
      vi: 'Về việc đảng viên đang công tác ở các cơ quan, doanh nghiệp, đơn vị sự nghiệp thường xuyên giữ mối liên hệ với chi ủy, đảng bộ cơ sở và gương mẫu thực hiện nghĩa vụ công dân nơi cư trú',
      en: 'Members working in agencies keeping in touch with the party organization where they live (2000)',
    },
    signed: '2000-06-15',
    effective: { from: '2000-06-15', to: '2020-01-01' },
    replacedBy: ['qd-213-2020'],
    confidence: 'secondary',
    note: 'Date and replacement by QĐ 213 from news reports; effect assumed from signing.',
  },
  {
    id: 'qd-213-2020',
    number: '213-QĐ/TW',
    kind: 'regulation',
    issuer: { vi: 'Bộ Chính trị', en: 'Politburo' },
    title: {
      vi: 'Về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú',
      en: 'Responsibility of working members to keep in touch with the party organization and the people where they live',
    },
    signed: '2020-01-02',
    effective: { from: '2020-01-02', to: null },
    replaces: ['qd-76-2000'],
    link: 'https://baonghean.vn/en/quy-dinh-moi-ve-dang-vien-dang-cong-tac-giu-moi-lien-he-voi-to-chuc-dang-va-nhan-dan-noi-cu-tru-10209706.html',
    confidence: 'secondary',
    note: 'Article 1 read in a news reproduction; effect assumed from signing. Not replaced by a 2026 text as far as the stored sources go.',
  },
  {
    id: 'hd-33-2020',
    number: '33-HD/BTCTW',
    kind: 'guidance',
    issuer: { vi: 'Ban Tổ chức Trung ương', en: 'Central Organization Commission' },
    title: {
      vi: 'Hướng dẫn thực hiện một số nội dung trong Quy định 213-QĐ/TW',
      en: 'Guidance on implementing Regulation 213-QĐ/TW',
    },
    signed: '2020-10-30',
    effective: { from: '2020-10-30', to: null },
    link: 'https://hethongphapluat.vn/huong-dan-33-hd-btctw-nam-2020-ve-thuc-hien-noi-dung-trong-quy-dinh-213-qd-tw-ve-trach-nhiem-cua-dang-vien-dang-cong-tac-thuong-xuyen-giu-moi-lien-he-voi-to-chuc-dang-va-nhan-dan-noi-cu-tru-do-ban-to-chuc-trung-uong-ban-hanh.html',
    confidence: 'secondary',
    note: 'Point 1.1 read in a legal-portal reproduction: members introduced but excused from residence activity (army and police away from home, frequent travel, 12 months of full-time study, students away) give no periodic yearly comments.',
  },
];
