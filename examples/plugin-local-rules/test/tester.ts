import plugin from '../src/index.js';
import { PluginTester } from '../src/sdk.js';

/** The kit, once: the core rules and this plugin, judged as of mid-January 2026 unless a case says otherwise. */
export const tester = new PluginTester(plugin, { asOf: '2026-01-15' });

type MeetingType = 'regular' | 'thematic' | 'combined';

/** A cell's year of meetings: a 95-minute regular meeting on the 5th of every month, full attendance. */
export function cellYear(
  over: { year?: number; members?: number; organization?: string; skip?: number[] } = {},
  meetings: {
    month: number;
    type?: MeetingType;
    minutes?: number;
    present?: number;
    absentWithoutReason?: number;
  }[] = [],
) {
  const year = over.year ?? 2025;
  const members = over.members ?? 20;
  const byMonth = new Map(meetings.map((m) => [m.month, m]));
  return {
    kind: 'tinh-x/cellMeetingYear',
    organization: over.organization ?? 'TX.01.03',
    year,
    members,
    meetings: Array.from({ length: 12 }, (_, i) => i + 1)
      .filter((m) => !over.skip?.includes(m))
      .map((m) => {
        const o = byMonth.get(m);
        const type = o?.type ?? (m % 3 === 0 ? 'combined' : 'regular');
        return {
          date: `${year}-${String(m).padStart(2, '0')}-05`,
          type,
          minutes: o?.minutes ?? (type === 'combined' ? 125 : 95),
          present: o?.present ?? members,
          ...(o?.absentWithoutReason ? { absentWithoutReason: o.absentWithoutReason } : {}),
        };
      }),
  };
}
