import { defineParameter } from '../kernel/parameter.js';
import type { CongressLevel } from './model/organization.js';

const CARRIED = {
  vi: 'Giữ nguyên từ QĐ 294; chưa thấy trong văn bản năm 2026.',
  en: 'Carried over from QĐ 294, not seen in the 2026 text.',
};

/** Congress cycle by level: the term in months and how far a congress may be held earlier or later. */
export interface CycleValue {
  readonly termMonths: number;
  readonly toleranceMonths: number;
}

/** The cycle of each level (Charter art. 15, 18, 22, 24), and the five-year pilot of cells (QĐ 294 point 23.1). */
export const congressCycle = defineParameter<Record<CongressLevel | 'cellPilot', CycleValue | null>>({
  id: 'congress.cycle',
  title: { vi: 'Nhiệm kỳ đại hội theo cấp (tháng, sớm/muộn tối đa)', en: 'Congress cycle by level (months, ± months)' },
  unit: 'months',
  values: [
    {
      from: '2011-01-19',
      to: '2025-06-30',
      value: {
        national: { termMonths: 60, toleranceMonths: 12 },
        provincial: { termMonths: 60, toleranceMonths: 12 },
        aboveGrassroots: { termMonths: 60, toleranceMonths: 12 },
        grassroots: { termMonths: 60, toleranceMonths: 12 },
        partCommittee: { termMonths: 60, toleranceMonths: 12 },
        cell: { termMonths: 30, toleranceMonths: 6 },
        cellPilot: null,
      },
      citations: [
        { document: 'dieu-le-2011', article: '15', clause: '1' },
        { document: 'dieu-le-2011', article: '18', clause: '1' },
        { document: 'dieu-le-2011', article: '22', clause: '1' },
        { document: 'dieu-le-2011', article: '24', clause: '3' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Đảng bộ bộ phận: nhiệm kỳ như đảng bộ cơ sở (suy ra, chưa thấy văn bản trước năm 2025).',
        en: 'Part committees: the grassroots term (inferred; no pre-2025 text seen).',
      },
    },
    {
      from: '2025-07-01',
      to: '2026-04-07',
      value: {
        national: { termMonths: 60, toleranceMonths: 12 },
        provincial: { termMonths: 60, toleranceMonths: 12 },
        aboveGrassroots: { termMonths: 60, toleranceMonths: 12 },
        grassroots: { termMonths: 60, toleranceMonths: 12 },
        partCommittee: { termMonths: 60, toleranceMonths: 12 },
        cell: { termMonths: 30, toleranceMonths: 6 },
        cellPilot: { termMonths: 60, toleranceMonths: 6 },
      },
      citations: [
        { document: 'dieu-le-2011', article: '24', clause: '3' },
        { document: 'qd-294-2025', point: '23.1' },
        { document: 'hd-06-2025', point: '13.3' },
        { document: 'hd-06-2025', point: '13.4' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Thí điểm nhiệm kỳ chi bộ 5 năm; độ lệch tối đa 6 tháng của Điều lệ được áp dụng cho thí điểm (suy ra).',
        en: 'Five-year pilot term of cells; the Charter’s 6-month margin applied to the pilot (inferred).',
      },
    },
    {
      from: '2026-04-08',
      value: {
        national: { termMonths: 60, toleranceMonths: 12 },
        provincial: { termMonths: 60, toleranceMonths: 12 },
        aboveGrassroots: { termMonths: 60, toleranceMonths: 12 },
        grassroots: { termMonths: 60, toleranceMonths: 12 },
        partCommittee: { termMonths: 60, toleranceMonths: 12 },
        cell: { termMonths: 30, toleranceMonths: 6 },
        cellPilot: { termMonths: 60, toleranceMonths: 6 },
      },
      citations: [{ document: 'dieu-le-2011', article: '24', clause: '3' }, { document: 'qd-20-2026' }],
      confidence: 'secondary',
      note: CARRIED,
    },
  ],
});

/** Largest cell committee (chi ủy) a cell may elect; null where no figure is encoded. */
export const cellCommitteeMax = defineParameter<{ minOfficialMembers: number; maxMembers: number | null }>({
  id: 'congress.cell.committee',
  title: {
    vi: 'Chi bộ bầu chi ủy: số đảng viên chính thức tối thiểu, số chi ủy viên tối đa',
    en: 'Cell committee: official members needed, largest size',
  },
  values: [
    {
      from: '2011-01-19',
      to: '2025-06-30',
      value: { minOfficialMembers: 9, maxMembers: null },
      citations: [{ document: 'dieu-le-2011', article: '24', clause: '4' }],
      confidence: 'verified',
      note: {
        vi: 'Giới hạn số chi ủy viên trước 1/7/2025 chưa được mã hóa (chưa đối chiếu văn bản).',
        en: 'No size cap encoded before 1/7/2025 (text not checked).',
      },
    },
    {
      from: '2025-07-01',
      to: '2026-04-07',
      value: { minOfficialMembers: 9, maxMembers: 7 },
      citations: [
        { document: 'dieu-le-2011', article: '24', clause: '4' },
        { document: 'qd-294-2025', section: 'điểm 23.1–23.4' },
      ],
      confidence: 'verified',
    },
    {
      from: '2026-04-08',
      value: { minOfficialMembers: 9, maxMembers: 7 },
      citations: [{ document: 'dieu-le-2011', article: '24', clause: '4' }, { document: 'qd-20-2026' }],
      confidence: 'secondary',
      note: CARRIED,
    },
  ],
});

/** Working days after a congress: report the results, approve them, hand over (QĐ 294 points 15.2, 16.1). */
export const afterCongressWorkingDays = defineParameter<{ report: number; approval: number; handover: number }>({
  id: 'congress.after.workingDays',
  title: {
    vi: 'Thời hạn sau đại hội: báo cáo kết quả, chuẩn y, bàn giao (ngày làm việc)',
    en: 'After a congress: report, approval, handover (working days)',
  },
  unit: 'working-days',
  values: [
    {
      from: '2025-07-01',
      to: '2026-04-07',
      value: { report: 7, approval: 15, handover: 15 },
      citations: [
        { document: 'qd-294-2025', point: '15.2' },
        { document: 'qd-294-2025', point: '16.1' },
      ],
      confidence: 'verified',
    },
    {
      from: '2026-04-08',
      value: { report: 7, approval: 15, handover: 15 },
      citations: [{ document: 'qd-20-2026' }],
      confidence: 'secondary',
      note: CARRIED,
    },
  ],
});

/** Levels whose age reference month a directive sets. */
export type AgeReferenceLevel = 'grassroots' | 'aboveGrassroots' | 'commune' | 'provincial';

/**
 * Committee ages for a congress cycle: months of working time left that a first-time and a re-elected committee
 * member need at the reference date of their level, and those reference dates (the first day of the month the
 * directive names; the day is our convention).
 */
export const committeeAge = defineParameter<{
  cycle: string;
  firstTimeMonths: number;
  reelectionMonths: number | null;
  referenceDates: Partial<Record<AgeReferenceLevel, string>>;
}>({
  id: 'congress.personnel.age',
  title: {
    vi: 'Tuổi tham gia cấp ủy: thời gian công tác còn lại tối thiểu tại thời điểm tính tuổi (tháng)',
    en: 'Committee age: working time left at the reference date (months)',
  },
  unit: 'months',
  values: [
    {
      from: '2019-10-25',
      to: '2024-06-13',
      value: {
        cycle: '2020–2025',
        firstTimeMonths: 60,
        reelectionMonths: 30,
        referenceDates: { aboveGrassroots: '2020-06-01', provincial: '2020-09-01' },
      },
      citations: [{ document: 'ct-35-2019' }, { document: 'kl-60-2019' }],
      confidence: 'secondary',
      note: {
        vi: 'Suy ra từ mốc tháng sinh do tỉnh hướng dẫn (lần đầu: trọn 1 nhiệm kỳ; tái cử: nửa nhiệm kỳ); thời điểm tính tuổi cấp cơ sở chưa thấy.',
        en: 'Inferred from provincial birth-month cut-offs (first time: a full term; re-election: half a term); grassroots reference month not seen.',
      },
    },
    {
      from: '2024-06-14',
      to: '2025-04-13',
      value: {
        cycle: '2025–2030',
        firstTimeMonths: 60,
        reelectionMonths: 48,
        referenceDates: { grassroots: '2025-04-01', aboveGrassroots: '2025-06-01', provincial: '2025-09-01' },
      },
      citations: [{ document: 'ct-35-2024' }],
      confidence: 'recalled',
      note: {
        vi: 'Giả định như Chỉ thị 45 (văn bản thay thế); chưa đối chiếu Chỉ thị 35 năm 2024.',
        en: 'Assumed equal to CT 45, which replaced it; CT 35 (2024) not checked.',
      },
    },
    {
      from: '2025-04-14',
      value: {
        cycle: '2025–2030',
        firstTimeMonths: 60,
        reelectionMonths: 48,
        referenceDates: {
          grassroots: '2025-04-01',
          aboveGrassroots: '2025-06-01',
          commune: '2025-07-01',
          provincial: '2025-09-01',
        },
      },
      citations: [{ document: 'ct-45-2025' }],
      confidence: 'verified',
    },
  ],
});

/** Structure targets of a committee (percent of members); null where no central figure was seen. */
export const committeeStructure = defineParameter<{
  youngPercent: number | null;
  youngUnderAge: number;
  womenPercent: number | null;
  ethnicMinorityPercent: number | null;
}>({
  id: 'congress.personnel.structure',
  title: {
    vi: 'Chỉ tiêu cơ cấu cấp ủy: cán bộ trẻ, nữ, dân tộc thiểu số (%)',
    en: 'Committee structure targets: young, women, ethnic minorities (%)',
  },
  unit: 'percent',
  values: [
    {
      from: '2019-10-25',
      to: '2024-06-13',
      value: { youngPercent: 10, youngUnderAge: 40, womenPercent: null, ethnicMinorityPercent: null },
      citations: [{ document: 'ct-35-2019' }, { document: 'kl-60-2019' }],
      confidence: 'secondary',
      note: {
        vi: 'Cấp tỉnh, cấp huyện: dưới 40 tuổi từ 10% trở lên (báo chí). Tỷ lệ nữ, dân tộc thiểu số: chưa thấy con số trung ương; tỉnh đặt qua plugin.',
        en: 'Provincial and district: under 40 at least 10% (press). Women and ethnic-minority shares: no central figure seen; a province sets them in a plugin.',
      },
    },
    {
      from: '2024-06-14',
      to: '2025-04-13',
      value: { youngPercent: null, youngUnderAge: 40, womenPercent: null, ethnicMinorityPercent: null },
      citations: [{ document: 'ct-35-2024' }],
      confidence: 'recalled',
      note: {
        vi: 'Chưa thấy con số trung ương cho nhiệm kỳ 2025–2030; tỉnh đặt qua plugin hoặc trong đề án.',
        en: 'No central figure seen for 2025–2030; a province sets them in a plugin or in the plan.',
      },
    },
    {
      from: '2025-04-14',
      value: { youngPercent: null, youngUnderAge: 40, womenPercent: null, ethnicMinorityPercent: null },
      citations: [{ document: 'ct-45-2025' }],
      confidence: 'recalled',
      note: {
        vi: 'Chưa thấy con số trung ương cho nhiệm kỳ 2025–2030; tỉnh đặt qua plugin hoặc trong đề án.',
        en: 'No central figure seen for 2025–2030; a province sets them in a plugin or in the plan.',
      },
    },
  ],
});
