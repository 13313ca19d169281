import { z } from 'zod';
import { defineRecordKind } from '../kernel/record-kind.js';
import { civilDateSchema } from './common.js';
import { personSchema } from './person.js';

/**
 * A member event (sự kiện trong hồ sơ đảng viên). The lifecycle family (`src/lifecycle/`) owns the full event union;
 * this base shape is what every event has.
 */
export const memberEventBaseSchema = z.looseObject({
  type: z.string().describe('Loại sự kiện'),
  date: civilDateSchema.describe('Ngày của sự kiện (ngày của hành vi: ngày họp, ngày ký quyết định…)'),
});

/** The member record of the interchange format: identity plus an ordered event history. */
export const memberSchema = z.object({
  kind: z.literal('member'),
  id: z.string().optional().describe('Mã hồ sơ trong hệ thống nguồn'),
  person: personSchema,
  organization: z.string().optional().describe('Mã tổ chức đảng đang sinh hoạt (chi bộ)'),
  events: z.array(memberEventBaseSchema).default([]).describe('Lịch sử sự kiện theo thứ tự thời gian'),
});

/** A member record. */
export type Member = z.infer<typeof memberSchema>;

/** The `member` record kind. */
export const memberKind = defineRecordKind<Member>({
  kind: 'member',
  title: { vi: 'Hồ sơ đảng viên', en: 'Member record' },
  schema: memberSchema,
  idOf: (m) => m.id ?? m.person.partyCardNumber,
});
