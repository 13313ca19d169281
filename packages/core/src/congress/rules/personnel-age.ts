import { serviceMonthsLeft } from '../../cadre/model/service.js';
import { defineRule } from '../../kernel/rule.js';
import { ageReferenceDate } from '../model/age.js';
import { congressLevelOn } from '../model/organization.js';
import { committeeAge } from '../parameters.js';
import { dmy, monthsText, personLabel, safeId } from '../text.js';
import { eachCandidate, examplePlan } from './select.js';

const parameters = { age: committeeAge };

/**
 * `congress.personnel.age`: at the age reference date of the level (the start of the congress at that level, as
 * the directive of the cycle names it), a first-time committee member needs working time left for at least a full
 * term, and a re-elected one at least 48 months (CT 45-CT/TW, 2025–2030). Working time left runs to the retirement
 * age of the NĐ 135/2020 roadmap, or to the person's own retirement age when the record gives it. Cases the
 * competent level decided as exceptions (`ageException`) are not judged, nor Central Committee members (their ages
 * are left to the Politburo). For 2020–2025 (CT 35-CT/TW 2019) the
 * figures are inferred from provincial birth-month cut-offs: a full term and half a term, with the 2012 Labour
 * Code's retirement ages (60 and 55) for reference dates before 2021.
 */
export const personnelAge = defineRule({
  id: 'congress.personnel.age',
  family: 'congress',
  title: {
    vi: 'Tuổi tham gia cấp ủy lần đầu và tái cử',
    en: 'Age for a first committee seat and for re-election',
  },
  description: {
    vi: 'Tại thời điểm tính tuổi của từng cấp: người lần đầu tham gia cấp ủy còn thời gian công tác ít nhất trọn 1 nhiệm kỳ; người tái cử còn ít nhất 48 tháng (Chỉ thị 45). Nhiệm kỳ 2020–2025: trọn 1 nhiệm kỳ và nửa nhiệm kỳ (suy ra từ hướng dẫn của tỉnh).',
    en: 'At the age reference date of each level: a first-time committee member needs a full term of working time left; a re-elected one at least 48 months (CT 45). 2020–2025: a full term and half a term (inferred from provincial guidance).',
  },
  severity: 'error',
  appliesTo: ['personnelPlan'],
  parameters,
  messages: {
    firstTimeShort: {
      vi: '{candidate} lần đầu tham gia cấp ủy nhưng tại thời điểm tính tuổi ({at}) chỉ còn {left} công tác; cần ít nhất {need}.',
      en: '{candidate} would join the committee for the first time but has only {leftEn} of working time left at the reference date ({at}); at least {needEn} needed.',
    },
    reelectionShort: {
      vi: '{candidate} được giới thiệu tái cử nhưng tại thời điểm tính tuổi ({at}) chỉ còn {left} công tác; cần ít nhất {need}.',
      en: '{candidate} is proposed for re-election but has only {leftEn} of working time left at the reference date ({at}); at least {needEn} needed.',
    },
  },
  select: eachCandidate,
  versions: [
    {
      from: '2019-10-25',
      to: '2020-12-31',
      citations: [{ document: 'ct-35-2019' }, { document: 'kl-60-2019' }, { document: 'blld-2012', article: '187' }],
      confidence: 'secondary',
      note: {
        vi: 'Thời điểm tính tuổi trước 2021: tuổi nghỉ hưu 60 (nam), 55 (nữ) của Bộ luật Lao động 2012.',
        en: 'Reference dates before 2021: retirement at 60 (men) and 55 (women) under the 2012 Labour Code.',
      },
    },
    {
      from: '2021-01-01',
      to: '2024-06-13',
      citations: [{ document: 'ct-35-2019' }, { document: 'kl-60-2019' }, { document: 'nd-135-2020', article: '4' }],
      confidence: 'secondary',
    },
    { from: '2024-06-14', to: '2025-04-13', citations: [{ document: 'ct-35-2024' }], confidence: 'recalled' },
    {
      from: '2025-04-14',
      citations: [{ document: 'ct-45-2025' }, { document: 'nd-135-2020', article: '4' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const x = ctx.subject;
    if (x.ageException) return;
    // Central Committee members' ages are left to the Politburo (KL 60, CT 45): not judged here.
    if (congressLevelOn(ctx.record.organization, ctx.actDate).level === 'national') return;
    const { date: at, basis } = ageReferenceDate(ctx.record);
    const need = x.firstTime ? ctx.params.age.firstTimeMonths : ctx.params.age.reelectionMonths;
    if (need === null) return;
    // Before 2021 the 2012 Labour Code's ages applied (the roadmap of NĐ 135/2020 starts on 1/1/2021).
    const person =
      at < '2021-01-01' && x.retirementAgeMonths === undefined
        ? { ...x, retirementAgeMonths: x.sex === 'male' ? 720 : 660 }
        : x;
    const left = serviceMonthsLeft(person, at);
    if (left >= need) return;
    const l = monthsText(left);
    const n = monthsText(need);
    ctx.report(x.firstTime ? 'firstTimeShort' : 'reelectionShort', {
      path: [...ctx.subjectPath, 'birthDate'],
      facts: {
        candidateId: safeId(x.id),
        referenceDate: at,
        referenceBasis: basis,
        monthsLeft: left,
        monthsNeeded: need,
      },
      args: { candidate: personLabel(x), at: dmy(at), left: l.vi, leftEn: l.en, need: n.vi, needEn: n.en },
    });
  },
  examples: [
    {
      title: { vi: 'Tái cử, nam sinh 01/1968: còn 57 tháng', en: 'Re-election, man born 01/1968: 57 months left' },
      record: examplePlan([{ id: 'A', birthDate: '1968-01-15', sex: 'male', firstTime: false }]),
      expect: [],
    },
    {
      title: {
        vi: 'Lần đầu, nam sinh 06/1966: chưa đủ 1 nhiệm kỳ',
        en: 'First time, man born 06/1966: short of a term',
      },
      record: examplePlan([{ id: 'B', birthDate: '1966-06-10', sex: 'male', firstTime: true }]),
      expect: ['firstTimeShort'],
    },
    {
      title: { vi: 'Tái cử, nam sinh 01/1967: còn 46 tháng', en: 'Re-election, man born 01/1967: 46 months left' },
      record: examplePlan([{ id: 'C', birthDate: '1967-01-15', sex: 'male', firstTime: false }]),
      expect: ['reelectionShort'],
    },
  ],
});
