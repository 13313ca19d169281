import { z } from 'zod';
import type { CivilDate } from '../date/civil-date.js';
import { authoritySchema } from './authority.js';
import { civilDateSchema } from './common.js';

/**
 * Disciplinary forms (hình thức kỷ luật) for members: `reprimand` = khiển trách, `warning` = cảnh cáo,
 * `removalFromPost` = cách chức, `expulsion` = khai trừ (Điều lệ Điều 35; QĐ 69-QĐ/TW Điều 7).
 */
export const DISCIPLINE_FORMS = ['reprimand', 'warning', 'removalFromPost', 'expulsion'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

/** Severity order of the forms (reprimand 1 … expulsion 4). */
export function disciplineRank(form: DisciplineForm): number {
  return DISCIPLINE_FORMS.indexOf(form) + 1;
}

/** The kind of violation, where a rule needs it (QĐ 366 Điều 11 khoản 4: tied to duties / public service or not). */
export const violationKindSchema = z
  .enum(['publicDuty', 'other'])
  .describe('Loại vi phạm: publicDuty = liên quan đến chức trách, nhiệm vụ, hoạt động công vụ; other = khác');

/**
 * The fields of a discipline decision shared by every record kind (one discipline model): the member history's
 * `discipline` event, cadre files and ranking rounds. A member event writes the decision date as `date`; lists in
 * cadre files and ranking rounds write it as `decidedOn`.
 */
export const disciplineDecisionFields = {
  form: z
    .enum(DISCIPLINE_FORMS)
    .describe(
      'Hình thức kỷ luật: reprimand = khiển trách; warning = cảnh cáo; removalFromPost = cách chức; expulsion = khai trừ',
    ),
  announcedOn: civilDateSchema
    .optional()
    .describe('Ngày công bố quyết định kỷ luật (12 tháng hiệu lực tính từ ngày này, QĐ 69 Điều 2 khoản 5)'),
  violationOn: civilDateSchema.optional().describe('Ngày xảy ra vi phạm (tính thời hiệu)'),
  relapse: z
    .boolean()
    .optional()
    .describe('Tái phạm hoặc có vi phạm mới đến mức phải kỷ luật trong 12 tháng sau khi công bố'),
  complaint: z.boolean().optional().describe('Đảng viên có khiếu nại'),
  endedOn: civilDateSchema.optional().describe('Ngày quyết định kỷ luật chấm dứt hiệu lực trước hạn (bị sửa, bị hủy)'),
  annulled: z.boolean().optional().describe('Quyết định kỷ luật bị hủy bỏ (coi như không có)'),
  violationKind: violationKindSchema.optional(),
  noLimitation: z
    .enum(['internalPolitics', 'nationalInterest', 'illegalDiploma'])
    .optional()
    .describe(
      'Vi phạm không áp dụng thời hiệu (QĐ 69 Điều 4): internalPolitics = về chính trị nội bộ; nationalInterest = về quốc phòng, an ninh, đối ngoại xâm hại lợi ích quốc gia; illegalDiploma = sử dụng văn bằng, chứng chỉ, chứng nhận không hợp pháp',
    ),
  dutyRelated: z
    .boolean()
    .optional()
    .describe('(định dạng 1) Vi phạm liên quan đến chức trách, nhiệm vụ / hoạt động công vụ; nay là violationKind'),
  selfDetected: z.boolean().optional().describe('Tự phát hiện, tự nhận khuyết điểm, vi phạm'),
  remedied: z.boolean().optional().describe('Đã khắc phục xong hậu quả'),
} as const;

/**
 * One discipline decision about a person in a cadre file or a ranking round (quyết định kỷ luật). Inside a bundle
 * the member history's `discipline` events take precedence (see `docs/interchange-format.md`).
 */
export const disciplineSchema = z
  .object({
    id: z.string().min(1).optional().describe('Mã quyết định (hoặc mã sự kiện kỷ luật trong hồ sơ đảng viên)'),
    decidedOn: civilDateSchema.describe('Ngày ký quyết định kỷ luật'),
    ...disciplineDecisionFields,
    authority: authoritySchema.optional(),
    note: z.string().optional().describe('Ghi chú (số quyết định, nội dung vi phạm)'),
  })
  .describe('Quyết định kỷ luật');

/** A discipline decision. */
export type Discipline = z.infer<typeof disciplineSchema>;

/** Whether the violation is tied to duties / public service: `violationKind`, else the format-1 `dutyRelated`. */
export function isDutyRelated(d: { violationKind?: string | undefined; dutyRelated?: boolean | undefined }) {
  return d.violationKind ? d.violationKind === 'publicDuty' : d.dutyRelated;
}

/** Decisions signed in the calendar year `year` (the evaluation year); annulled decisions are left out. */
export function disciplineInYear(list: readonly Discipline[] | undefined, year: number): Discipline[] {
  if (!list) return [];
  const prefix = String(year).padStart(4, '0');
  return list.filter((d) => !d.annulled && (d.decidedOn as CivilDate).slice(0, 4) === prefix);
}
