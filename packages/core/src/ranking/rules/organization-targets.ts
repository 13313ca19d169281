import { defineRule } from '../../kernel/rule.js';
import type { CollectiveEvaluation } from '../model/round.js';
import { eachOrganization, exampleRound } from './select.js';
import { levelArgs } from './text.js';

/**
 * `ranking.organization.targets`: a collective that misses its targets is "not completed" — under QĐ 124 when under
 * 50 % of targets and tasks are met and key targets are missed; under QĐ 366 when under 70 % are met or the basic
 * targets are missed. A force-majeure cause is weighed by the competent level (reported as a warning).
 */
export const organizationTargets = defineRule({
  id: 'ranking.organization.targets',
  family: 'ranking',
  title: { vi: 'Tập thể không đạt chỉ tiêu, nhiệm vụ', en: 'Collective missing its targets' },
  severity: 'error',
  appliesTo: ['rankingRound'],
  messages: {
    capped: {
      vi: 'Tập thể {organizationId} đạt {met}/{total} chỉ tiêu, nhiệm vụ ({share}%){key}: chỉ được xếp KHT, nhưng được xếp {level}.',
      en: 'Collective {organizationId} met {met}/{total} targets ({share} %){keyEn}: "not completed" at most, but ranked {levelEn}.',
    },
    forceMajeure: {
      vi: 'Tập thể {organizationId} đạt {met}/{total} chỉ tiêu ({share}%){key} do nguyên nhân bất khả kháng: mức {level} do cấp có thẩm quyền xem xét.',
      en: 'Collective {organizationId} met {met}/{total} targets ({share} %){keyEn} for force-majeure reasons: level {levelEn} is for the competent level to weigh.',
    },
  },
  select: eachOrganization,
  versions: [
    {
      from: '2023-10-04',
      to: '2025-08-29',
      citations: [{ document: 'qd-124-2023', article: '12', clause: '4', point: '4.1' }],
      confidence: 'verified',
      check(ctx) {
        const e = ctx.subject;
        const t = e.targets;
        if (!t || !e.level || e.level === 'notCompleted' || t.total === 0) return;
        if (t.met * 100 < 50 * t.total && t.keyTargetsMissed) report(ctx, e, t.forceMajeure === true);
      },
    },
    {
      from: '2025-08-30',
      citations: [{ document: 'qd-366-2025', article: '11', clause: '4' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    const t = e.targets;
    if (!t || !e.level || e.level === 'notCompleted' || t.total === 0) return;
    if (t.met * 100 < 70 * t.total || t.keyTargetsMissed) report(ctx, e, t.forceMajeure === true);
  },
  examples: [
    {
      title: { vi: 'QĐ 366: đạt 7/10', en: 'QĐ 366: 7 of 10 met' },
      record: exampleRound(2025, [], {
        organizations: [{ organizationId: 'CB1', level: 'completed', targets: { total: 10, met: 7 } }],
      }),
      expect: [],
    },
    {
      title: { vi: 'QĐ 366: đạt 6/10', en: 'QĐ 366: 6 of 10 met' },
      record: exampleRound(2025, [], {
        organizations: [{ organizationId: 'CB1', level: 'completed', targets: { total: 10, met: 6 } }],
      }),
      expect: ['capped'],
    },
  ],
});

function report(
  ctx: { subjectPath: readonly (string | number)[]; report: (id: 'capped' | 'forceMajeure', o: object) => void },
  e: CollectiveEvaluation,
  forceMajeure: boolean,
): void {
  const t = e.targets!;
  const share = Math.round((t.met * 1000) / t.total) / 10;
  const facts = {
    organizationId: e.organizationId,
    met: t.met,
    total: t.total,
    share,
    keyTargetsMissed: t.keyTargetsMissed === true,
    level: e.level ?? null,
  };
  ctx.report(forceMajeure ? 'forceMajeure' : 'capped', {
    path: [...ctx.subjectPath, 'level'],
    ...(forceMajeure ? { severity: 'warning' } : {}),
    facts,
    args: {
      ...facts,
      ...levelArgs('level', e.level),
      key: t.keyTargetsMissed ? ', có chỉ tiêu chủ yếu không đạt' : '',
      keyEn: t.keyTargetsMissed ? ', key targets missed' : '',
    },
  });
}
