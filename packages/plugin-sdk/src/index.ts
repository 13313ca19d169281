/**
 * Write local rule packs for dieule: rules in your own namespace citing your own documents, declared parameter
 * amendments and rule exceptions, calendar data, targets with attainment, record schema extensions and locales —
 * checked at load time, with provenance on every issue and fact, and a test kit.
 * @packageDocumentation
 */

export type { AnnouncedYearSchedule } from '@dieule/core/calendar';
export type { CivilDate } from '@dieule/core/date';
export {
  type CatalogueEntry,
  type Check,
  type DeriveContext,
  type DerivedFact,
  type DerivedFactDraft,
  defineParameter,
  defineRecordKind,
  defineRule,
  type Engine,
  type FactDeriver,
  type Issue,
  type Parameter,
  type ParameterValue,
  type Provenance,
  parameterAt,
  type RecordKind,
  type Report,
  type RuleContext,
  type RuleDefinition,
  type RuleExample,
  type RulePack,
  type RuleVersion,
  type Subject,
  wholeRecord,
} from '@dieule/core/kernel';
export type { Citation, LegalDocument, LocalizedText } from '@dieule/core/legal';
export { z } from 'zod';
export { checkPlugin, compilePlugin, type PluginInput } from './compile.js';
export {
  defineLocales,
  definePlugin,
  isPlugin,
  type Locales,
  localeProblems,
  namespaceOf,
  PluginError,
  pluginProblems,
} from './define.js';
export { createEngine, loadPlugins, type PluginEngineOptions, PluginLoadError } from './engine.js';
export { attainmentPercent, targetsAggregate, underOrganization } from './targets.js';
export * from './testing.js';
export {
  type AmendedValue,
  type Amendment,
  type LocalAnniversary,
  PLUGIN,
  type Plugin,
  type PluginCalendar,
  type PluginDefinition,
  type PluginLocales,
  type PluginScope,
  type RuleException,
  type SchemaExtensions,
  type Strictness,
  type TargetEntry,
  type TargetMeasure,
  type Targets,
} from './types.js';
