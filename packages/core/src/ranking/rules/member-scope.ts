import type { CivilDate } from '../../date/civil-date.js';
import { completedMonths } from '../../date/completed-period.js';
import { defineRule } from '../../kernel/rule.js';
import { newMemberMonths, scopeBefore366 } from '../parameters.js';
import { eachMember, exampleRound } from './select.js';
import { levelArgs } from './text.js';

const m = (over: Record<string, unknown>) => ({ memberId: 'DV01', level: 'good', ...over });

/**
 * `ranking.member.scope`: who is ranked. Members exempted from party work and activity are not ranked (all regimes);
 * from QĐ 366 also members suspended from party activity and members admitted less than 6 months before the review.
 * Every other member listed must receive a level.
 */
export const memberScope = defineRule({
  id: 'ranking.member.scope',
  family: 'ranking',
  title: { vi: 'Đối tượng xếp loại đảng viên', en: 'Who is ranked' },
  description: {
    vi: 'Đảng viên được miễn công tác và sinh hoạt đảng không xếp loại; từ QĐ 366 thêm đảng viên bị đình chỉ sinh hoạt và đảng viên mới kết nạp chưa đủ 6 tháng. Đảng viên khác phải có mức xếp loại.',
    en: 'Exempted members are not ranked; from QĐ 366 neither are suspended members nor members admitted less than 6 months before. Every other member needs a level.',
  },
  severity: 'error',
  appliesTo: ['rankingRound'],
  parameters: { newMonths: newMemberMonths },
  messages: {
    exempted: {
      vi: 'Đảng viên {memberId} được miễn công tác và sinh hoạt đảng nên không xếp loại, nhưng có mức {level}.',
      en: 'Member {memberId} is exempted from party work and activity and is not ranked, but has level {levelEn}.',
    },
    suspended: {
      vi: 'Đảng viên {memberId} bị đình chỉ sinh hoạt đảng nên không xếp loại, nhưng có mức {level}.',
      en: 'Member {memberId} is suspended from party activity and is not ranked, but has level {levelEn}.',
    },
    tooRecent: {
      vi: 'Đảng viên {memberId} kết nạp ngày {admittedOn}, đến {reviewDate} mới được {months} tháng (< {min}): không xếp loại.',
      en: 'Member {memberId} was admitted on {admittedOn}: {months} months by {reviewDate} (< {min}), so is not ranked.',
    },
    unranked: {
      vi: 'Đảng viên {memberId} thuộc diện xếp loại nhưng chưa có mức xếp loại.',
      en: 'Member {memberId} must be ranked but has no level.',
    },
  },
  select: eachMember,
  versions: [
    ...scopeBefore366((review) => ({
      citations: review,
      confidence: 'secondary' as const,
      note: {
        vi: 'Trước QĐ 366 chỉ đảng viên được miễn công tác và sinh hoạt đảng không xếp loại. Lời văn đọc được ở QĐ 45 điểm 14.2 c (hết hiệu lực 2016); việc QĐ 29 / QĐ 24 / QĐ 232 giữ nguyên là thứ cấp.',
        en: 'Before QĐ 366 only exempted members are left out. Wording read in QĐ 45 point 14.2 c (repealed in 2016); that QĐ 29 / QĐ 24 / QĐ 232 kept it is secondary.',
      },
    })),
    {
      from: '2025-08-30',
      citations: [
        { document: 'qd-366-2025', article: '5', clause: '2', point: '2.1' },
        { document: 'qd-294-2025', point: '7.2' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    const at = `${ctx.record.year}-12-31` as CivilDate;
    const reviewDate = ctx.record.decidedOn && ctx.record.decidedOn < at ? ctx.record.decidedOn : at;
    const level = e.level;
    const levelPath = [...ctx.subjectPath, 'level'];
    if (e.exempted) {
      if (level)
        ctx.report('exempted', {
          path: levelPath,
          facts: { memberId: e.memberId, level },
          args: { memberId: e.memberId, ...levelArgs('level', level) },
        });
      return;
    }
    const newMonths = ctx.params.newMonths;
    if (newMonths == null) {
      if (!level) ctx.report('unranked', { severity: 'warning', facts: { memberId: e.memberId } });
      return;
    }
    if (e.suspended) {
      if (level)
        ctx.report('suspended', {
          path: levelPath,
          facts: { memberId: e.memberId, level },
          args: { memberId: e.memberId, ...levelArgs('level', level) },
        });
      return;
    }
    if (e.admittedOn) {
      const months = completedMonths(e.admittedOn, reviewDate);
      if (months < newMonths) {
        if (level)
          ctx.report('tooRecent', {
            path: levelPath,
            facts: { memberId: e.memberId, admittedOn: e.admittedOn, reviewDate, months, min: newMonths },
          });
        return;
      }
    }
    if (!level) ctx.report('unranked', { severity: 'warning', facts: { memberId: e.memberId } });
  },
  examples: [
    {
      title: { vi: 'Đảng viên miễn sinh hoạt không xếp loại', en: 'Exempted member left unranked' },
      record: exampleRound(2025, [m({ exempted: true, level: undefined })]),
      expect: [],
    },
    {
      title: { vi: 'Kết nạp chưa đủ 6 tháng mà vẫn xếp loại', en: 'Admitted under 6 months yet ranked' },
      record: exampleRound(2025, [m({ admittedOn: '2025-09-02' })]),
      expect: ['tooRecent'],
    },
  ],
});
