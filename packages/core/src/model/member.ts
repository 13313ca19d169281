import { z } from 'zod';
import { defineRecordKind } from '../kernel/record-kind.js';
import { prepareMember, sourcePathOf } from '../records/corrections.js';
import { type MemberEvent, memberEventSchema } from './events/index.js';
import { personSchema } from './person.js';

export { authorityBodySchema, authorityLevelSchema, authoritySchema } from './authority.js';
export * from './events/index.js';

/** The member record of the interchange format: identity plus an ordered event history. */
export const memberSchema = z.object({
  kind: z.literal('member'),
  format: z
    .enum(['dieule.member/1', 'dieule.records/2'])
    .optional()
    .describe('Phiên bản định dạng hồ sơ: dieule.records/2 = sự kiện có mã, xếp theo ngày rồi theo seq'),
  id: z.string().optional().describe('Mã hồ sơ trong hệ thống nguồn'),
  person: personSchema,
  organization: z.string().optional().describe('Mã tổ chức đảng đang sinh hoạt (chi bộ)'),
  events: z
    .array(memberEventSchema)
    .default([])
    .describe(
      'Lịch sử sự kiện: định dạng 1 theo thứ tự ghi; định dạng 2 xếp theo ngày rồi theo seq. Có thể gồm các bản đính chính',
    ),
});

/** A member record. */
export interface Member extends Omit<z.infer<typeof memberSchema>, 'events'> {
  events: MemberEvent[];
}

/** The base `member` record kind (no derived facts; the lifecycle family's kind adds them). */
export const memberKind = defineRecordKind<Member>({
  kind: 'member',
  title: { vi: 'Hồ sơ đảng viên', en: 'Member record' },
  schema: memberSchema,
  idOf: (m) => m.id ?? m.person.partyCardNumber,
  // Rules judge the corrected history, ordered by date then seq in format 2; issue paths point back at the input.
  prepare: (m) => {
    const { record, history } = prepareMember(m);
    return record === m && !history.problems.length
      ? { record }
      : { record, sourcePath: (path) => sourcePathOf(history, path) };
  },
});
