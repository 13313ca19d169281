import type { AnnouncedYearSchedule } from './schedule-types.js';

/**
 * Schedules of days off approved by the Prime Minister for cadres, civil servants and public employees, 2023–2026,
 * as versioned data. Only weekdays off and worked Saturdays are listed; weekend days inside a span are rest days
 * anyway. Groups a year does not list (e.g. National Day 2026, not yet verified) fall back to the statutory rule and
 * are reported as estimated.
 *
 * Sources are public news reports of the approvals (the project's research notes, vn-data §3.3).
 */
export const announcedSchedules: readonly AnnouncedYearSchedule[] = Object.freeze([
  {
    year: 2023,
    version: '2023.1',
    holidays: ['new-year', 'tet', 'hung-kings', 'victory-day', 'labour-day', 'national-day'],
    days: [
      { date: '2023-01-02', kind: 'compensatory', holiday: 'new-year' },
      // Tết Quý Mão (22/1): 30 Tết (Sat 21/1) to mùng 4; Saturday made up on Fri 20/1, Sunday on Thu 26/1.
      { date: '2023-01-20', kind: 'compensatory', holiday: 'tet' },
      { date: '2023-01-23', kind: 'statutory', holiday: 'tet' },
      { date: '2023-01-24', kind: 'statutory', holiday: 'tet' },
      { date: '2023-01-25', kind: 'statutory', holiday: 'tet' },
      { date: '2023-01-26', kind: 'compensatory', holiday: 'tet' },
      // Giỗ Tổ (Sat 29/4) and 30/4 (Sun) compensated on 2/5 and 3/5.
      { date: '2023-05-01', kind: 'statutory', holiday: 'labour-day' },
      { date: '2023-05-02', kind: 'compensatory', holiday: 'hung-kings' },
      { date: '2023-05-03', kind: 'compensatory', holiday: 'victory-day' },
      // National Day: Fri 1/9 + Sat 2/9, compensated on Mon 4/9.
      { date: '2023-09-01', kind: 'statutory', holiday: 'national-day' },
      { date: '2023-09-04', kind: 'compensatory', holiday: 'national-day' },
    ],
    sources: [
      { title: 'Vietnam+ (en.vietnamplus.vn): Tết and National Day holidays 2023 approved', published: '2022-12-01' },
      { title: 'SGGP News (sggpnews.org.vn): 7-day Tết holiday for civil servants in 2023', published: '2022-12-08' },
    ],
    confidence: 'verified',
  },
  {
    year: 2024,
    version: '2024.1',
    holidays: ['tet', 'victory-day', 'labour-day', 'national-day', 'hung-kings'],
    days: [
      // Tết Giáp Thìn (10/2): five days 8–12/2 (two before, three after); Sat 10/2 and Sun 11/2 made up on 13–14/2.
      { date: '2024-02-08', kind: 'statutory', holiday: 'tet' },
      { date: '2024-02-09', kind: 'statutory', holiday: 'tet' },
      { date: '2024-02-12', kind: 'statutory', holiday: 'tet' },
      { date: '2024-02-13', kind: 'compensatory', holiday: 'tet' },
      { date: '2024-02-14', kind: 'compensatory', holiday: 'tet' },
      { date: '2024-04-18', kind: 'statutory', holiday: 'hung-kings' },
      // 30/4–1/5: Monday 29/4 swapped for Saturday 4/5 (Công văn 2450/VPCP-KGVX).
      { date: '2024-04-29', kind: 'swap', holiday: 'victory-day' },
      { date: '2024-04-30', kind: 'statutory', holiday: 'victory-day' },
      { date: '2024-05-01', kind: 'statutory', holiday: 'labour-day' },
      { date: '2024-05-04', kind: 'make-up', holiday: 'victory-day' },
      { date: '2024-09-02', kind: 'statutory', holiday: 'national-day' },
      { date: '2024-09-03', kind: 'statutory', holiday: 'national-day' },
    ],
    sources: [
      {
        title: 'Việt Nam News (vietnamnews.vn): PM approves Tết and National Day holidays 2024',
        published: '2023-11-05',
      },
      { title: 'Văn phòng Chính phủ, Công văn 2450/VPCP-KGVX (2024): swap of 29/4 with Saturday 4/5' },
    ],
    confidence: 'verified',
  },
  {
    year: 2025,
    version: '2025.1',
    holidays: ['tet', 'hung-kings', 'victory-day', 'labour-day', 'national-day'],
    days: [
      // Tết Ất Tỵ (29/1): Mon 27/1 – Fri 31/1, a nine-day break 25/1–2/2 with the weekends.
      { date: '2025-01-27', kind: 'statutory', holiday: 'tet' },
      { date: '2025-01-28', kind: 'statutory', holiday: 'tet' },
      { date: '2025-01-29', kind: 'statutory', holiday: 'tet' },
      { date: '2025-01-30', kind: 'statutory', holiday: 'tet' },
      { date: '2025-01-31', kind: 'statutory', holiday: 'tet' },
      { date: '2025-04-07', kind: 'statutory', holiday: 'hung-kings' },
      // 30/4 (Wed) – 4/5: Friday 2/5 swapped for Saturday 26/4.
      { date: '2025-04-26', kind: 'make-up', holiday: 'victory-day' },
      { date: '2025-04-30', kind: 'statutory', holiday: 'victory-day' },
      { date: '2025-05-01', kind: 'statutory', holiday: 'labour-day' },
      { date: '2025-05-02', kind: 'swap', holiday: 'victory-day' },
      { date: '2025-09-01', kind: 'statutory', holiday: 'national-day' },
      { date: '2025-09-02', kind: 'statutory', holiday: 'national-day' },
    ],
    sources: [{ title: 'tet-amlich.com: lịch nghỉ Tết, Giỗ Tổ, 30/4 và Quốc khánh 2025', published: '2024-11-01' }],
    confidence: 'secondary',
    note: 'A swap of a Tết weekday with a Saturday in February 2025 is mentioned from memory in the research notes but was not found in a source; the nine-day span 25/1–2/2 needs none.',
  },
  {
    year: 2026,
    version: '2026.ny.1',
    holidays: ['new-year'],
    days: [
      // Tết Dương lịch 2026 (Thu 1/1): Friday 2/1 swapped for Saturday 10/1, a four-day break 1–4/1 (approved 25/12/2025).
      { date: '2026-01-01', kind: 'statutory', holiday: 'new-year' },
      { date: '2026-01-02', kind: 'swap', holiday: 'new-year' },
      { date: '2026-01-10', kind: 'make-up', holiday: 'new-year' },
    ],
    sources: [
      {
        title: '24h.com.vn: Chính phủ đồng ý hoán đổi thứ Sáu 2/1/2026 sang thứ Bảy 10/1/2026',
        link: 'https://www.24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html',
        published: '2025-12-25',
      },
    ],
    confidence: 'secondary',
    note: 'News report of the Government decision and the Ministry of Home Affairs notice; the notice itself not seen.',
  },
  {
    year: 2026,
    version: '2026.1',
    holidays: ['tet'],
    days: [
      // Tết Bính Ngọ (17/2): official days 29 Chạp – mùng 4 (Mon 16/2 – Fri 20/2); nine days 14–22/2 with weekends.
      { date: '2026-02-16', kind: 'statutory', holiday: 'tet' },
      { date: '2026-02-17', kind: 'statutory', holiday: 'tet' },
      { date: '2026-02-18', kind: 'statutory', holiday: 'tet' },
      { date: '2026-02-19', kind: 'statutory', holiday: 'tet' },
      { date: '2026-02-20', kind: 'statutory', holiday: 'tet' },
    ],
    sources: [
      { title: 'Công an nhân dân (congan.com.vn): nghỉ Tết Bính Ngọ 9 ngày, 14–22/2/2026' },
      { title: 'vietnammedia.vnanet.vn: official Tết days 16–20/2/2026', published: '2025-10-17' },
    ],
    confidence: 'verified',
    note: 'Tết and New Year are taken from announcements; the other 2026 holidays (Giỗ Tổ, 30/4–1/5, National Day 1–2/9) follow the statutory rule and stay estimated: not verified in stored sources. Whether 24/11 (Culture Day) became a paid holiday in 2026 was not found: it is not counted (a plugin schedule can add it).',
  },
] satisfies AnnouncedYearSchedule[]);
