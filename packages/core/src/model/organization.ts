import { z } from 'zod';
import { defineRecordKind } from '../kernel/record-kind.js';
import { civilDateSchema } from './common.js';

/**
 * Kind of a party organization (loại tổ chức đảng):
 * - `cell`: chi bộ trực thuộc (a cell under a grassroots or intermediate committee);
 * - `grassrootsCell`: chi bộ cơ sở (a cell that is itself the grassroots organization);
 * - `grassrootsCommittee`: đảng bộ cơ sở;
 * - `intermediateCommittee`: đảng bộ bộ phận;
 * - `superiorCommittee`: cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng (district-level committees and
 *   equivalents until 30/6/2025; commune / ward / special-zone committees under the province from 1/7/2025);
 * - `provincialCommittee`: tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương;
 * - `centralCommittee`: Ban Chấp hành Trung ương.
 */
export const organizationTypeSchema = z
  .enum([
    'cell',
    'grassrootsCell',
    'grassrootsCommittee',
    'intermediateCommittee',
    'superiorCommittee',
    'provincialCommittee',
    'centralCommittee',
  ])
  .describe(
    'cell = chi bộ trực thuộc; grassrootsCell = chi bộ cơ sở; grassrootsCommittee = đảng bộ cơ sở; ' +
      'intermediateCommittee = đảng bộ bộ phận; superiorCommittee = cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng; ' +
      'provincialCommittee = tỉnh ủy/thành ủy/đảng ủy trực thuộc Trung ương; centralCommittee = Trung ương',
  );

/** Administrative level the organization sits at (cấp hành chính). */
export const administrativeLevelSchema = z
  .enum(['commune', 'district', 'province', 'central', 'none'])
  .describe('Cấp hành chính: xã/phường/đặc khu, huyện (đến 30/6/2025), tỉnh, Trung ương, none = theo ngành/khối');

/** A dated window (khoảng hiệu lực). */
export const windowSchema = z.strictObject({
  from: civilDateSchema.describe('Từ ngày'),
  to: civilDateSchema.optional().describe('Đến hết ngày (bỏ trống nếu còn hiệu lực)'),
});

/**
 * One dated period of an organization (giai đoạn): the name, type, administrative level and parent in force from
 * `from` to `to` (inclusive). Fields left out keep the organization's own values. One id lives through a
 * re-parenting or a re-levelling (the 2025 and 2026 reforms).
 */
export const organizationPeriodSchema = z
  .strictObject({
    from: civilDateSchema.describe('Từ ngày'),
    to: civilDateSchema.optional().describe('Đến hết ngày (bỏ trống nếu còn hiệu lực)'),
    name: z.string().min(1).optional().describe('Tên tổ chức đảng trong giai đoạn'),
    type: organizationTypeSchema.optional(),
    administrativeLevel: administrativeLevelSchema.optional(),
    parent: z.string().optional().describe('Mã tổ chức đảng cấp trên trực tiếp trong giai đoạn'),
  })
  .describe('Giai đoạn (tên, loại, cấp, cấp trên trực tiếp theo thời gian)');

/** A party organization (tổ chức đảng) in the interchange format. */
export const organizationSchema = z.object({
  kind: z.literal('organization'),
  format: z.enum(['dieule.organization/1', 'dieule.records/2']).optional().describe('Phiên bản định dạng'),
  id: z.string().min(1).describe('Mã tổ chức đảng'),
  name: z.string().min(1).describe('Tên tổ chức đảng'),
  type: organizationTypeSchema,
  administrativeLevel: administrativeLevelSchema.optional(),
  parent: z.string().optional().describe('Mã tổ chức đảng cấp trên trực tiếp'),
  validFrom: civilDateSchema.optional().describe('Ngày thành lập / bắt đầu hoạt động'),
  validTo: civilDateSchema.optional().describe('Ngày kết thúc hoạt động (giải thể, sáp nhập, kết thúc cấp huyện…)'),
  periods: z
    .array(organizationPeriodSchema)
    .optional()
    .describe('Lịch sử theo thời gian: tên, loại, cấp, cấp trên trực tiếp của từng giai đoạn (định dạng 2)'),
  admissionAuthorized: z
    .array(windowSchema)
    .optional()
    .describe('Các khoảng thời gian đảng ủy cơ sở được ủy quyền quyết định kết nạp, khai trừ (QĐ 294 điểm 22.1)'),
  superiorPowers: z
    .array(windowSchema)
    .optional()
    .describe('Các khoảng thời gian đảng ủy được giao (thí điểm giao) quyền cấp trên cơ sở'),
  officialMembers: z.number().int().nonnegative().optional().describe('Số đảng viên chính thức (nếu biết)'),
});

/** A party organization. */
export type Organization = z.infer<typeof organizationSchema>;
/** Its type. */
export type OrganizationType = z.infer<typeof organizationTypeSchema>;

/** The `organization` record kind. */
export const organizationKind = defineRecordKind<Organization>({
  kind: 'organization',
  title: { vi: 'Tổ chức đảng', en: 'Party organization' },
  schema: organizationSchema,
  idOf: (o) => o.id,
});
