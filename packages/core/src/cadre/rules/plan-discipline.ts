import type { CivilDate } from '../../date/civil-date.js';
import { completedMonths } from '../../date/completed-period.js';
import { defineRule, type Subject } from '../../kernel/rule.js';
import type { Discipline } from '../../ranking/model/discipline.js';
import { formArgs } from '../../ranking/rules/text.js';
import type { CadrePlan, PlanEntry } from '../model/plan.js';
import { disciplineBarMonths } from '../parameters.js';
import { activeEntries, examplePlan, indexPlan } from './plan-shared.js';

interface PlanDisciplineSubject {
  readonly entry: PlanEntry;
  /** Set for a discipline decided after the plan was approved: judged at its own date. */
  readonly after?: Discipline;
}

function* subjects(plan: CadrePlan): Iterable<Subject<PlanDisciplineSubject>> {
  const { cadres } = indexPlan(plan);
  for (const { entry, index } of activeEntries(plan)) {
    const path = ['entries', index];
    yield { value: { entry }, actDate: plan.approvedOn, path };
    for (const d of cadres.get(entry.cadreId)?.discipline ?? [])
      if (!d.annulled && d.decidedOn > plan.approvedOn && (!entry.removedOn || entry.removedOn < d.decidedOn))
        yield { value: { entry, after: d }, actDate: d.decidedOn, path };
  }
}

/**
 * `cadre.plan.discipline`: a cadre disciplined from reprimand up leaves the plan (QĐ 50: automatically; QĐ 377:
 * immediately after the decision), and is not planned for a higher post before the bar has run from the decision:
 * 12 / 30 / 60 months (reprimand / warning / removal from post) under QĐ 80, 24 / 36 / 60 under QĐ 377.
 */
export const planDiscipline = defineRule({
  id: 'cadre.plan.discipline',
  family: 'cadre',
  title: { vi: 'Cán bộ bị kỷ luật và quy hoạch', en: 'Discipline and planning' },
  severity: 'error',
  appliesTo: ['cadrePlan'],
  parameters: { bars: disciplineBarMonths },
  messages: {
    barred: {
      vi: 'Cán bộ {cadreId} bị kỷ luật {form} ngày {decidedOn}; đến ngày phê duyệt {approvedOn} mới được {months} tháng (cần {bar} tháng) nên chưa được quy hoạch chức danh cao hơn.',
      en: 'Cadre {cadreId} was disciplined ({formEn}) on {decidedOn}: {months} months by approval on {approvedOn} ({bar} needed), too soon to be planned for a higher post.',
    },
    mustRemove: {
      vi: 'Cán bộ {cadreId} bị kỷ luật {form} ngày {decidedOn} sau khi được quy hoạch: phải đưa ra khỏi quy hoạch.',
      en: 'Cadre {cadreId} was disciplined ({formEn}) on {decidedOn}, after being planned: must be removed from the plan.',
    },
  },
  select: subjects,
  versions: [
    {
      from: '2021-12-27',
      to: '2022-08-17',
      citations: [{ document: 'qd-50-2021' }, { document: 'qd-105-2017' }],
      confidence: 'secondary',
    },
    {
      from: '2022-08-18',
      to: '2025-10-07',
      citations: [{ document: 'qd-50-2021' }, { document: 'qd-80-2022' }],
      confidence: 'verified',
    },
    {
      from: '2025-10-08',
      to: '2025-11-20',
      citations: [{ document: 'qd-377-2025', article: '29' }],
      confidence: 'secondary',
    },
    {
      from: '2025-11-21',
      citations: [
        { document: 'qd-377-2025', article: '29' },
        { document: 'hd-45-2025', section: 'Mục II.8' },
      ],
      confidence: 'secondary',
      note: {
        vi: 'Rời quy hoạch ngay khi bị kỷ luật: HD 45 mục II.8 (đã đối chiếu). Dùng cùng ngưỡng tháng như bổ nhiệm là suy luận (chưa thấy).',
        en: 'Leaving the plan at once when disciplined: HD 45 II.8 (read). Using the appointment bars as planning bars is an inference (not seen).',
      },
    },
  ],
  check(ctx) {
    const { entry, after } = ctx.subject;
    const cadre = indexPlan(ctx.record).cadres.get(entry.cadreId);
    if (!cadre) return;
    if (after) {
      if (after.decidedOn > ctx.asOf) return;
      ctx.report('mustRemove', {
        path: [...ctx.subjectPath, 'removedOn'],
        facts: { cadreId: entry.cadreId, form: after.form, decidedOn: after.decidedOn },
        args: { cadreId: entry.cadreId, ...formArgs(after.form), decidedOn: after.decidedOn },
      });
      return;
    }
    const approvedOn = ctx.record.approvedOn as CivilDate;
    for (const d of cadre.discipline ?? []) {
      if (d.decidedOn > approvedOn || d.annulled) continue;
      const bar = d.form === 'expulsion' ? Number.POSITIVE_INFINITY : ctx.params.bars[d.form];
      const months = completedMonths(d.decidedOn, approvedOn);
      if (months < bar) {
        ctx.report('barred', {
          facts: {
            cadreId: entry.cadreId,
            form: d.form,
            decidedOn: d.decidedOn,
            approvedOn,
            months,
            bar: Number.isFinite(bar) ? bar : null,
          },
          args: {
            cadreId: entry.cadreId,
            ...formArgs(d.form),
            decidedOn: d.decidedOn,
            approvedOn,
            months,
            bar: Number.isFinite(bar) ? bar : '∞',
          },
        });
        return;
      }
    }
  },
  examples: [
    {
      title: { vi: 'Khiển trách đã 25 tháng (QĐ 377)', en: 'Reprimand 25 months before (QĐ 377)' },
      record: examplePlan(
        [{ cadreId: 'A', postId: 'PBT' }],
        [{ id: 'A', discipline: [{ form: 'reprimand', decidedOn: '2024-02-01' }] }],
      ),
      expect: [],
    },
    {
      title: { vi: 'Cảnh cáo 30 tháng trước (QĐ 377 cần 36)', en: 'Warning 30 months before (QĐ 377 needs 36)' },
      record: examplePlan(
        [{ cadreId: 'A', postId: 'PBT' }],
        [{ id: 'A', discipline: [{ form: 'warning', decidedOn: '2023-09-15' }] }],
      ),
      expect: ['barred'],
    },
  ],
});
