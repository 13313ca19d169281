import type { CivilDate } from '../date/civil-date.js';
import type { Citation, Locale, LocalizedText } from '../legal/types.js';
import type { WorkingDayCalendar } from './calendar-port.js';
import type { SourceLocation } from './engine-support.js';
import { withLocation } from './engine-support.js';
import { maskFacts, renderTemplate } from './message.js';
import type { ParameterMap, ReportOptions, RuleContext, RuleDefinition, RuleVersion, Subject } from './rule.js';
import type { Issue, Path, Provenance, Severity } from './types.js';

/** A rule compiled for one regime: the version in force, its parameter values and their citations. */
export interface CompiledRule {
  readonly def: RuleDefinition;
  readonly version: RuleVersion;
  readonly params: Readonly<Record<string, unknown>>;
  readonly paramCitations: readonly Citation[];
  readonly severity: Severity;
  readonly check: (ctx: RuleContext<any, any, string, ParameterMap>) => void;
  readonly provenance: Provenance;
}

const NO_SUBJECTS: readonly Subject<unknown>[] = [];
export const NO_PATH: Path = Object.freeze([]);

/** The subjects a `select` returned, as an array (no generator on the hot path). */
export function subjectsOf(selected: ReturnType<RuleDefinition['select']>): readonly Subject<unknown>[] {
  if (selected == null) return NO_SUBJECTS;
  if (Array.isArray(selected)) return selected as readonly Subject<unknown>[];
  if ('value' in (selected as object) && 'actDate' in (selected as object)) return [selected as Subject<unknown>];
  return [...(selected as Iterable<Subject<unknown>>)];
}

/**
 * The context a check receives for one subject. A class rather than an object literal with a closure, so that
 * `report` lives once on the prototype instead of being allocated per subject.
 */
export class SubjectContext implements RuleContext<unknown, unknown, string, ParameterMap> {
  readonly params: never;
  readonly version: RuleVersion;
  constructor(
    readonly record: unknown,
    readonly subject: unknown,
    readonly subjectPath: Path,
    readonly actDate: CivilDate,
    readonly asOf: CivilDate,
    readonly calendar: WorkingDayCalendar,
    private readonly compiled: CompiledRule,
    private readonly issues: Issue[],
    private readonly locale: Locale,
    private readonly recordRef: string | number,
    private readonly location: SourceLocation | undefined,
  ) {
    this.params = compiled.params as never;
    this.version = compiled.version;
  }
  report(messageId: string, o: ReportOptions = {}): void {
    const { compiled } = this;
    const def = compiled.def;
    const tpl = (def.messages as Record<string, LocalizedText | undefined>)[messageId];
    const factsOut = o.facts ?? {};
    this.issues.push(
      withLocation(
        {
          ruleId: def.id,
          severity: o.severity ?? compiled.severity,
          path: o.path ?? this.subjectPath,
          // `{actDate}` and `{asOf}` are always available to a message (a rule's own values win).
          message: tpl
            ? renderTemplate(
                tpl[this.locale],
                { actDate: this.actDate, asOf: this.asOf, ...(o.args ?? factsOut) },
                this.locale,
              )
            : messageId,
          messageId,
          citations: o.citations?.length
            ? uniqueCitations(compiled.version.citations, compiled.paramCitations, o.citations)
            : baseCitations(compiled).slice(),
          facts: maskFacts({ actDate: this.actDate, ...factsOut }),
          ruleVersion: compiled.version.from,
          confidence: compiled.version.confidence,
          provenance: compiled.provenance,
          record: this.recordRef,
        },
        this.location,
      ),
    );
  }
}

const BASE = new WeakMap<CompiledRule, readonly Citation[]>();

/** A compiled rule's own citations (its version's, then its parameter values'), without repeats; computed once. */
function baseCitations(compiled: CompiledRule): readonly Citation[] {
  let base = BASE.get(compiled);
  if (!base) {
    base = uniqueCitations(compiled.version.citations, compiled.paramCitations);
    BASE.set(compiled, base);
  }
  return base;
}

/** Citations without repeats (a rule version and its parameter values often cite the same point). */
function uniqueCitations(...lists: (readonly Citation[] | undefined)[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const list of lists)
    for (const c of list ?? []) {
      const key = `${c.document}|${c.article ?? ''}|${c.clause ?? ''}|${c.point ?? ''}|${c.section ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  return out;
}
