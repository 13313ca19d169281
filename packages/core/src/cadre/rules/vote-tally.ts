import { defineRule } from '../../kernel/rule.js';
import { ballotsOf } from '../model/vote.js';
import { eachResult, exampleVote } from './select.js';

/** `cadre.vote.tally`: the ballots counted for a person cannot exceed the number present. */
export const voteTally = defineRule({
  id: 'cadre.vote.tally',
  family: 'cadre',
  title: { vi: 'Số phiếu không vượt quá số người có mặt', en: 'Ballots do not exceed those present' },
  severity: 'error',
  appliesTo: ['confidenceVote'],
  messages: {
    tooManyBallots: {
      vi: '{cadreId}: {ballots} phiếu nhưng chỉ có {present} người có mặt.',
      en: '{cadreId}: {ballots} ballots but only {present} present.',
    },
  },
  select: eachResult,
  versions: [
    { from: '2014-10-08', to: '2023-02-01', citations: [{ document: 'qd-262-2014' }], confidence: 'recalled' },
    { from: '2023-02-02', citations: [{ document: 'qd-96-2023' }], confidence: 'secondary' },
  ],
  check(ctx) {
    const ballots = ballotsOf(ctx.subject);
    if (ballots > ctx.record.present)
      ctx.report('tooManyBallots', { facts: { cadreId: ctx.subject.cadreId, ballots, present: ctx.record.present } });
  },
  examples: [
    {
      title: { vi: 'Đủ phiếu', en: 'Consistent' },
      record: exampleVote(30, 25, [{ cadreId: 'A', high: 10, confidence: 10, low: 5 }]),
      expect: [],
    },
    {
      title: { vi: 'Thừa phiếu', en: 'Too many ballots' },
      record: exampleVote(30, 25, [{ cadreId: 'A', high: 10, confidence: 10, low: 6 }]),
      expect: ['tooManyBallots'],
    },
  ],
});
