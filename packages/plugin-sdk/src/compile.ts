import { deepFreeze, organizationScope, type RulePack } from '@dieule/core';
import { definePlugin, isPlugin, labelOf, PluginError, pluginProblems } from './define.js';
import { targetsAggregate } from './targets.js';
import type { Plugin, PluginDefinition } from './types.js';

/** A plugin given as a definition, or checked already. */
export type PluginInput = Plugin | PluginDefinition;

/** Checks a plugin (made with `definePlugin`, or a plain object from a module) and returns it checked and frozen. */
export function checkPlugin(value: unknown): Plugin {
  if (isPlugin(value)) {
    // a checked plugin from another copy of the SDK is re-checked all the same: structure is cheap to verify
    const problems = pluginProblems(value);
    if (problems.length) throw new PluginError(labelOf(value), problems);
    return value;
  }
  return definePlugin(value as PluginDefinition);
}

/**
 * Compiles a plugin to the kernel's {@link RulePack}: its rules, documents, parameters and kinds; amendments with
 * their basis; exceptions as scoped disabled rules; schema extensions; targets as report aggregates; calendar data
 * and locales as hashed data. Does not check it against the core: {@link createEngine} does.
 */
export function compilePlugin(input: unknown): RulePack {
  const plugin = checkPlugin(input);
  const provenance = { source: 'plugin', name: plugin.name, version: plugin.version } as const;
  const pack: RulePack = {
    provenance,
    rules: plugin.rules ?? [],
    parameters: plugin.parameters ?? [],
    recordKinds: plugin.recordKinds ?? [],
    documents: plugin.documents ?? [],
    parameterAmendments: (plugin.amendments ?? []).map((a) => ({
      parameter: a.parameter,
      values: a.values.map((v) => ({ ...v, citations: v.citations ?? a.basis })),
      rules: a.rules ?? [],
      basis: a.basis,
      loosens: a.loosens !== undefined,
      ...(a.loosens ? { reason: a.loosens.reason } : {}),
    })),
    disabledRules: (plugin.exceptions ?? []).map((e) => ({
      ruleId: e.exceptionTo,
      ...(e.from ? { from: e.from } : {}),
      reason: e.reason.vi,
      ...(e.replacedBy ? { replacedBy: e.replacedBy } : {}),
      basis: e.basis,
    })),
    ...(plugin.scope
      ? {
          scope: {
            description: plugin.scope.description,
            organizations: plugin.scope.organizations,
            test: organizationScope(plugin.scope.organizations),
          },
        }
      : {}),
    schemaExtensions: Object.entries(plugin.extensions ?? {}).map(([kind, fields]) => ({ kind, fields })),
    derivers: plugin.derive ?? [],
    aggregates: (plugin.targets ?? []).map(targetsAggregate),
    data: {
      namespace: plugin.namespace,
      title: plugin.title,
      ...(plugin.calendar ? { calendar: plugin.calendar } : {}),
      ...(plugin.locales ? { locales: { vi: plugin.locales.vi, en: plugin.locales.en } } : {}),
      ...(plugin.targets
        ? { targets: plugin.targets.map((t) => ({ id: t.id, entries: t.entries, basis: t.basis })) }
        : {}),
      ...(plugin.after ? { after: plugin.after } : {}),
    },
  };
  return deepFreeze(pack);
}
