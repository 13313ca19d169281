import { defineRule } from '../../kernel/rule.js';
import { overRegimes } from '../../legal/regimes.js';
import { recognitionMaxVotes } from '../parameters.js';
import { eachEvent, firstAfter, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const probationReviewSubjects = eachEvent('admissionCeremony');

const parameters = { maxVotes: recognitionMaxVotes };

/**
 * `member.probation.review`: during probation the member attends the new-member political course (its certificate
 * is part of the recognition file — info when none is recorded before the recognition decision); after three cell
 * votes that reach two thirds neither way, the case goes to the directly superior committee.
 */
export const probationReview = defineRule({
  id: 'member.probation.review',
  family: 'lifecycle',
  title: {
    vi: 'Bồi dưỡng đảng viên mới và xét công nhận sau 3 lần biểu quyết',
    en: 'New-member course and escalation after three votes',
  },
  description: {
    vi: 'Đảng viên dự bị học lớp bồi dưỡng lý luận chính trị cho đảng viên mới; sau 3 lần biểu quyết không đủ 2/3 thì báo cáo cấp ủy cấp trên trực tiếp.',
    en: 'Probationary members attend the new-member course; after three votes short of two thirds the case goes to the directly superior committee.',
  },
  severity: 'warning',
  appliesTo: ['member'],
  parameters,
  messages: {
    noCourse: {
      vi: 'Chưa ghi nhận lớp bồi dưỡng lý luận chính trị cho đảng viên mới trước khi công nhận chính thức.',
      en: 'No new-member political course is recorded before the recognition.',
    },
    escalate: {
      vi: 'Chi bộ đã {votes} lần biểu quyết không đủ hai phần ba: phải báo cáo cấp ủy cấp trên trực tiếp để cấp có thẩm quyền quyết định.',
      en: 'The cell voted {votes} times without two thirds: the case must go to the directly superior committee.',
    },
  },
  select: probationReviewSubjects,
  versions: [
    // QĐ 29 4.2 c, then point 4.2.3 of QĐ 24 / QĐ 232; the Secretariat's guidance in force beside each.
    ...overRegimes({ from: '2016-07-25', to: '2025-06-30', topics: ['charterRegulation', 'charterGuidance'] }, (d) => ({
      citations: [
        { document: d.charterRegulation!, point: d.charterRegulation === 'qd-29-2016' ? '4.2 c' : '4.2.3' },
        // HD 06 numbers the new-member course 4.1 (read); the earlier guidance is cited by its point 4
        ...(d.charterGuidance
          ? [{ document: d.charterGuidance, point: d.charterGuidance === 'hd-06-2025' ? '4.1' : '4' }]
          : []),
      ],
      // QĐ 29 4.2 c was read (the parameter of the three votes cites it too); the later points are secondary.
      confidence:
        d.charterRegulation === 'qd-29-2016' && !d.charterGuidance ? ('verified' as const) : ('secondary' as const),
    })),
    {
      from: '2025-07-01',
      citations: [
        { document: 'qd-294-2025', point: '4.2.3' },
        { document: 'hd-06-2025', point: '4.1' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Nâng lên "đã đối chiếu": điểm 4.2.3 QĐ 294 và 4.1 HD 06 (bản chính thức).',
        en: 'Upgraded to verified: QĐ 294 point 4.2.3 and HD 06 point 4.1 (official PDFs).',
      },
    },
  ],
  check(ctx) {
    const { index } = ctx.subject;
    const events = ctx.record.events;
    const stop = firstAfter(
      ctx.record,
      index,
      'admissionCeremony',
      'probationStrikeOff',
      'strikeOff',
      'voluntaryExit',
      'death',
    );
    const end = stop ? stop.index : events.length;
    let failed = 0;
    let course = false;
    for (let i = index + 1; i < end; i++) {
      const e = events[i]!;
      if (e.type === 'newMemberCourse') course = true;
      if (e.type === 'recognitionVote' && 3 * e.vote.for < 2 * e.vote.officialMembers) {
        failed++;
        const decided = events
          .slice(i + 1, end)
          .some((x) => x.type === 'recognitionDecision' || x.type === 'recognitionVote');
        if (failed === ctx.params.maxVotes && !decided)
          ctx.report('escalate', { path: ['events', i], facts: { votes: failed } });
      }
      if (e.type === 'recognitionDecision') {
        if (!course) ctx.report('noCourse', { path: ['events', i], severity: 'info' });
        break;
      }
    }
  },
  examples: [
    {
      title: { vi: 'Có lớp đảng viên mới', en: 'New-member course recorded' },
      record: memberWith([
        { type: 'admissionDecision', date: '2024-09-02' },
        { type: 'admissionCeremony', date: '2024-09-20' },
        { type: 'newMemberCourse', date: '2025-03-14' },
        { type: 'recognitionVote', date: '2025-10-06', vote: { for: 9, officialMembers: 9 } },
        { type: 'recognitionDecision', date: '2025-10-27', effectiveOn: '2025-09-20' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Ba lần biểu quyết không đủ 2/3', en: 'Three votes short of two thirds' },
      record: memberWith([
        { type: 'admissionDecision', date: '2024-09-02' },
        { type: 'admissionCeremony', date: '2024-09-20' },
        { type: 'newMemberCourse', date: '2025-03-14' },
        { type: 'recognitionVote', date: '2025-09-22', vote: { for: 5, officialMembers: 9 } },
        { type: 'recognitionVote', date: '2025-10-01', vote: { for: 5, officialMembers: 9 } },
        { type: 'recognitionVote', date: '2025-10-15', vote: { for: 5, officialMembers: 9 } },
      ]),
      expect: ['escalate'],
    },
  ],
});
