/** Discipline events (kỷ luật đảng viên, short of expulsion). */
import { z } from 'zod';
import { authoritySchema } from '../authority.js';
import { disciplineDecisionFields } from '../discipline.js';
import { ev } from './shared.js';

/** Discipline forms for members short of expulsion (khiển trách, cảnh cáo, cách chức). */
export const disciplineFormSchema = z
  .enum(['reprimand', 'warning', 'removalFromPost'])
  .describe('reprimand = khiển trách; warning = cảnh cáo; removalFromPost = cách chức');

/**
 * Discipline (kỷ luật): `date` = decision date; the other fields are the one discipline model shared with cadre
 * files and ranking rounds (`model/discipline.ts`). `form: "expulsion"` is read as an {@link expulsionEvent}.
 */
export const disciplineEvent = ev('discipline', 'Thi hành kỷ luật đảng viên', {
  ...disciplineDecisionFields,
  authority: authoritySchema.optional().describe('Cấp ra quyết định kỷ luật'),
  decidedBy: authoritySchema.optional().describe('(định dạng 1) Cấp ra quyết định kỷ luật; nay là authority'),
});

/** The output of {@link disciplineEvent}. */
export interface DisciplineEvent extends z.infer<typeof disciplineEvent> {}
