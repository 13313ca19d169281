import { z } from 'zod';
import type { CivilDate } from '../../date/civil-date.js';
import type { Citation, Confidence } from '../../legal/types.js';

/**
 * What an organization holding a congress is, as its records name it (loại tổ chức đảng):
 * - `national`: the whole Party (Đại hội đại biểu toàn quốc);
 * - `provincial`: a provincial or city party organization, or one directly under the Centre;
 * - `district`: a district party organization or equivalent (ended on 1/7/2025);
 * - `commune`: a commune, ward or special-zone party organization (xã, phường, đặc khu);
 * - `grassroots`: a grassroots organization that is not a commune (đảng bộ cơ sở, chi bộ cơ sở);
 * - `partCommittee`: a part committee under a grassroots committee (đảng bộ bộ phận);
 * - `cell`: a cell under a grassroots or part committee (chi bộ trực thuộc).
 */
export const ORGANIZATION_TYPES = [
  'national',
  'provincial',
  'district',
  'commune',
  'grassroots',
  'partCommittee',
  'cell',
] as const;
export type CongressOrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** The organization holding a congress, or the one a personnel plan is for. */
export const congressOrganizationSchema = z
  .object({
    id: z.string().min(1).describe('Mã tổ chức đảng'),
    name: z.string().optional().describe('Tên tổ chức đảng'),
    type: z
      .enum(ORGANIZATION_TYPES)
      .describe(
        'national = toàn Đảng; provincial = đảng bộ tỉnh, thành phố, trực thuộc Trung ương; district = đảng bộ huyện (đến 30/6/2025); commune = đảng bộ xã, phường, đặc khu; grassroots = đảng bộ cơ sở, chi bộ cơ sở; partCommittee = đảng bộ bộ phận; cell = chi bộ trực thuộc',
      ),
    isCell: z
      .boolean()
      .optional()
      .describe('Là chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc); mặc định: đúng khi type = cell'),
    underCommune: z
      .boolean()
      .optional()
      .describe('Trực thuộc đảng bộ xã, phường, đặc khu (cấp của tổ chức thay đổi năm 2026)'),
  })
  .describe('Tổ chức đảng');
export type CongressOrganization = z.infer<typeof congressOrganizationSchema>;

/**
 * The level a congress is at, for the cycle rules: `aboveGrassroots` is the level directly above grassroots
 * organizations (districts until 30/6/2025; commune committees under the province in the QĐ 294 pilot).
 */
export type CongressLevel = 'national' | 'provincial' | 'aboveGrassroots' | 'grassroots' | 'partCommittee' | 'cell';

/** A level with the text that makes it so. */
export interface ResolvedLevel {
  readonly level: CongressLevel;
  readonly isCell: boolean;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
}

/** QĐ 294 took effect (no district level; commune committees above grassroots, pilot). */
export const TWO_LEVEL_FROM: CivilDate = '2025-07-01';
/** QĐ 208-QĐ/TW (reported): commune organizations become grassroots organizations under the province. */
export const COMMUNE_GRASSROOTS_FROM: CivilDate = '2026-07-26';

const charter = (article: string): Citation => ({ document: 'dieu-le-2011', article });

/**
 * The level of an organization's congress on a date. Communes moved twice: grassroots under a district until
 * 30/6/2025; directly above grassroots under the province from 1/7/2025 (QĐ 294 point 10.2, pilot); grassroots
 * under the province from 26/7/2026 (QĐ 208, reported: secondary). Organizations under a commune then become
 * a cell or a part committee of the commune's grassroots committee.
 * @example
 * congressLevelOn({ id: 'X', type: 'commune' }, '2025-08-01').level // 'aboveGrassroots'
 */
export function congressLevelOn(org: CongressOrganization, date: CivilDate): ResolvedLevel {
  const isCell = org.isCell ?? org.type === 'cell';
  const r = (level: CongressLevel, citations: Citation[], confidence: Confidence, cell = isCell): ResolvedLevel => ({
    level,
    isCell: cell,
    citations,
    confidence,
  });
  switch (org.type) {
    case 'national':
      return r('national', [charter('15')], 'verified');
    case 'provincial':
      return r('provincial', [charter('18')], 'verified');
    case 'district':
      return r('aboveGrassroots', [charter('18')], 'verified');
    case 'commune':
      if (date < TWO_LEVEL_FROM) return r('grassroots', [charter('22')], 'verified');
      if (date < COMMUNE_GRASSROOTS_FROM)
        return r('aboveGrassroots', [{ document: 'qd-294-2025', point: '10.2' }], 'verified');
      return r('grassroots', [{ document: 'qd-208-2026' }], 'secondary');
    case 'grassroots':
      if (org.underCommune && date >= COMMUNE_GRASSROOTS_FROM)
        return isCell
          ? r('cell', [{ document: 'qd-208-2026' }, charter('24')], 'secondary')
          : r('partCommittee', [{ document: 'qd-208-2026' }], 'secondary');
      return r('grassroots', [charter('22')], 'verified');
    case 'partCommittee':
      return r('partCommittee', [{ document: 'hd-06-2025', point: '13.3' }], 'verified');
    case 'cell':
      return r('cell', [charter('24')], 'verified', true);
  }
}
