import { z } from 'zod';
import type { CivilDate } from '../../date/civil-date.js';
import { civilDateSchema } from '../../model/common.js';

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

/**
 * One discipline decision about a person, as the ranking and cadre rules need it. Records are self-contained: a
 * ranking round or a cadre file carries the discipline history its rules read.
 */
export const disciplineSchema = z
  .object({
    form: z
      .enum(DISCIPLINE_FORMS)
      .describe(
        'Hình thức kỷ luật: reprimand = khiển trách; warning = cảnh cáo; removalFromPost = cách chức; expulsion = khai trừ',
      ),
    decidedOn: civilDateSchema.describe('Ngày ký quyết định kỷ luật'),
    dutyRelated: z
      .boolean()
      .optional()
      .describe('Vi phạm liên quan đến chức trách, nhiệm vụ / hoạt động công vụ (QĐ 366 Điều 11 khoản 4)'),
    selfDetected: z.boolean().optional().describe('Tự phát hiện, tự nhận khuyết điểm, vi phạm'),
    remedied: z.boolean().optional().describe('Đã khắc phục xong hậu quả'),
    note: z.string().optional().describe('Ghi chú (số quyết định, nội dung vi phạm)'),
  })
  .describe('Quyết định kỷ luật');

/** A discipline decision. */
export type Discipline = z.infer<typeof disciplineSchema>;

/** Decisions signed in the calendar year `year` (the evaluation year). */
export function disciplineInYear(list: readonly Discipline[] | undefined, year: number): Discipline[] {
  if (!list) return [];
  const prefix = String(year).padStart(4, '0');
  return list.filter((d) => (d.decidedOn as CivilDate).slice(0, 4) === prefix);
}
