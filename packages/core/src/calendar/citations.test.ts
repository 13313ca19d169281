import { describe, expect, it } from 'vitest';
import { coreDocuments } from '../legal/registry.js';
import type { Citation } from '../legal/types.js';
import { recurringSchedule } from './recurring.js';
import { retirementAge } from './retirement.js';
import { type ServiceWindowKind, serviceWindow } from './service-windows.js';
import { planningTermsAt, type TermBody, termAt } from './terms.js';
import { vietnameseCalendar } from './working-days.js';

describe('every citation of the calendar family names a registered document', () => {
  it('holidays, weekends, retirement, windows, terms, schedules', () => {
    const ids = new Set(coreDocuments.map((d) => d.id));
    const cited: Citation[] = [];
    for (let y = 1996; y <= 2030; y++) for (const d of vietnameseCalendar.holidays(y).days) cited.push(...d.citations);
    const weekend = vietnameseCalendar.dayOff('2026-11-21');
    if (weekend?.kind === 'weekend') cited.push(...weekend.citations);
    cited.push(...retirementAge('1950-01-01', 'male').citations, ...retirementAge('1970-01-01', 'female').citations);
    const kinds: ServiceWindowKind[] = [
      'first-appointment',
      'first-committee-seat',
      'committee-re-election',
      'planning-level-1',
      'planning-level-2',
    ];
    for (const k of kinds)
      for (const at of ['2018-01-01', '2022-01-01', '2024-01-01', '2026-01-01'] as const)
        cited.push(...serviceWindow(k, { birthDate: '1970-01-01', sex: 'male', at }).citations);
    const bodies: TermBody[] = [
      'national-congress',
      'provincial-committee',
      'commune-committee',
      'grassroots-committee',
      'cell',
      'national-assembly',
      'peoples-council',
    ];
    for (const b of bodies)
      cited.push(
        ...termAt(b, '2026-01-01').citations,
        ...termAt(b, '2026-01-01', { cellFiveYearPilot: true }).citations,
      );
    cited.push(...planningTermsAt('2023-01-01').citations, ...planningTermsAt('2026-01-01').citations);
    for (const y of [2022, 2024, 2026]) for (const e of recurringSchedule(y, 'cell')) cited.push(...e.citations);
    for (const e of recurringSchedule(2026, 'grassroots-committee')) cited.push(...e.citations);
    const missing = [...new Set(cited.map((c) => c.document))].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });
});
