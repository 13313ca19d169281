import { defineRule } from '../../kernel/rule.js';
import { eachMember, exampleRound } from './select.js';
import { levelArgs } from './text.js';

/**
 * `ranking.member.civilService`: a member who is a cadre, civil servant or public employee and is ranked "excellent"
 * as a party member must also be "excellent" in the civil-service ranking of the same year (HD 21 điểm 2.3 a). The
 * later regimes keep linking the two rankings; the exact wording under QĐ 124 / QĐ 366 was not seen, so those
 * versions warn and are marked RECALLED.
 */
export const civilServiceConsistency = defineRule({
  id: 'ranking.member.civilService',
  family: 'ranking',
  title: {
    vi: 'Xếp loại đảng viên và xếp loại công chức, viên chức nhất quán',
    en: 'Party and civil-service rankings agree',
  },
  severity: 'error',
  appliesTo: ['rankingRound'],
  messages: {
    excellentNeedsCivilService: {
      vi: 'Đảng viên {memberId} được xếp HTXS nhưng xếp loại công chức, viên chức cùng năm chỉ là {civil}.',
      en: 'Member {memberId} is ranked "excellent" but only {civilEn} in the civil-service ranking of the same year.',
    },
  },
  select: eachMember,
  versions: [
    {
      from: '2019-10-18',
      to: '2023-10-03',
      citations: [{ document: 'hd-21-2019', point: '2.3 a' }],
      confidence: 'verified',
    },
    {
      from: '2023-10-04',
      to: '2025-08-29',
      citations: [{ document: 'qd-124-2023' }],
      confidence: 'recalled',
      severity: 'warning',
      note: {
        vi: 'Quy định liên thông của HD 21 được giả định còn áp dụng (chưa thấy lời văn trong QĐ 124).',
        en: 'The HD 21 link is assumed to carry over (wording not seen in QĐ 124).',
      },
    },
    {
      from: '2025-08-30',
      citations: [{ document: 'qd-366-2025' }],
      confidence: 'recalled',
      severity: 'warning',
      note: {
        vi: 'Quy định liên thông của HD 21 được giả định còn áp dụng (chưa thấy lời văn trong QĐ 124 / QĐ 366).',
        en: 'The HD 21 link is assumed to carry over (wording not seen in QĐ 124 / QĐ 366).',
      },
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    if (e.level !== 'excellent' || !e.civilServiceLevel || e.civilServiceLevel === 'excellent') return;
    ctx.report('excellentNeedsCivilService', {
      path: [...ctx.subjectPath, 'civilServiceLevel'],
      facts: { memberId: e.memberId, level: e.level, civilServiceLevel: e.civilServiceLevel },
      args: { memberId: e.memberId, ...levelArgs('civil', e.civilServiceLevel) },
    });
  },
  examples: [
    {
      title: { vi: 'HTXS cả hai', en: 'Excellent in both' },
      record: exampleRound(2022, [
        { memberId: 'A', level: 'excellent', civilServant: true, civilServiceLevel: 'excellent' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'HTXS đảng viên, HTT công chức', en: 'Excellent member, good civil servant' },
      record: exampleRound(2022, [
        { memberId: 'A', level: 'excellent', civilServant: true, civilServiceLevel: 'good' },
      ]),
      expect: ['excellentNeedsCivilService'],
    },
  ],
});
