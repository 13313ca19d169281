/**
 * The rules kernel: parameters, rules, record kinds, the engine and reports.
 * @packageDocumentation
 */

export { type KernelMessages, kernelLocales } from '../i18n/index.js';
export { type WorkingDayCalendar, weekendOnlyCalendar } from './calendar-port.js';
export {
  type AggregateEntry,
  createEngine,
  Engine,
  EngineConfigError,
  type EngineOptions,
  type EvaluateOptions,
  LIBRARY,
  type RecordResult,
  ReportAccumulator,
  type SourceLocation,
  type SourceRecord,
} from './engine.js';
export { deepFreeze, extendRecordKind, organizationScope, provenanceLabel } from './extensions.js';
export { canonicalJson, fnv1a64 } from './hash.js';
export { type JsonRecordsError, parseJsonRecords } from './json-records.js';
export { formatValue, maskFacts, maskIds, renderTemplate } from './message.js';
export { messageProblems, userStrings } from './message-lint.js';
export { checkOptions, LOCALES, OptionsError, type OptionsProblem, optionsProblems } from './options.js';
export type {
  Aggregate,
  DerivedFactDraft,
  DisabledRule,
  FactDeriver,
  Observation,
  PackScope,
  ParameterAmendment,
  RulePack,
  SchemaExtension,
} from './pack.js';
export { defineParameter, type Parameter, type ParameterValue, parameterAt } from './parameter.js';
export { type DeriveContext, defineRecordKind, type RecordKind } from './record-kind.js';
export {
  type Check,
  defineRule,
  defineRuleFor,
  type ParameterMap,
  type ParameterValues,
  type ReportOptions,
  type RuleContext,
  type RuleDefinition,
  type RuleExample,
  type RuleVersion,
  type Subject,
  wholeRecord,
} from './rule.js';
export {
  isIssueOf,
  type KernelRuleMessageIds,
  type MessageId,
  type MessageIdOf,
  type RuleId,
  type RuleMessageIds,
  ruleIdsSource,
  type TypedIssue,
} from './rule-ids.js';
export {
  type ExpectedIssue,
  type InvalidCase,
  type RuleTestCases,
  RuleTester,
  type RuleTesterConfig,
  type RuleTestFailure,
  runRuleTests,
  type ValidCase,
} from './rule-tester.js';
export type * from './types.js';
export { didYouMean, type UnknownKey, unknownKeyMessage, unknownKeys } from './unknown-keys.js';
