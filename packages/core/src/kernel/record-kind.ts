import type { z } from 'zod';
import type { CivilDate } from '../date/civil-date.js';
import type { LocalizedText } from '../legal/types.js';
import type { WorkingDayCalendar } from './calendar-port.js';
import type { Parameter } from './parameter.js';
import type { DerivedFact, Issue, Path } from './types.js';

/** Context for deriving facts about a record. */
export interface DeriveContext {
  readonly asOf: CivilDate;
  readonly locale: 'vi' | 'en';
  readonly calendar: WorkingDayCalendar;
  readonly record: string | number;
  /** Parameters as amended by the loaded plugins (those in scope of the record), by id. */
  readonly parameters?: ReadonlyMap<string, Parameter>;
}

/**
 * A kind of record in the JSON interchange format (`{ "kind": "member", … }`): its schema, how to name it, and
 * optionally which facts can be derived from it.
 */
export interface RecordKind<T = any> {
  readonly kind: string;
  readonly title: LocalizedText;
  readonly schema: z.ZodType<T>;
  /** A stable id for reports (member code, party card number); falls back to the input index. */
  readonly idOf?: (record: T) => string | undefined;
  readonly derive?: (record: T, ctx: DeriveContext) => readonly DerivedFact[];
  /**
   * Turns a parsed record into the one rules and `derive` judge (a member history with its corrections applied and
   * ordered by date), with the way back from a path in it to a path in the input. Optional; must not throw.
   */
  readonly prepare?: (record: T) => { readonly record: T; readonly sourcePath?: (path: Path) => Path };
  /**
   * A container kind (a bundle) hands over the records it holds: each is then judged as a record of its own, after
   * the container itself. Receives the raw input; must not throw.
   */
  readonly expand?: (input: unknown, ctx: ExpandContext) => readonly ExpandedRecord[];
}

/** Context for expanding a container record. */
export interface ExpandContext {
  readonly asOf: CivilDate;
  readonly locale: 'vi' | 'en';
}

/** One record taken out of a container, with the issues found while reading it against the others. */
export interface ExpandedRecord {
  readonly value: unknown;
  /** Where it sits in the container (`members[2]`). */
  readonly where: string;
  readonly issues?: readonly Issue[];
}

/** Declares a record kind. */
export function defineRecordKind<T>(kind: RecordKind<T>): RecordKind<T> {
  return kind;
}
