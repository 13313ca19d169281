import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { congressKind, personnelPlanKind } from './kinds.js';
import { afterCongress } from './rules/after-congress.js';
import { congressAttendance } from './rules/attendance.js';
import { cellCommittee } from './rules/cell-committee.js';
import { electionMajority } from './rules/election.js';
import { personnelAge } from './rules/personnel-age.js';
import { personnelStructure } from './rules/personnel-structure.js';
import { secretaryRounds } from './rules/secretary.js';
import { congressTiming } from './rules/timing.js';

/** The congress family's rules: timing, counting, elections, personnel, deadlines after the congress. */
export const congressRules: readonly RuleDefinition[] = [
  congressTiming,
  congressAttendance,
  electionMajority,
  cellCommittee,
  secretaryRounds,
  afterCongress,
  personnelAge,
  personnelStructure,
];
/** Record kinds owned by the congress family. */
export const congressRecordKinds: readonly RecordKind[] = [congressKind, personnelPlanKind];
