import type { CivilDate } from '../date/civil-date.js';
import { maskCitizenId } from '../identity/citizen-id.js';
import type { CongressLevel } from './model/organization.js';

/**
 * A civil date as people read it: dd/mm/yyyy.
 * @example
 * dmy('2025-04-03') // '03/04/2025'
 */
export const dmy = (d: CivilDate | string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Level names for messages: `{level}` in Vietnamese, `{levelEn}` in English. */
export const LEVEL_NAMES: Record<CongressLevel, { vi: string; en: string }> = {
  national: { vi: 'toàn quốc', en: 'national' },
  provincial: { vi: 'cấp tỉnh', en: 'provincial' },
  aboveGrassroots: { vi: 'cấp trên trực tiếp cơ sở', en: 'directly above grassroots' },
  grassroots: { vi: 'cấp cơ sở', en: 'grassroots' },
  partCommittee: { vi: 'đảng bộ bộ phận', en: 'part committee' },
  cell: { vi: 'chi bộ trực thuộc', en: 'cell under a committee' },
};

/** Message arguments for a level. */
export const levelArgs = (level: CongressLevel) => ({ level: LEVEL_NAMES[level].vi, levelEn: LEVEL_NAMES[level].en });

/** Body names for messages. */
export const BODY_NAMES = {
  committee: { vi: 'cấp ủy', en: 'committee' },
  secretary: { vi: 'bí thư', en: 'secretary' },
  deputySecretary: { vi: 'phó bí thư', en: 'deputy secretary' },
  delegates: { vi: 'đại biểu dự đại hội cấp trên', en: 'delegates to the higher congress' },
} as const;

/** Months as people read them: "2 năm 6 tháng" / "2 years 6 months". */
export function monthsText(months: number): { vi: string; en: string } {
  const y = Math.floor(Math.abs(months) / 12);
  const m = Math.abs(months) % 12;
  const vi = [y ? `${y} năm` : '', m || !y ? `${m} tháng` : ''].filter(Boolean).join(' ');
  const en = [y ? `${y} year${y > 1 ? 's' : ''}` : '', m || !y ? `${m} month${m === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(' ');
  return { vi, en };
}

const ID_NUMBER = /^\s*\d{9}(\d{3})?\s*$/;

/**
 * A person's id as it may appear in a message or fact: an identification number (9 or 12 digits) is masked, so a
 * full citizen ID never reaches a report even when a source uses it as the person's id.
 * @example
 * safeId('087084000999') // '087*******99'
 */
export const safeId = (id: string): string => (ID_NUMBER.test(id) ? maskCitizenId(id) : id);

/** How a person is named in a message: the full name, else the (masked) id. */
export const personLabel = (p: { id: string; fullName?: string | undefined }): string => p.fullName ?? safeId(p.id);
