import { vietnameseCalendar } from './calendar/index.js';
import { corePack } from './core-pack.js';
import { createEngine, type Engine, type EvaluateOptions } from './kernel/engine.js';
import type { RulePack } from './kernel/pack.js';
import type { Report } from './kernel/types.js';

let engine: Engine | undefined;

/** The engine with the core rules and the Vietnamese working-day calendar (built once, then reused). */
export function coreEngine(): Engine {
  engine ??= createEngine({ packs: [corePack], calendar: vietnameseCalendar });
  return engine;
}

/** An engine with the core rules plus extra packs (plugins compile to packs; see `@dieule/plugin-sdk`). */
export function engineWith(packs: readonly RulePack[]): Engine {
  return createEngine({ packs: [corePack, ...packs], calendar: vietnameseCalendar });
}

/**
 * Validates records (objects with a `kind`) against the core rules. Never throws on bad input: malformed records
 * become issues. Wrong options (no `asOf`, `asOf: 'tomorrow'`, `locale: 'fr'`) throw an `OptionsError` that
 * lists every problem; `locale` defaults to `'vi'`, `facts` to `false`.
 * @example
 * const report = validate([{ kind: 'member', person: { fullName: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'male' }, events: [] }], { asOf: '2026-01-01' });
 * report.summary.records // 1
 */
export function validate(input: unknown, options: EvaluateOptions): Report {
  return coreEngine().validate(input, options);
}
