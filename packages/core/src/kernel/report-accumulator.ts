import { kernelLocales } from '../i18n/index.js';
import type { Engine, EvaluateOptions, RecordResult } from './engine.js';
import { errorDetail } from './engine-support.js';
import { LIBRARY } from './library.js';
import { renderTemplate } from './message.js';
import { checkOptions } from './options.js';
import type { AggregateFact, DerivedFact, Issue, Report, ReportSummary } from './types.js';

/** Accumulates record results into a report. */
export class ReportAccumulator {
  readonly #issues: Issue[] = [];
  readonly #facts: DerivedFact[] = [];
  readonly #byRule: Record<string, number> = {};
  /** Totals by aggregate index, then by key. */
  readonly #totals: Map<string, number>[];
  #records = 0;
  #valid = 0;
  #errors = 0;
  #warnings = 0;
  #infos = 0;
  constructor(
    private readonly engine: Engine,
    private readonly options: EvaluateOptions,
    private readonly keepIssues: boolean,
  ) {
    checkOptions(options);
    this.#totals = engine.aggregates().map(() => new Map());
  }
  add(result: RecordResult): void {
    this.#records++;
    // Aggregates observe every record the schema accepted (a rule error does not undo an admission that happened).
    if (result.value !== undefined && result.kind !== undefined) {
      const aggregates = this.engine.aggregates();
      for (let a = 0; a < aggregates.length; a++) {
        const { aggregate, provenance } = aggregates[a]!;
        // An aggregate sees every record of its kinds, in the pack's scope or not: a member admitted in the province
        // and transferred out since still counts for the province's target (its own logic decides).
        if (!aggregate.appliesTo.includes(result.kind)) continue;
        try {
          const ctx = {
            asOf: this.options.asOf,
            locale: this.options.locale ?? 'vi',
            calendar: this.engine.calendar,
            record: result.record,
          };
          const totals = this.#totals[a]!;
          for (const o of aggregate.observe(result.value, ctx)) totals.set(o.key, (totals.get(o.key) ?? 0) + o.value);
        } catch (e) {
          const detail = errorDetail(e);
          const issue: Issue = {
            ruleId: 'record.internal',
            severity: 'error',
            path: [],
            message: renderTemplate(kernelLocales[this.options.locale ?? 'vi']['rule.internal'], {
              rule: aggregate.id,
              detail,
            }),
            messageId: 'rule.internal',
            citations: [],
            facts: { rule: aggregate.id, detail },
            provenance,
            record: result.record,
          };
          result.issues.push(issue);
        }
      }
    }
    if (result.valid) this.#valid++;
    for (const i of result.issues) {
      if (i.severity === 'error') this.#errors++;
      else if (i.severity === 'warning') this.#warnings++;
      else this.#infos++;
      this.#byRule[i.ruleId] = (this.#byRule[i.ruleId] ?? 0) + 1;
      if (this.keepIssues) this.#issues.push(i);
    }
    if (this.keepIssues) for (const f of result.facts) this.#facts.push(f);
  }
  summary(): ReportSummary {
    return {
      records: this.#records,
      valid: this.#valid,
      withErrors: this.#records - this.#valid,
      errors: this.#errors,
      warnings: this.#warnings,
      infos: this.#infos,
      byRule: { ...this.#byRule },
    };
  }
  finish(): Report {
    return {
      format: 'dieule.report/1',
      meta: {
        library: { ...LIBRARY },
        ruleSetHash: this.engine.ruleSetHash,
        asOf: this.options.asOf,
        locale: this.options.locale ?? 'vi',
        plugins: this.engine.plugins(),
        ...(this.engine.amendments().length ? { amendments: this.engine.amendments() } : {}),
        ...(this.engine.exceptions().length ? { exceptions: this.engine.exceptions() } : {}),
      },
      summary: this.summary(),
      issues: this.#issues,
      ...(this.options.facts ? { facts: this.#facts } : {}),
      ...(this.#totals.length ? { aggregates: this.aggregates() } : {}),
    };
  }
  /** The aggregates' figures so far (targets and attainment, …). */
  aggregates(): AggregateFact[] {
    const locale = this.options.locale ?? 'vi';
    return this.engine
      .aggregates()
      .flatMap(({ aggregate, provenance }, a) =>
        aggregate
          .summarize(this.#totals[a]!, { locale, asOf: this.options.asOf })
          .map((f) => ({ id: aggregate.id, ...f, provenance })),
      );
  }
}
