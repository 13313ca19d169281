import { defineRule } from '../../kernel/rule.js';
import { eachEvent, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const exemptionDecisionSubjects = eachEvent('exemptionStart');

/**
 * `member.exemption.decision`: from HD 38-HD/BTCTW (29/9/2025) an elderly or weak member's exemption is decided by
 * the cell on a medical certificate; exemptions for other reasons (long treatment, going abroad, remote or mobile
 * work, awaiting retirement, maternity) are proposed by the cell and decided by the grassroots committee (or the
 * superior standing committee for a cell directly under it).
 */
export const exemptionDecision = defineRule({
  id: 'member.exemption.decision',
  family: 'lifecycle',
  title: { vi: 'Thẩm quyền miễn công tác và sinh hoạt đảng', en: 'Who decides an exemption' },
  description: {
    vi: 'Đảng viên tuổi cao, sức yếu: chi bộ quyết định, có giấy xác nhận của cơ sở y tế; các trường hợp khác: chi bộ đề nghị, đảng ủy cơ sở quyết định.',
    en: 'Elderly or weak members: the cell decides, on a medical certificate; other reasons: the cell proposes, the grassroots committee decides.',
  },
  severity: 'warning',
  appliesTo: ['member'],
  messages: {
    wrongBody: {
      vi: 'Miễn sinh hoạt vì lý do "{reason}" do {expected} quyết định, hồ sơ ghi {decidedBy}.',
      en: 'An exemption for "{reason}" is decided by {expectedEn}; the record says {decidedBy}.',
    },
    noCertificate: {
      vi: 'Miễn sinh hoạt vì tuổi cao, sức yếu cần giấy xác nhận của cơ sở y tế có thẩm quyền.',
      en: 'An exemption for age or health needs a certificate from a competent health facility.',
    },
  },
  select: exemptionDecisionSubjects,
  versions: [
    {
      from: '2025-09-29',
      citations: [
        { document: 'dieu-le-2011', article: '7' },
        { document: 'hd-38-2025', section: 'mục IV.1' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const { event, index } = ctx.subject;
    const path = ['events', index];
    if (event.reason === 'ageOrHealth') {
      if (event.decidedBy && event.decidedBy !== 'cell')
        ctx.report('wrongBody', {
          path: [...path, 'decidedBy'],
          facts: { reason: event.reason, decidedBy: event.decidedBy },
          args: { reason: event.reason, decidedBy: event.decidedBy, expected: 'chi bộ', expectedEn: 'the cell' },
        });
      if (event.medicalCertificate === false) ctx.report('noCertificate', { path: [...path, 'medicalCertificate'] });
    } else if (event.decidedBy === 'cell')
      ctx.report('wrongBody', {
        path: [...path, 'decidedBy'],
        facts: { reason: event.reason, decidedBy: event.decidedBy },
        args: {
          reason: event.reason,
          decidedBy: event.decidedBy,
          expected: 'đảng ủy cơ sở',
          expectedEn: 'the grassroots committee',
        },
      });
  },
  examples: [
    {
      title: { vi: 'Nghỉ sinh con, đảng ủy cơ sở quyết định', en: 'Maternity, decided by the grassroots committee' },
      record: memberWith(
        [
          { type: 'admissionDecision', date: '2015-07-27' },
          { type: 'admissionCeremony', date: '2015-08-10' },
          { type: 'recognitionDecision', date: '2016-08-15' },
          { type: 'exemptionStart', date: '2025-10-06', reason: 'maternity', decidedBy: 'grassrootsCommittee' },
        ],
        { sex: 'female' },
      ),
      expect: [],
    },
    {
      title: { vi: 'Nghỉ sinh con, chi bộ tự quyết định', en: 'Maternity, decided by the cell' },
      record: memberWith(
        [
          { type: 'admissionDecision', date: '2015-07-27' },
          { type: 'admissionCeremony', date: '2015-08-10' },
          { type: 'recognitionDecision', date: '2016-08-15' },
          { type: 'exemptionStart', date: '2025-10-06', reason: 'maternity', decidedBy: 'cell' },
        ],
        { sex: 'female' },
      ),
      expect: ['wrongBody'],
    },
  ],
});
