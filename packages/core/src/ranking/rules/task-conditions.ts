import { defineRule, type Subject } from '../../kernel/rule.js';
import type { CollectiveEvaluation, MemberEvaluation, RankingRound, TaskResult } from '../model/round.js';
import { eachMember, eachOrganization, exampleRound } from './select.js';
import { levelArgs } from './text.js';

type Evaluation = MemberEvaluation | CollectiveEvaluation;
type Msg = 'excellent' | 'good' | 'completed' | 'overHalfNotCompleted';

function* everyEvaluation(round: RankingRound): Iterable<Subject<Evaluation>> {
  yield* eachMember(round);
  yield* eachOrganization(round);
}

/** What a level asks of the task results under QĐ 366, or the name of the condition missed. */
function missedCondition(level: string, t: TaskResult, overHalfApplies: boolean): Msg | undefined {
  const { assigned, completed } = t;
  if (assigned === 0) return undefined;
  const allDone = completed >= assigned;
  const allOnTime = t.onTime === undefined || t.onTime >= assigned;
  if (level === 'excellent') {
    const exceededEnough = t.exceeded === undefined || t.exceeded * 100 >= 30 * assigned;
    return allDone && allOnTime && exceededEnough ? undefined : 'excellent';
  }
  if (level === 'good') return allDone && allOnTime ? undefined : 'good';
  if (level === 'completed') {
    // Điều 11 k3: collectives, leaders and other individuals alike need every task done, at most 20 % late. For a
    // non-leader with more than half not done the root cause is the k4 ground (not completed), reported once.
    if (overHalfApplies && (assigned - completed) * 100 > 50 * assigned) return 'overHalfNotCompleted';
    const lateOk = t.onTime === undefined || (assigned - t.onTime) * 100 <= 20 * assigned;
    return allDone && lateOk ? undefined : 'completed';
  }
  return undefined;
}

/**
 * `ranking.tasks.conditions` (QĐ 366): the task results a level needs besides its points — excellent: every task done
 * on time and at least 30 % beyond requirements; good: every task done on time; completed (collectives): every task
 * done, at most 20 % behind schedule — for collectives and individuals alike (Điều 11 k3). A member without a leadership
 * post who left more than half of the year's tasks not completed is "not completed" (Điều 11 k4). Evaluations without task figures are not judged.
 */
export const taskConditions = defineRule({
  id: 'ranking.tasks.conditions',
  family: 'ranking',
  title: { vi: 'Điều kiện về kết quả thực hiện nhiệm vụ của từng mức', en: 'Task results each level requires' },
  severity: 'error',
  appliesTo: ['rankingRound'],
  messages: {
    excellent: {
      vi: '{id}: HTXS đòi hỏi 100% nhiệm vụ hoàn thành đúng tiến độ, ít nhất 30% vượt mức; kết quả: {completed}/{assigned} hoàn thành, {onTime} đúng hạn, {exceeded} vượt mức.',
      en: '{id}: "excellent" needs every task done on time and ≥ 30 % beyond requirements; got {completed}/{assigned} done, {onTime} on time, {exceeded} beyond.',
    },
    good: {
      vi: '{id}: HTT đòi hỏi 100% nhiệm vụ hoàn thành đúng tiến độ; kết quả: {completed}/{assigned} hoàn thành, {onTime} đúng hạn.',
      en: '{id}: "good" needs every task done on time; got {completed}/{assigned} done, {onTime} on time.',
    },
    completed: {
      vi: '{id}: mức HT đòi hỏi 100% nhiệm vụ hoàn thành, chậm tiến độ không quá 20%; kết quả: {completed}/{assigned} hoàn thành, {onTime} đúng hạn.',
      en: '{id}: "completed" needs every task done, at most 20 % late; got {completed}/{assigned} done, {onTime} on time.',
    },
    overHalfNotCompleted: {
      vi: '{id}: có {notCompleted}/{assigned} nhiệm vụ không hoàn thành (trên 50%) nên là KHT, nhưng được xếp {level}.',
      en: '{id}: {notCompleted}/{assigned} tasks not completed (over 50 %), so "not completed", but ranked {levelEn}.',
    },
  },
  select: everyEvaluation,
  versions: [
    {
      from: '2025-08-30',
      citations: [
        { document: 'qd-366-2025', article: '11', clause: '1-3' },
        { document: 'qd-366-2025', article: '11', clause: '4', point: '4.2' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Mức HT: 100% nhiệm vụ hoàn thành, chậm tiến độ không quá 20%, cho cả tập thể và cá nhân (khoản 3); trên 50% không hoàn thành chỉ là căn cứ KHT với người không giữ chức vụ lãnh đạo (khoản 4).',
        en: '"Completed": every task done, at most 20 % late, for collectives and individuals alike (cl. 3); over half not done is a "not completed" ground for non-leaders only (cl. 4).',
      },
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    const t = e.tasks;
    if (!e.level || !t) return;
    const collective = 'organizationId' in e;
    const overHalfApplies = !collective && !(e as MemberEvaluation).leadershipPost;
    let missed = missedCondition(e.level, t, overHalfApplies);
    if (!missed && overHalfApplies && e.level !== 'notCompleted' && (t.assigned - t.completed) * 100 > 50 * t.assigned)
      missed = 'overHalfNotCompleted';
    if (!missed) return;
    const id = collective ? e.organizationId : e.memberId;
    const facts = {
      id,
      level: e.level,
      assigned: t.assigned,
      completed: t.completed,
      notCompleted: t.assigned - t.completed,
      onTime: t.onTime ?? null,
      exceeded: t.exceeded ?? null,
    };
    ctx.report(missed, {
      path: [...ctx.subjectPath, 'level'],
      facts,
      args: { ...facts, ...levelArgs('level', e.level) },
    });
  },
  examples: [
    {
      title: { vi: 'HTXS đủ điều kiện', en: 'Excellent meeting the conditions' },
      record: exampleRound(2025, [
        {
          memberId: 'A',
          points: 93,
          level: 'excellent',
          tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 },
        },
      ]),
      expect: [],
    },
    {
      title: { vi: 'HTXS chỉ 2/10 vượt mức', en: 'Excellent with 2/10 beyond' },
      record: exampleRound(2025, [
        {
          memberId: 'A',
          points: 93,
          level: 'excellent',
          tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 2 },
        },
      ]),
      expect: ['excellent'],
    },
  ],
});
