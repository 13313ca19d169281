import { defineRule, type Subject } from '../../kernel/rule.js';
import { type Level, levelRank } from '../model/level.js';
import type { CollectiveEvaluation, MemberEvaluation, RankingRound } from '../model/round.js';
import { pointBands } from '../parameters.js';
import { eachMember, eachOrganization, exampleRound } from './select.js';
import { levelArgs } from './text.js';

type Evaluation = MemberEvaluation | CollectiveEvaluation;
type Bands = { excellent: number; good: number; completed: number };

/** The level a score falls in: ≥ 90 excellent, 70–< 90 good, 50–< 70 completed, < 50 not completed. */
export function levelForPoints(points: number, bands: Bands = { excellent: 90, good: 70, completed: 50 }): Level {
  return points >= bands.excellent
    ? 'excellent'
    : points >= bands.good
      ? 'good'
      : points >= bands.completed
        ? 'completed'
        : 'notCompleted';
}

function* everyEvaluation(round: RankingRound): Iterable<Subject<Evaluation>> {
  yield* eachMember(round);
  yield* eachOrganization(round);
}

const idOf = (e: Evaluation) => ('memberId' in e ? e.memberId : e.organizationId);

/**
 * `ranking.points.band` (QĐ 366): on the 100-point scale a level needs its band — excellent ≥ 90, good 70 to < 90,
 * completed 50 to < 70, not completed < 50. A level above the band of the score is an error; a level below it is
 * allowed (a disqualifying case or a missing extra condition) and reported as information; a ranked evaluation
 * without a score is a warning.
 */
export const pointsBand = defineRule({
  id: 'ranking.points.band',
  family: 'ranking',
  title: { vi: 'Điểm và mức xếp loại phải khớp (thang 100 điểm)', en: 'Points and level agree (100-point scale)' },
  description: {
    vi: 'HTXS từ 90 điểm; HTT từ 70 đến dưới 90; HT từ 50 đến dưới 70; KHT dưới 50 điểm.',
    en: 'Excellent from 90 points; good 70 to under 90; completed 50 to under 70; not completed under 50.',
  },
  severity: 'error',
  appliesTo: ['rankingRound'],
  parameters: { bands: pointBands },
  messages: {
    aboveBand: {
      vi: '{id}: {points} điểm chỉ đạt mức {band}, nhưng được xếp {level}.',
      en: '{id}: {points} points reach {bandEn} at most, but the level is {levelEn}.',
    },
    belowBand: {
      vi: '{id}: {points} điểm thuộc mức {band} nhưng được xếp {level}; ghi rõ căn cứ (trường hợp KHT, điều kiện của mức).',
      en: '{id}: {points} points fall in {bandEn} but the level is {levelEn}; state the ground.',
    },
    missing: {
      vi: '{id}: được xếp {level} nhưng không có tổng điểm (QĐ 366 chấm theo thang 100 điểm).',
      en: '{id}: ranked {levelEn} without a score (QĐ 366 uses the 100-point scale).',
    },
  },
  select: everyEvaluation,
  versions: [
    {
      from: '2025-08-30',
      citations: [{ document: 'qd-366-2025', article: '11', clause: '1-4' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    if (!e.level) return;
    const id = idOf(e);
    const path = [...ctx.subjectPath, 'level'];
    if (e.points === undefined) {
      ctx.report('missing', {
        path,
        severity: 'warning',
        facts: { id, level: e.level },
        args: { id, ...levelArgs('level', e.level) },
      });
      return;
    }
    const band = levelForPoints(e.points, ctx.params.bands);
    if (band === e.level) return;
    const facts = { id, points: e.points, band, level: e.level };
    const args = { id, points: e.points, ...levelArgs('band', band), ...levelArgs('level', e.level) };
    if (levelRank(e.level) > levelRank(band)) ctx.report('aboveBand', { path, facts, args });
    else ctx.report('belowBand', { path, severity: 'info', facts, args });
  },
  examples: [
    {
      title: { vi: '92 điểm, HTXS', en: '92 points, excellent' },
      record: exampleRound(2025, [{ memberId: 'A', points: 92, level: 'excellent' }]),
      expect: [],
    },
    {
      title: { vi: '89,5 điểm mà xếp HTXS', en: '89.5 points ranked excellent' },
      record: exampleRound(2025, [{ memberId: 'A', points: 89.5, level: 'excellent' }]),
      expect: ['aboveBand'],
    },
  ],
});
