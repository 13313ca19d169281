import { defineRule } from '../../kernel/rule.js';
import { eachMember, exampleRound } from './select.js';

/**
 * `ranking.member.residenceComment` (QĐ 213-QĐ/TW, 2020): a member working in an agency, enterprise, public unit or
 * the armed forces keeps in touch with the party organization and the people where they live; the residence cell's
 * yearly comments go to the workplace organization and are used in the member's annual review. A working member
 * ranked without those comments is flagged, unless the comments are not required (members excused from residence
 * activity or from the introduction, HD 33 points 1.1–1.2). Members not marked as working are not judged.
 */
export const residenceComment = defineRule({
  id: 'ranking.member.residenceComment',
  family: 'ranking',
  title: {
    vi: 'Nhận xét của tổ chức đảng nơi cư trú khi xếp loại đảng viên đang công tác',
    en: 'Residence comments in the ranking of a working member',
  },
  severity: 'warning',
  appliesTo: ['rankingRound'],
  messages: {
    missing: {
      vi: 'Đảng viên {memberId} đang công tác nhưng chưa có nhận xét của chi ủy, chi bộ nơi cư trú để làm căn cứ đánh giá, xếp loại năm {year}.',
      en: 'Member {memberId} is a working member but has no comments from the residence cell to use in the {year} ranking.',
    },
  },
  select: eachMember,
  versions: [
    {
      from: '2020-01-02',
      to: '2020-10-29',
      citations: [{ document: 'qd-213-2020' }],
      confidence: 'secondary',
    },
    {
      from: '2020-10-30',
      citations: [{ document: 'qd-213-2020' }, { document: 'hd-33-2020', point: '1.1, 1.2' }],
      confidence: 'secondary',
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    if (!e.workingMember || e.residenceComment || e.exempted) return;
    ctx.report('missing', {
      path: [...ctx.subjectPath, 'residenceComment'],
      facts: { memberId: e.memberId, year: ctx.record.year },
    });
  },
  examples: [
    {
      title: { vi: 'Có nhận xét nơi cư trú', en: 'Residence comments received' },
      record: exampleRound(2025, [
        { memberId: 'A', level: 'good', points: 80, workingMember: true, residenceComment: 'received' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Thiếu nhận xét nơi cư trú', en: 'No residence comments' },
      record: exampleRound(2025, [{ memberId: 'A', level: 'good', points: 80, workingMember: true }]),
      expect: ['missing'],
    },
  ],
});
