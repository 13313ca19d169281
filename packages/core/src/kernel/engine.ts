import type { CivilDate } from '../date/civil-date.js';
import type { KernelMessages } from '../i18n/index.js';
import type { DocumentRegistry } from '../legal/registry.js';
import type { Locale } from '../legal/types.js';
import { type WorkingDayCalendar, weekendOnlyCalendar } from './calendar-port.js';
import { carryOverParameters } from './carry-over.js';
import { catalogueOf } from './catalogue.js';
import { amendParameter, describeZodIssue, errorDetail, internalIssue, type SourceLocation } from './engine-support.js';
import { deepFreeze, provenanceLabel } from './extensions.js';
import { LIBRARY } from './library.js';
import { checkOptions } from './options.js';
import type { RulePack } from './pack.js';
import {
  type AggregateEntry,
  checkAmendments,
  checkDeriversAndAggregates,
  checkDocuments,
  checkExceptions,
  checkParameters,
  checkRecordKinds,
  checkRules,
  citationWindowProblems,
  type DeriverEntry,
  type KindEntry,
  type RuleEntry,
  type ScopedAmender,
} from './pack-check.js';
import type { Parameter } from './parameter.js';
import { describeKind, kernelIssue as makeKernelIssue, unknownKeyIssue, unreadableIssues } from './record-issues.js';
import type { RecordKind } from './record-kind.js';
import { enterRecord, leaveRecord } from './record-scope.js';
import { compileRegime, regimeBoundaries } from './regime.js';
import { ReportAccumulator } from './report-accumulator.js';
import type { RuleDefinition } from './rule.js';
import { ruleSetHash } from './rule-set-hash.js';
import { type CompiledRule, NO_PATH, SubjectContext, subjectsOf } from './subject-context.js';
import type {
  AmendmentNote,
  CatalogueEntry,
  DerivedFact,
  ExceptionNote,
  FactValue,
  Issue,
  Path,
  Provenance,
  Report,
} from './types.js';
import { unknownKeys } from './unknown-keys.js';

export type { AggregateEntry, SourceLocation };
export { LIBRARY, ReportAccumulator };

/** A record as an adapter hands it over. */
export interface SourceRecord {
  readonly value: unknown;
  readonly id?: string;
  readonly location?: SourceLocation;
  /** Issues the adapter already found (decoding, encodings, dates); they count in the report. */
  readonly issues?: readonly Issue[];
}

/** Options of one evaluation. */
export interface EvaluateOptions {
  /** Reporting date, `YYYY-MM-DD`; required (core never reads the clock). */
  readonly asOf: CivilDate;
  /** Language of messages: `'vi'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** Also derive facts for valid records (default `false`). */
  readonly facts?: boolean;
  /**
   * The records are already this library's parsed records (default `false`): the output of the record kind's schema
   * (`memberSchema.parse(x)`, a record an importer built with it, a `RecordResult.value`). The engine then skips the
   * schema parse and the unknown-key walk and judges each value as given; the issues are the same as without the
   * option for such records. Anything else (raw JSON, a hand-made object) must not be passed as trusted: a field of
   * the wrong type is not reported as a schema issue, and a rule that trips over it reports an internal error instead.
   * With a plugin loaded, trusted records are frozen in place (rules never see a record they could change).
   */
  readonly trustedInput?: boolean;
}

/** The result for one record. */
export interface RecordResult {
  readonly record: string | number;
  readonly kind: string | undefined;
  readonly issues: Issue[];
  readonly facts: DerivedFact[];
  /** Parsed value when the schema accepted it. */
  readonly value: unknown;
  /** True when no error-severity issue was found. */
  readonly valid: boolean;
}

/** Engine construction options. */
export interface EngineOptions {
  readonly packs: readonly RulePack[];
  readonly calendar?: WorkingDayCalendar;
}

