import { defineRuleFor } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { decodeCitizenId } from '../citizen-id.js';

/**
 * `identity.citizenId.matchesPerson`: digit 4 (century and sex) and digits 5–6 (year of birth) of the personal ID
 * must agree with the recorded sex and birth date.
 */
export const citizenIdMatchesPerson = defineRuleFor<Member>()({
  id: 'identity.citizenId.matchesPerson',
  family: 'identity',
  title: { vi: 'Số định danh khớp năm sinh và giới tính', en: 'Personal ID agrees with birth year and sex' },
  severity: 'error',
  appliesTo: ['member'],
  messages: {
    sex: {
      vi: 'Số định danh {masked} mã hóa giới tính {idSex}, nhưng hồ sơ ghi {recordedSex}.',
      en: 'Identification number {masked} encodes sex {idSex}, but the record says {recordedSex}.',
    },
    birthYear: {
      vi: 'Số định danh {masked} mã hóa năm sinh {idYear}, nhưng hồ sơ ghi năm sinh {recordedYear}.',
      en: 'Identification number {masked} encodes birth year {idYear}, but the record says {recordedYear}.',
    },
  },
  select: (m) => (m.person.citizenId ? { value: m, actDate: 'asOf', path: ['person', 'citizenId'] } : null),
  versions: [
    {
      from: '2016-03-20',
      citations: [{ document: 'tt-07-2016-bca', article: '7', clause: '2' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const p = ctx.record.person;
    const info = decodeCitizenId(p.citizenId ?? '');
    if (!info.ok || info.kind !== 'personal-id') return;
    const recordedYear = Number(p.birthDate.slice(0, 4));
    if (info.birthYear !== recordedYear)
      ctx.report('birthYear', { facts: { masked: info.masked, idYear: info.birthYear, recordedYear } });
    if (info.sex !== p.sex)
      ctx.report('sex', {
        path: ['person', 'sex'],
        facts: { masked: info.masked, idSex: info.sex, recordedSex: p.sex },
      });
  },
  examples: [
    {
      title: { vi: 'Sai giới tính', en: 'Wrong sex' },
      record: {
        kind: 'member',
        person: { fullName: 'Trần Văn Bình', birthDate: '2001-05-09', sex: 'male', citizenId: '001301012345' },
        events: [],
      },
      expect: ['sex'],
    },
    {
      title: { vi: 'Khớp', en: 'Agrees' },
      record: {
        kind: 'member',
        person: { fullName: 'Trần Thị Bình', birthDate: '2001-05-09', sex: 'female', citizenId: '001301012345' },
        events: [],
      },
      expect: [],
    },
    {
      title: { vi: 'Sai năm sinh', en: 'Wrong year' },
      record: {
        kind: 'member',
        person: { fullName: 'Trần Thị Bình', birthDate: '2002-05-09', sex: 'female', citizenId: '001301012345' },
        events: [],
      },
      expect: ['birthYear'],
    },
  ],
});
