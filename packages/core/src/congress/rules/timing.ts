import { addMonths } from '../../date/add-months.js';
import { completedMonths } from '../../date/completed-period.js';
import { defineRuleFor, wholeRecord } from '../../kernel/rule.js';
import type { Congress } from '../model/congress.js';
import { congressLevelOn, TWO_LEVEL_FROM } from '../model/organization.js';
import { congressCycle } from '../parameters.js';
import { dmy, levelArgs, monthsText } from '../text.js';
import { exampleCongress } from './select.js';

const parameters = { cycle: congressCycle };

/**
 * `congress.timing.cycle`: a congress is held when the cycle of its level says, counted from the previous
 * congress: every five years, at most a year earlier or later, for the national, provincial, district and
 * grassroots levels (Charter art. 15, 18, 22); twice in five years for a cell under a committee, at most six months
 * earlier or later with the grassroots committee's consent (art. 24 cl. 3); every five years for cells in the
 * QĐ 294 pilot (point 23.1; HD 06 point 13.4, from 1/7/2025, cells that are not grassroots cells). The first term
 * of a new, split or merged organization is not judged (HD 06 point 13.4), nor a congress whose level changed since
 * the previous one (communes in 2025 and 2026).
 */
export const congressTiming = defineRuleFor<Congress>()({
  id: 'congress.timing.cycle',
  family: 'congress',
  title: { vi: 'Đại hội đúng nhiệm kỳ của cấp', en: 'Congress held on its level’s cycle' },
  description: {
    vi: 'Đại hội toàn quốc, cấp tỉnh, cấp trên trực tiếp cơ sở và cơ sở: 5 năm một lần, sớm hoặc muộn không quá 1 năm; chi bộ trực thuộc: 5 năm 2 lần, sớm hoặc muộn không quá 6 tháng khi đảng ủy cơ sở đồng ý; chi bộ thí điểm: 5 năm. Nhiệm kỳ đầu của tổ chức mới thành lập, chia tách, hợp nhất không xét; cấp của đảng bộ xã thay đổi từ 01/07/2025 và 26/07/2026.',
    en: 'National, provincial, above-grassroots and grassroots congresses every five years, at most a year early or late; cells under a committee twice in five years, at most six months early or late with consent; pilot cells every five years. First terms of new, split or merged organizations are not judged; communes changed level on 01/07/2025 and 26/07/2026.',
  },
  severity: 'error',
  appliesTo: ['congress'],
  parameters,
  messages: {
    tooEarly: {
      vi: 'Đại hội {level} khai mạc ngày {openedOn}, chỉ {interval} sau đại hội trước ({previousOn}); nhiệm kỳ {term}, sớm nhất là ngày {earliest}.',
      en: 'This {levelEn} congress opened on {openedOn}, only {intervalEn} after the previous one ({previousOn}); the term is {termEn}, so the earliest day is {earliest}.',
    },
    tooLate: {
      vi: 'Đại hội {level} khai mạc ngày {openedOn}, {interval} sau đại hội trước ({previousOn}); nhiệm kỳ {term}, muộn nhất là ngày {latest}.',
      en: 'This {levelEn} congress opened on {openedOn}, {intervalEn} after the previous one ({previousOn}); the term is {termEn}, so the latest day is {latest}.',
    },
    districtEnded: {
      vi: 'Từ ngày 01/07/2025 không còn cấp huyện: không thể có đại hội đảng bộ huyện ngày {openedOn}.',
      en: 'There is no district level from 01/07/2025: a district congress cannot open on {openedOn}.',
    },
    pilotNotInForce: {
      vi: 'Thí điểm nhiệm kỳ chi bộ 5 năm chỉ áp dụng từ ngày 01/07/2025 (đại hội ngày {on}).',
      en: 'The five-year cell term pilot applies only from 01/07/2025 (congress of {on}).',
    },
    pilotNotCell: {
      vi: 'Thí điểm nhiệm kỳ 5 năm chỉ dành cho chi bộ trực thuộc, không áp dụng cho {level}.',
      en: 'The five-year term pilot is for cells under a committee only, not for a {levelEn} organization.',
    },
    previousAfter: {
      vi: 'Ngày đại hội trước ({previousOn}) không được sau ngày khai mạc ({openedOn}).',
      en: 'The previous congress ({previousOn}) cannot be after this opening ({openedOn}).',
    },
  },
  select: (c) => wholeRecord(c, c.openedOn),
  versions: [
    {
      from: '2011-01-19',
      to: '2025-06-30',
      citations: [
        { document: 'dieu-le-2011', article: '15', clause: '1' },
        { document: 'dieu-le-2011', article: '18', clause: '1' },
        { document: 'dieu-le-2011', article: '22', clause: '1' },
        { document: 'dieu-le-2011', article: '24', clause: '3' },
      ],
      confidence: 'verified',
    },
    {
      from: '2025-07-01',
      to: '2026-04-07',
      citations: [
        { document: 'dieu-le-2011', article: '24', clause: '3' },
        { document: 'qd-294-2025', point: '10.2' },
        { document: 'qd-294-2025', point: '23.1' },
        { document: 'hd-06-2025', point: '13.4' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Thí điểm nhiệm kỳ chi bộ 5 năm; đảng bộ xã, phường trực thuộc tỉnh là cấp trên trực tiếp cơ sở.',
        en: 'Five-year cell pilot; commune committees under the province are the level above grassroots.',
      },
    },
    {
      from: '2026-04-08',
      to: '2026-07-25',
      citations: [{ document: 'dieu-le-2011', article: '24', clause: '3' }, { document: 'qd-20-2026' }],
      confidence: 'secondary',
      note: {
        vi: 'Giữ nguyên từ QĐ 294; chưa thấy trong văn bản năm 2026.',
        en: 'Carried over from QĐ 294, not seen in the 2026 text.',
      },
    },
    {
      from: '2026-07-26',
      citations: [{ document: 'dieu-le-2011', article: '24', clause: '3' }, { document: 'qd-208-2026' }],
      confidence: 'secondary',
      note: {
        vi: 'Đảng bộ xã, phường, đặc khu là tổ chức cơ sở đảng trực thuộc tỉnh (theo nguồn không chính thức).',
        en: 'Commune organizations are grassroots organizations under the province (unofficial sources).',
      },
    },
  ],
  check(ctx) {
    const c = ctx.record;
    const now = congressLevelOn(c.organization, c.openedOn);
    if (c.organization.type === 'district' && c.openedOn >= TWO_LEVEL_FROM) {
      ctx.report('districtEnded', { path: ['organization', 'type'], args: { openedOn: dmy(c.openedOn) } });
      return;
    }
    if (c.pilotFiveYearTerm) {
      if (c.openedOn < TWO_LEVEL_FROM)
        ctx.report('pilotNotInForce', { path: ['pilotFiveYearTerm'], args: { on: dmy(c.openedOn) } });
      else if (now.level !== 'cell' || c.organization.type !== 'cell')
        ctx.report('pilotNotCell', { path: ['pilotFiveYearTerm'], args: levelArgs(now.level) });
    }
    const prev = c.previousOpenedOn;
    if (c.firstTerm || !prev) return;
    if (prev > c.openedOn) {
      ctx.report('previousAfter', {
        path: ['previousOpenedOn'],
        args: { previousOn: dmy(prev), openedOn: dmy(c.openedOn) },
      });
      return;
    }
    if (congressLevelOn(c.organization, prev).level !== now.level) return;
    if (c.previousTermPilot && prev < TWO_LEVEL_FROM) {
      ctx.report('pilotNotInForce', { path: ['previousTermPilot'], args: { on: dmy(prev) } });
      return;
    }
    const cycle =
      now.level === 'cell' && c.previousTermPilot ? ctx.params.cycle.cellPilot : ctx.params.cycle[now.level];
    if (!cycle) return;
    const earliest = addMonths(prev, cycle.termMonths - cycle.toleranceMonths);
    const latest = addMonths(prev, cycle.termMonths + cycle.toleranceMonths);
    const interval = completedMonths(prev, c.openedOn);
    const it = monthsText(interval);
    const term = monthsText(cycle.termMonths);
    const facts = {
      level: now.level,
      intervalMonths: interval,
      termMonths: cycle.termMonths,
      toleranceMonths: cycle.toleranceMonths,
      earliest,
      latest,
    };
    const args = {
      ...levelArgs(now.level),
      openedOn: dmy(c.openedOn),
      previousOn: dmy(prev),
      interval: it.vi,
      intervalEn: it.en,
      term: term.vi,
      termEn: term.en,
      earliest: dmy(earliest),
      latest: dmy(latest),
    };
    if (c.openedOn < earliest) ctx.report('tooEarly', { path: ['openedOn'], facts, args });
    else if (c.openedOn > latest) ctx.report('tooLate', { path: ['openedOn'], facts, args });
  },
  examples: [
    {
      title: { vi: 'Chi bộ: 2022 → 2025 (hai lần trong 5 năm)', en: 'Cell: 2022 → 2025 (twice in five years)' },
      record: exampleCongress({ previousOpenedOn: '2022-09-12' }),
      expect: [],
    },
    {
      title: { vi: 'Chi bộ: 2022 → 2025 muộn hơn 6 tháng', en: 'Cell: more than six months late' },
      record: exampleCongress({ previousOpenedOn: '2022-03-01', openedOn: '2025-03-10' }),
      expect: ['tooLate'],
    },
  ],
});