/** Thrown by {@link createEngine} when packs do not fit together. Lists every problem. */
export class EngineConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid rule set:\n- ${problems.join('\n- ')}`);
    this.name = 'EngineConfigError';
  }
}

/**
 * The rules engine: built once from packs (core + plugins); compiles the rules in force for each regime once,
 * then evaluates records.
 */
export class Engine {
  readonly packs: readonly RulePack[];
  readonly documents: DocumentRegistry;
  readonly calendar: WorkingDayCalendar;
  readonly ruleSetHash: string;
  readonly #rules: readonly RuleEntry[];
  readonly #kinds: ReadonlyMap<string, KindEntry>;
  readonly #parameters: ReadonlyMap<string, Parameter>;
  readonly #boundaries: readonly CivilDate[];
  readonly #segments = new Map<number, ReadonlyMap<RuleDefinition, CompiledRule>>();
  /**
   * Amendments of packs with a scope apply only to records in that scope: each such pack gives a parameter variant;
   * a record in the scope of some of them is judged with those packs' amendments (compiled once per regime too).
   */
  readonly #scopedAmenders: readonly ScopedAmender[];
  readonly #variantParams = new Map<string, ReadonlyMap<string, Parameter>>();
  readonly #variantSegments = new Map<string, ReadonlyMap<RuleDefinition, CompiledRule>>();
  #lastDate: CivilDate | undefined;
  #lastRules: ReadonlyMap<RuleDefinition, CompiledRule> | undefined;
  readonly #rulesByKind = new Map<string, RuleEntry[]>();
  readonly #disabled: ReadonlyMap<string, readonly { from?: string; reason: string }[]>;
  /** Exceptions limited to a pack's scope: checked per record. */
  readonly #scopedOff: ReadonlyMap<string, readonly { from?: string; test: (record: unknown) => boolean }[]>;
  readonly #derivers: ReadonlyMap<string, readonly DeriverEntry[]>;
  readonly #aggregates: readonly AggregateEntry[];
  readonly #amendments: readonly AmendmentNote[];
  readonly #exceptions: readonly ExceptionNote[];
  /** True when a non-core pack is loaded: records are then frozen before rules see them. */
  readonly #freezeRecords: boolean;

  constructor(options: EngineOptions) {
    const problems: string[] = [];
    // Nobody may change a pack's rules, parameters or documents after load (a plugin cannot patch core objects).
    for (const p of options.packs) deepFreeze(p);
    this.packs = Object.freeze([...options.packs]);
    this.#freezeRecords = options.packs.some((p) => p.provenance.source !== 'core');
    this.calendar = options.calendar ?? weekendOnlyCalendar;
    // Each step checks one part of the packs and adds its problems, in this order (see pack-check.ts).
    this.documents = checkDocuments(options.packs, problems);
    const { kinds, extensions } = checkRecordKinds(options.packs, problems);
    this.#kinds = kinds;
    const params = checkParameters(options.packs, problems);
    // Open-ended values end with their documents and go on under the documents that replaced them (carried over).
    const lookup = (id: string) => this.documents.get(id);
    carryOverParameters(params, lookup);
    const { amendments, scopedAmenders, amendedDates } = checkAmendments(options.packs, params, lookup, problems);
    this.#amendments = amendments;
    this.#scopedAmenders = scopedAmenders;
    this.#parameters = params;
    const { rules, ids } = checkRules(options.packs, kinds, this.documents, lookup, problems);
    const { disabled, scopedOff, exceptions } = checkExceptions(options.packs, ids, problems);
    this.#disabled = disabled;
    this.#scopedOff = scopedOff;
    this.#exceptions = exceptions;
    const { derivers, aggregates } = checkDeriversAndAggregates(options.packs, kinds, problems);
    this.#derivers = derivers;
    this.#aggregates = aggregates;
    problems.push(...citationWindowProblems(rules, params, scopedAmenders, lookup));
    if (problems.length) throw new EngineConfigError(problems);
    this.#rules = rules;
    for (const r of rules)
      for (const k of r.def.appliesTo) {
        const list = this.#rulesByKind.get(k) ?? [];
        list.push(r);
        this.#rulesByKind.set(k, list);
      }
    this.#boundaries = regimeBoundaries(rules, params, disabled, scopedOff, amendedDates);
    this.ruleSetHash = ruleSetHash({
      packs: options.packs,
      documents: this.documents.list(),
      rules,
      params: [...params.values()],
      disabled,
      extensions,
    });
  }

  /** Record kinds known to this engine. */
  recordKinds(): RecordKind[] {
    return [...this.#kinds.values()].map((k) => k.kind);
  }

  /** A record kind by name. */
  recordKind(kind: string): RecordKind | undefined {
    return this.#kinds.get(kind)?.kind;
  }

  /** Parameters (after amendments) by id. */
  parameters(): Parameter[] {
    return [...this.#parameters.values()];
  }

  /** Parameter amendments made by plugins, in the order they were applied. */
  amendments(): readonly AmendmentNote[] {
    return this.#amendments;
  }

  /** Rules switched off by plugins (exceptions), with their scope and replacement. */
  exceptions(): readonly ExceptionNote[] {
    return this.#exceptions;
  }

  /** Aggregates (figures over a whole report) with their provenance. */
  aggregates(): readonly AggregateEntry[] {
    return this.#aggregates;
  }

  /** Regime boundaries: the dates on which the rule set changes. */
  regimeBoundaries(): readonly CivilDate[] {
    return this.#boundaries;
  }

  /** The rule catalogue, sorted by id. */
  catalogue(): CatalogueEntry[] {
    return catalogueOf(this.#rules);
  }

  /** The rules in force on `date` (compiled once per regime and cached), with their versions and parameter values. */
  rulesInForce(date: CivilDate): ReadonlyMap<RuleDefinition, CompiledRule> {
    const lo = this.#segmentOf(date);
    let seg = this.#segments.get(lo);
    if (!seg) {
      seg = this.#compile(lo === 0 ? ('0001-01-01' as CivilDate) : this.#boundaries[lo - 1]!, this.#parameters);
      this.#segments.set(lo, seg);
    }
    return seg;
  }

  #segmentOf(date: CivilDate): number {
    const b = this.#boundaries;
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid]! <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Which scoped packs' amendments apply to a record ('' when none: the common case). */
  #variantOf(record: unknown): string {
    if (!this.#scopedAmenders.length) return '';
    let key = '';
    for (let i = 0; i < this.#scopedAmenders.length; i++) if (this.#scopedAmenders[i]!.test(record)) key += `${i},`;
    return key;
  }

  /** The rules in force on `date` for records in the scope of the amending packs named by `variant`. */
  #rulesInForceFor(date: CivilDate, variant: string): ReadonlyMap<RuleDefinition, CompiledRule> {
    if (!variant) {
      // Consecutive subjects often share a date (every 'asOf' subject does): skip the search then.
      if (date === this.#lastDate) return this.#lastRules!;
      const rules = this.rulesInForce(date);
      this.#lastDate = date;
      this.#lastRules = rules;
      return rules;
    }
    const lo = this.#segmentOf(date);
    const cacheKey = `${variant}@${lo}`;
    let seg = this.#variantSegments.get(cacheKey);
    if (!seg) {
      let params = this.#variantParams.get(variant);
      if (!params) {
        const map = new Map(this.#parameters);
        for (const i of variant.split(',').filter(Boolean))
          for (const a of this.#scopedAmenders[Number(i)]!.amendments) {
            const base = map.get(a.parameter);
            if (base) map.set(a.parameter, amendParameter(base, a.values));
          }
        params = map;
        this.#variantParams.set(variant, params);
      }
      seg = this.#compile(lo === 0 ? ('0001-01-01' as CivilDate) : this.#boundaries[lo - 1]!, params);
      this.#variantSegments.set(cacheKey, seg);
    }
    return seg;
  }

  #compile(date: CivilDate, parameters: ReadonlyMap<string, Parameter>): ReadonlyMap<RuleDefinition, CompiledRule> {
    return compileRegime(this.#rules, this.#disabled, date, parameters);
  }

  /**
   * Evaluates one record. Never throws on data.
   * @throws {@link OptionsError} when `options` are wrong (missing or invalid `asOf`, unknown `locale`, …).
   */
  evaluate(source: SourceRecord, index: number, options: EvaluateOptions): RecordResult {
    checkOptions(options);
    const scope = enterRecord();
    try {
      return this.#evaluate(source, index, options);
    } catch (e) {
      // Whatever the record is (a Proxy, a getter that throws, 3,000 levels of nesting), it becomes an issue.
      return this.#unreadable(source, index, options, e);
    } finally {
      leaveRecord(scope);
    }
  }

  /** The result for a record that could not be read: one error issue; the record still counts. */
  #unreadable(source: SourceRecord | undefined, index: number, options: EvaluateOptions, e: unknown): RecordResult {
    const { record, issues } = unreadableIssues(source, index, options.locale ?? 'vi', e);
    return { record, kind: undefined, issues, facts: [], value: undefined, valid: false };
  }

  #evaluate(source: SourceRecord, index: number, options: EvaluateOptions): RecordResult {
    const locale = options.locale ?? 'vi';
    const issues: Issue[] = source.issues ? [...source.issues] : [];
    const facts: DerivedFact[] = [];
    const value = source.value;
    let recordRef: string | number = source.id ?? index;
    const kernelIssue = (
      ruleId: string,
      key: keyof KernelMessages,
      path: Path,
      args: Record<string, FactValue>,
      provenance: Provenance,
    ) => issues.push(makeKernelIssue(ruleId, key, path, args, provenance, locale, recordRef, source.location));
    const coreProv: Provenance = { source: 'core', version: LIBRARY.version };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      kernelIssue('record.structure', 'record.notObject', [], {}, coreProv);
      return done(undefined, undefined);
    }
    const kindName = (value as { kind?: unknown }).kind;
    if (kindName === undefined) {
      kernelIssue('record.structure', 'record.kindMissing', ['kind'], {}, coreProv);
      return done(undefined, undefined);
    }
    const entry = typeof kindName === 'string' ? this.#kinds.get(kindName) : undefined;
    if (!entry) {
      kernelIssue(
        'record.structure',
        'record.kindUnknown',
        ['kind'],
        { kind: describeKind(kindName), known: [...this.#kinds.keys()].join(', ') },
        coreProv,
      );
      return done(undefined, undefined);
    }
    // Keys the schema would drop silently (a misspelt `citizenID`): a warning with the nearest known key.
    // Records the caller vouches for (`trustedInput`: this schema's own output) have none and need no re-parse.
    const trusted = options.trustedInput === true;
    if (!trusted)
      for (const u of unknownKeys(entry.kind.schema, value))
        issues.push(unknownKeyIssue(u, locale, entry.provenance, recordRef, source.location));
    let data: unknown = value;
    if (!trusted) {
      const parsed = entry.kind.schema.safeParse(value, { reportInput: true });
      if (!parsed.success) {
        for (const zi of parsed.error.issues) {
          const { key, args } = describeZodIssue(zi);
          kernelIssue('record.schema', key, zi.path as Path, args, entry.provenance);
        }
        return done(kindName as string, undefined);
      }
      data = parsed.data;
    }
    let prepared: unknown = data;
    let sourcePath: ((path: Path) => Path) | undefined;
    if (entry.kind.prepare)
      try {
        const p = entry.kind.prepare(data);
        prepared = p.record;
        sourcePath = p.sourcePath;
      } catch (e) {
        kernelIssue(
          'record.internal',
          'rule.internal',
          [],
          { rule: `${kindName}.prepare`, detail: String(e) },
          entry.provenance,
        );
        return done(kindName as string, undefined);
      }
    const record = this.#freezeRecords ? deepFreeze(prepared) : prepared;
    recordRef = entry.kind.idOf?.(record) ?? source.id ?? index;
    for (const i of issues) if (i.record !== recordRef) (i as { record: string | number }).record = recordRef;
    const first = issues.length;
    this.#runRules(kindName as string, record, recordRef, options, locale, issues, source.location);
    if (sourcePath)
      for (let i = first; i < issues.length; i++) {
        const issue = issues[i]!;
        const path = sourcePath(issue.path);
        if (path !== issue.path) issues[i] = { ...issue, path };
      }
    if (options.facts) {
      const variant = this.#variantOf(record);
      if (variant) this.#rulesInForceFor(options.asOf, variant);
      const parameters = (variant && this.#variantParams.get(variant)) || this.#parameters;
      const dctx = { asOf: options.asOf, locale, calendar: this.calendar, record: recordRef, parameters };
      if (entry.kind.derive)
        try {
          facts.push(...entry.kind.derive(record, dctx));
        } catch (e) {
          kernelIssue(
            'record.internal',
            'rule.internal',
            [],
            { rule: `${kindName}.derive`, detail: errorDetail(e) },
            entry.provenance,
          );
        }
      for (const { deriver, provenance, scope } of this.#derivers.get(kindName as string) ?? []) {
        if (scope && !scope(record)) continue;
        try {
          for (const f of deriver.derive(record, dctx)) facts.push({ ...f, record: recordRef, provenance });
        } catch (e) {
          kernelIssue(
            'record.internal',
            'rule.internal',
            [],
            { rule: `${kindName}.derive (${label(provenance)})`, detail: errorDetail(e) },
            provenance,
          );
        }
      }
    }
    return done(kindName as string, record);

    function done(kind: string | undefined, parsedValue: unknown): RecordResult {
      return {
        record: recordRef,
        kind,
        issues,
        facts,
        value: parsedValue,
        valid: !issues.some((i) => i.severity === 'error'),
      };
    }
  }

  #runRules(
    kind: string,
    record: unknown,
    recordRef: string | number,
    options: EvaluateOptions,
    locale: Locale,
    issues: Issue[],
    location: SourceLocation | undefined,
  ): void {
    // Rules are grouped by regime: each subject is judged by the rule version in force at its own act date.
    const all = this.#rulesByKind.get(kind) ?? [];
    const variant = this.#variantOf(record);
    for (let r = 0; r < all.length; r++) {
      const { def, scope } = all[r]!;
      if (scope && !scope(record)) continue;
      const off = this.#scopedOff.get(def.id);
      let selected: ReturnType<RuleDefinition['select']>;
      try {
        selected = def.select(record);
      } catch (e) {
        issues.push(internalIssue(def, all[r]!.provenance, recordRef, locale, e, location));
        continue;
      }
      const subjects = subjectsOf(selected);
      for (let k = 0; k < subjects.length; k++) {
        const subject = subjects[k]!;
        const actDate = subject.actDate === 'asOf' ? options.asOf : subject.actDate;
        if (!actDate) continue;
        const compiled = this.#rulesInForceFor(actDate, variant).get(def);
        if (!compiled) continue;
        if (off?.some((d) => (!d.from || actDate >= d.from) && d.test(record))) continue;
        const ctx = new SubjectContext(
          record,
          subject.value,
          subject.path ?? NO_PATH,
          actDate,
          options.asOf,
          this.calendar,
          compiled,
          issues,
          locale,
          recordRef,
          location,
        );
        try {
          compiled.check(ctx);
        } catch (e) {
          issues.push(internalIssue(def, compiled.provenance, recordRef, locale, e, location));
        }
      }
    }
  }

  /**
   * Validates records (objects with `kind`) and returns a report.
   * @throws {@link OptionsError} when `options` are wrong; bad records never throw, they become issues.
   */
  validate(input: unknown, options: EvaluateOptions): Report {
    checkOptions(options);
    const acc = this.accumulator(options);
    let list: ArrayLike<unknown> = [input];
    let n = 1;
    try {
      if (Array.isArray(input)) {
        n = input.length;
        list = input;
      }
    } catch (e) {
      // a revoked Proxy, or an array whose length cannot be read: one record that could not be read
      acc.add(this.#unreadable(undefined, 0, options, e));
      return acc.finish();
    }
    // `k` numbers the records judged: the batch's own, then those a container (bundle) holds, right after it
    let k = 0;
    for (let i = 0; i < n; i++) {
      let value: unknown;
      try {
        value = list[i];
      } catch (e) {
        acc.add(this.#unreadable(undefined, k++, options, e));
        continue;
      }
      const source = { value };
      acc.add(this.evaluate(source, k++, options));
      // A container (bundle): every record it holds is judged too, each in its own right.
      for (const x of this.expand(source, options)) acc.add(this.evaluate(x, k++, options));
    }
    return acc.finish();
  }

  /** Validates records handed over by an adapter (with locations and adapter issues). */
  validateSources(sources: Iterable<SourceRecord>, options: EvaluateOptions): Report {
    const acc = this.accumulator(options);
    let i = 0;
    try {
      for (const s of sources) {
        acc.add(this.evaluate(s, i++, options));
        // A container (bundle): every record it holds is judged too, each in its own right.
        for (const x of this.expand(s, options)) acc.add(this.evaluate(x, i++, options));
      }
    } catch (e) {
      // the source itself failed (an iterator that throws): what was read is judged, and the failure is reported
      acc.add(this.#unreadable(undefined, i, options, e));
    }
    return acc.finish();
  }

  /** The records a container source (a bundle) holds, as sources; empty for other records. Never throws. */
  expand(source: SourceRecord, options: EvaluateOptions): SourceRecord[] {
    // a hostile source (a Proxy, a throwing getter) is judged as a record by `evaluate`; it holds no records
    try {
      const v = source.value;
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
      const kind = (v as { kind?: unknown }).kind;
      const entry = typeof kind === 'string' ? this.#kinds.get(kind) : undefined;
      if (!entry?.kind.expand) return [];
      const file = source.location?.file;
      return entry.kind.expand(v, { asOf: options.asOf, locale: options.locale ?? 'vi' }).map((x) => ({
        value: x.value,
        location: { file: file ? `${file}#${x.where}` : x.where },
        ...(x.issues?.length ? { issues: x.issues } : {}),
      }));
    } catch {
      return [];
    }
  }

  /** A report builder for streaming: add results one by one; optionally keep issues out of memory. */
  accumulator(options: EvaluateOptions, keepIssues = true): ReportAccumulator {
    return new ReportAccumulator(this, options, keepIssues);
  }

  /** Plugins in this rule set. */
  plugins(): { name: string; version: string }[] {
    return this.packs.flatMap((p) =>
      p.provenance.source === 'plugin' ? [{ name: p.provenance.name, version: p.provenance.version }] : [],
    );
  }
}

const label = provenanceLabel;

/** Builds an engine from packs. Throws {@link EngineConfigError} listing every problem (load-time, never per record). */
export function createEngine(options: EngineOptions): Engine {
  return new Engine(options);
}
