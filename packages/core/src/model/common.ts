import { z } from 'zod';
import type { CivilDate } from '../date/civil-date.js';

/** A civil date in the interchange format: ISO `YYYY-MM-DD` (JSON Schema `format: date`). */
export const civilDateSchema = z.iso
  .date()
  .describe('Civil date YYYY-MM-DD (ngày theo lịch, không múi giờ)') as unknown as z.ZodType<CivilDate>;

/** Sex as recorded (giới tính). */
export const sexSchema = z.enum(['male', 'female']).describe('Giới tính: male = nam, female = nữ');

/** Text in Vietnamese and English. */
export const localizedTextSchema = z.object({ vi: z.string(), en: z.string() });

/** A citation in the interchange format. */
export const citationSchema = z.object({
  document: z.string(),
  article: z.string().optional(),
  clause: z.string().optional(),
  point: z.string().optional(),
  section: z.string().optional(),
});
