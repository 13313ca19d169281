import { defineRule } from '../../kernel/rule.js';
import { isMoreThanHalf, majorityOf, roundElectorate } from '../model/congress.js';
import { BODY_NAMES, personLabel, safeId } from '../text.js';
import { eachRound, exampleCongress } from './select.js';

/**
 * `congress.election.majority`: a candidate is elected only with more than half of the votes counted against the
 * whole electorate summoned (Charter art. 12 cl. 3: the total of delegates summoned, or of official members
 * summoned) — not against the valid ballots or those present. Exempted members and members temporarily attached
 * elsewhere are summoned but count in that total only when they attend (HD 06 point 14.2). A secretary or deputy
 * elected by the new committee needs more than half of the committee. No more may be declared elected than the
 * seats to fill, and no one can get more votes than valid ballots.
 */
export const electionMajority = defineRule({
  id: 'congress.election.majority',
  family: 'congress',
  title: {
    vi: 'Trúng cử phải quá một nửa tổng số được triệu tập',
    en: 'Elected with more than half of all summoned',
  },
  description: {
    vi: 'Người trúng cử phải có số phiếu quá một nửa so với tổng số đại biểu hoặc đảng viên chính thức được triệu tập (không phải so với số phiếu hợp lệ); đảng viên miễn công tác, sinh hoạt tạm thời nơi khác chỉ tính vào tổng số khi có mặt.',
    en: 'A winner needs more than half of the delegates or official members summoned (not of the valid ballots); exempted and temporarily-away members count only when they attend.',
  },
  severity: 'error',
  appliesTo: ['congress'],
  messages: {
    notMajority: {
      vi: 'Bầu {body} lần {round}: {candidate} được công bố trúng cử với {votes} phiếu, chưa quá một nửa của {base} (cần ít nhất {needed}).',
      en: '{bodyEn} election, round {round}: {candidate} was declared elected with {votes} votes, not more than half of {base} (at least {needed} needed).',
    },
    tooManyElected: {
      vi: 'Bầu {body} lần {round}: {elected} người được công bố trúng cử, nhiều hơn số cần bầu ({seats}).',
      en: '{bodyEn} election, round {round}: {elected} declared elected, more than the {seats} seats.',
    },
    votesOverBallots: {
      vi: 'Bầu {body} lần {round}: {candidate} có {votes} phiếu, nhiều hơn số phiếu hợp lệ ({ballots}).',
      en: '{bodyEn} election, round {round}: {candidate} has {votes} votes, more than the {ballots} valid ballots.',
    },
    ballotsOverElectorate: {
      vi: 'Bầu {body} lần {round}: {ballots} phiếu hợp lệ nhưng chỉ {base} người có quyền bầu.',
      en: '{bodyEn} election, round {round}: {ballots} valid ballots but only {base} electors.',
    },
  },
  select: eachRound,
  versions: [
    {
      from: '2011-01-19',
      to: '2025-06-08',
      citations: [{ document: 'dieu-le-2011', article: '12', clause: '3' }],
      confidence: 'verified',
      note: {
        vi: 'Đảng viên miễn công tác, sinh hoạt tạm thời vắng mặt không tính vào tổng số: cách tính của HD 06, áp dụng cho trước đó (suy ra).',
        en: 'Absent exempted and temporarily-away members left out of the total: HD 06’s reading, applied earlier too (inferred).',
      },
    },
    {
      from: '2025-06-09',
      citations: [
        { document: 'dieu-le-2011', article: '12', clause: '3' },
        { document: 'hd-06-2025', point: '14.2' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const r = ctx.subject;
    const base = roundElectorate(ctx.record, r);
    const names = { body: BODY_NAMES[r.body].vi, bodyEn: capital(BODY_NAMES[r.body].en), round: r.round };
    const ballots = r.validBallots;
    if (ballots !== undefined && base > 0 && ballots > base)
      ctx.report('ballotsOverElectorate', {
        path: [...ctx.subjectPath, 'validBallots'],
        facts: { ballots, base },
        args: { ...names, ballots, base },
      });
    let elected = 0;
    r.candidates.forEach((x, i) => {
      const candidate = personLabel(x);
      if (ballots !== undefined && x.votes > ballots)
        ctx.report('votesOverBallots', {
          path: [...ctx.subjectPath, 'candidates', i, 'votes'],
          facts: { candidateId: safeId(x.id), votes: x.votes, ballots },
          args: { ...names, candidate, votes: x.votes, ballots },
        });
      if (!x.elected) return;
      elected++;
      if (!isMoreThanHalf(x.votes, base))
        ctx.report('notMajority', {
          path: [...ctx.subjectPath, 'candidates', i],
          facts: { candidateId: safeId(x.id), votes: x.votes, base, needed: majorityOf(base) },
          args: { ...names, candidate, votes: x.votes, base, needed: majorityOf(base) },
        });
    });
    if (r.seats !== undefined && elected > r.seats)
      ctx.report('tooManyElected', {
        path: [...ctx.subjectPath, 'candidates'],
        facts: { elected, seats: r.seats },
        args: { ...names, elected, seats: r.seats },
      });
  },
  examples: [
    {
      title: { vi: '20/38 phiếu (tổng số tính là 38)', en: '20 of 38 votes (38 counted)' },
      record: exampleCongress(
        {
          form: 'members',
          summoned: { total: 40, exempted: 2 },
          attended: { total: 36 },
          elections: [
            {
              body: 'committee',
              round: 1,
              seats: 1,
              validBallots: 36,
              candidates: [{ id: 'A', votes: 20, elected: true }],
            },
          ],
        },
        40,
      ),
      expect: [],
    },
    {
      title: { vi: '20/40: quá nửa số có mặt nhưng không quá nửa tổng số', en: '20 of 40: half of those summoned' },
      record: exampleCongress(
        {
          summoned: { total: 40 },
          attended: { total: 36 },
          elections: [
            {
              body: 'committee',
              round: 1,
              seats: 1,
              validBallots: 36,
              candidates: [{ id: 'A', votes: 20, elected: true }],
            },
          ],
        },
        40,
      ),
      expect: ['notMajority'],
    },
  ],
});

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
