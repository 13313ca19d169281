import { defineRuleFor } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { decodeCitizenId } from '../citizen-id.js';

/**
 * `identity.citizenId.format`: a personal identification number has 12 digits whose first three name a
 * birth-registration province (or a country). A 9-digit CMND is accepted as a historical number (info).
 */
export const citizenIdFormat = defineRuleFor<Member>()({
  id: 'identity.citizenId.format',
  family: 'identity',
  title: { vi: 'Số định danh cá nhân đúng cấu trúc', en: 'Personal identification number is well formed' },
  description: {
    vi: 'Số định danh cá nhân gồm 12 chữ số; 3 chữ số đầu là mã tỉnh nơi đăng ký khai sinh (hoặc mã quốc gia).',
    en: 'The personal ID has 12 digits; the first three are the birth-registration province (or a country) code.',
  },
  severity: 'error',
  appliesTo: ['member'],
  messages: {
    format: {
      vi: 'Số định danh {masked} không đúng cấu trúc (cần 12 chữ số).',
      en: 'Identification number {masked} is malformed (12 digits expected).',
    },
    place: {
      vi: 'Số định danh {masked}: mã nơi đăng ký khai sinh "{placeCode}" không tồn tại.',
      en: 'Identification number {masked}: birth-registration code "{placeCode}" does not exist.',
    },
    legacy: {
      vi: 'Số {masked} là số CMND cũ (9 chữ số); nên cập nhật số định danh cá nhân 12 chữ số.',
      en: '{masked} is an old 9-digit CMND number; record the 12-digit personal ID instead.',
    },
  },
  // The structure of the number is a state of the data, not an act: judge it at the reporting date.
  select: (m) => (m.person.citizenId ? { value: m, actDate: 'asOf', path: ['person', 'citizenId'] } : null),
  versions: [
    {
      from: '2016-03-20',
      to: '2024-06-30',
      citations: [{ document: 'tt-07-2016-bca', article: '7' }],
      confidence: 'verified',
      note: {
        vi: 'Cấu trúc 12 số theo Thông tư 07/2016/TT-BCA; việc thông tư này được thay thế (có thể bởi TT 59/2021) chưa được đối chiếu.',
        en: 'The 12-digit structure of Circular 07/2016/TT-BCA; whether it was replaced (possibly by TT 59/2021) is not verified.',
      },
    },
    {
      from: '2024-07-01',
      citations: [
        { document: 'tt-07-2016-bca', article: '7' },
        { document: 'luat-can-cuoc-2023', article: '12' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const info = decodeCitizenId(ctx.record.person.citizenId ?? '');
    if (info.ok && info.kind === 'legacy-cmnd')
      ctx.report('legacy', { facts: { masked: info.masked }, severity: 'info' });
    else if (!info.ok && info.reason === 'format') ctx.report('format', { facts: { masked: info.masked } });
    else if (!info.ok) ctx.report('place', { facts: { masked: info.masked, placeCode: info.masked.slice(0, 3) } });
  },
  examples: [
    {
      title: { vi: 'Số hợp lệ', en: 'Valid number' },
      record: {
        kind: 'member',
        person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', citizenId: '087084000999' },
        events: [],
      },
      expect: [],
    },
    {
      title: { vi: 'Thiếu chữ số', en: 'Too short' },
      record: {
        kind: 'member',
        person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', citizenId: '08708400099' },
        events: [],
      },
      expect: ['format'],
    },
  ],
});
