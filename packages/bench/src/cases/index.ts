import type { BenchCase } from '../case.js';
import { calendarCases } from './calendar.js';
import { kernelCases } from './kernel.js';
import { rankingCases } from './ranking.js';
import { rosterCases } from './roster.js';
import { storeCases } from './store.js';

/** Every benchmark case. Add a file in this folder and one line here. */
export const allCases: readonly BenchCase[] = [
  ...kernelCases,
  ...calendarCases,
  ...rankingCases,
  ...rosterCases,
  ...storeCases,
];
