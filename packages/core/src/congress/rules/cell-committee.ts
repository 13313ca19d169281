import { defineRuleFor, wholeRecord } from '../../kernel/rule.js';
import type { Congress } from '../model/congress.js';
import { congressLevelOn } from '../model/organization.js';
import { cellCommitteeMax } from '../parameters.js';
import { exampleCongress } from './select.js';

const parameters = { limits: cellCommitteeMax };

/** Official members of a cell for the committee rule: as given, or all summoned to a members' congress. */
const officialOf = (c: Congress): number | undefined =>
  c.officialMembers ?? (c.form === 'delegates' ? undefined : c.summoned.total);

/**
 * `congress.cell.committee`: a cell with at least 9 official members elects a cell committee, then the secretary
 * and a deputy from it; a smaller cell elects only a secretary (and a deputy if needed) (Charter art. 24 cl. 4);
 * from 1/7/2025 a cell committee has at most 7 members (QĐ 294, points 23.1–23.4).
 */
export const cellCommittee = defineRuleFor<Congress>()({
  id: 'congress.cell.committee',
  family: 'congress',
  title: {
    vi: 'Chi bộ từ 9 đảng viên chính thức bầu chi ủy, không quá 7 chi ủy viên',
    en: 'Cells of 9+ official members elect a committee of at most 7',
  },
  description: {
    vi: 'Chi bộ có từ 9 đảng viên chính thức trở lên bầu chi ủy; dưới 9 chỉ bầu bí thư (và phó bí thư nếu cần). Từ 01/07/2025 chi ủy không quá 7 người.',
    en: 'Cells with 9 or more official members elect a cell committee; smaller cells only a secretary (and a deputy if needed). From 01/07/2025 a cell committee has at most 7 members.',
  },
  severity: 'error',
  appliesTo: ['congress'],
  parameters,
  messages: {
    tooFewForCommittee: {
      vi: 'Chi bộ có {official} đảng viên chính thức (dưới {min}): bầu bí thư (và phó bí thư nếu cần), không bầu chi ủy ({size} chi ủy viên).',
      en: 'The cell has {official} official members (under {min}): it elects a secretary (and a deputy if needed), not a committee of {size}.',
    },
    tooLarge: {
      vi: 'Chi ủy {size} người, vượt số tối đa {max} chi ủy viên.',
      en: 'A cell committee of {size} exceeds the maximum of {max}.',
    },
  },
  select: (c) => wholeRecord(c, c.openedOn),
  versions: [
    {
      from: '2011-01-19',
      to: '2025-06-30',
      citations: [{ document: 'dieu-le-2011', article: '24', clause: '4' }],
      confidence: 'verified',
    },
    {
      from: '2025-07-01',
      to: '2026-04-07',
      citations: [
        { document: 'dieu-le-2011', article: '24', clause: '4' },
        { document: 'qd-294-2025', section: 'điểm 23.1–23.4' },
      ],
      confidence: 'verified',
    },
    {
      from: '2026-04-08',
      citations: [{ document: 'dieu-le-2011', article: '24', clause: '4' }, { document: 'qd-20-2026' }],
      confidence: 'secondary',
      note: {
        vi: 'Giữ nguyên từ QĐ 294; chưa thấy trong văn bản năm 2026.',
        en: 'Carried over from QĐ 294, not seen in the 2026 text.',
      },
    },
  ],
  check(ctx) {
    const c = ctx.record;
    if (!congressLevelOn(c.organization, c.openedOn).isCell) return;
    const size = c.committeeSize;
    if (size === undefined || size === 0) return;
    const { minOfficialMembers: min, maxMembers: max } = ctx.params.limits;
    const official = officialOf(c);
    if (official !== undefined && official < min)
      ctx.report('tooFewForCommittee', { path: ['committeeSize'], facts: { official, min, size } });
    else if (max !== null && size > max) ctx.report('tooLarge', { path: ['committeeSize'], facts: { size, max } });
  },
  examples: [
    {
      title: { vi: '9 đảng viên, chi ủy 3 người', en: '9 members, committee of 3' },
      record: exampleCongress({ committeeSize: 3 }, 9),
      expect: [],
    },
    {
      title: { vi: '8 đảng viên bầu chi ủy', en: '8 members electing a committee' },
      record: exampleCongress({ committeeSize: 3 }, 8),
      expect: ['tooFewForCommittee'],
    },
    {
      title: { vi: 'Chi bộ 40 đảng viên, chi ủy 9 người (2025)', en: 'Cell of 40, committee of 9 (2025)' },
      record: exampleCongress({ committeeSize: 9, openedOn: '2025-09-15', previousOpenedOn: '2023-03-01' }, 40),
      expect: ['tooLarge'],
    },
  ],
});
