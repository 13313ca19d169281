import { deepFreeze, type LocalizedText } from '@dieule/core';
import { PLUGIN, type Plugin, type PluginDefinition, type PluginLocales } from './types.js';
import { structuralProblems } from './validate.js';

/** A plugin that cannot be loaded. Lists every problem; nothing of the plugin is loaded. */
export class PluginError extends Error {
  constructor(
    readonly plugin: string,
    readonly problems: readonly string[],
  ) {
    super(`Plugin ${plugin} rejected:\n- ${problems.join('\n- ')}`);
    this.name = 'PluginError';
  }
}

/** The namespace a plugin's ids live in: `namespace`, or the name without scope and `dieule-plugin-` prefix. */
export function namespaceOf(def: Pick<PluginDefinition, 'name' | 'namespace'>): string {
  if (def.namespace) return def.namespace;
  const bare = def.name.replace(/^@[^/]+\//, '').replace(/^dieule-plugin-/, '');
  return bare.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

const labelOf = (v: unknown): string => {
  const o = v as { name?: unknown; version?: unknown } | null;
  return typeof o?.name === 'string'
    ? `"${o.name}${typeof o.version === 'string' ? `@${o.version}` : ''}"`
    : '(unnamed)';
};

/**
 * Everything wrong with a plugin on its own (structure, namespace, locales, internal references). Checks against the
 * core and other plugins are made by `createEngine`.
 */
export function pluginProblems(value: unknown): string[] {
  const structural = structuralProblems(value);
  if (structural.length) return structural;
  const def = value as PluginDefinition;
  const ns = namespaceOf(def);
  const problems: string[] = [];
  const own = (what: string, id: string) => {
    if (!id.startsWith(`${ns}/`)) problems.push(`${what} "${id}" must be in the plugin's namespace ("${ns}/…")`);
  };
  for (const r of def.rules ?? []) own('rule id', r.id);
  for (const p of def.parameters ?? []) own('parameter id', p.id);
  for (const k of def.recordKinds ?? []) own('record kind', k.kind);
  for (const d of def.documents ?? []) own('document id', d.id);
  for (const t of def.targets ?? []) own('targets id', t.id);
  const ruleIds = new Set((def.rules ?? []).map((r) => r.id));
  const dup = (def.rules ?? []).map((r) => r.id).filter((id, i, all) => all.indexOf(id) !== i);
  for (const id of new Set(dup)) problems.push(`rule id "${id}" defined twice`);
  for (const r of def.rules ?? [])
    for (const [local, param] of Object.entries(r.parameters ?? {}) as [string, { id?: string }][])
      if (!param.id) problems.push(`rule "${r.id}": parameter "${local}" has no id`);
  for (const e of def.exceptions ?? []) {
    if (e.replacedBy && !ruleIds.has(e.replacedBy))
      problems.push(
        `exception to "${e.exceptionTo}" is replaced by "${e.replacedBy}", which is not a rule of the plugin`,
      );
    if (e.exceptionTo.startsWith(`${ns}/`))
      problems.push(`exception to "${e.exceptionTo}": a plugin does not make exceptions to its own rules`);
  }
  for (const a of def.amendments ?? []) {
    if (a.parameter.startsWith(`${ns}/`))
      problems.push(`amendment of "${a.parameter}": a plugin sets its own parameters directly, not by amendment`);
    const sorted = [...a.values].sort((x, y) => (x.from < y.from ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      if (prev.to == null || prev.to >= sorted[i]!.from)
        problems.push(`amendment of "${a.parameter}": values from ${prev.from} and ${sorted[i]!.from} overlap`);
    }
  }
  for (const [kind, fields] of Object.entries(def.extensions ?? {}))
    for (const [field, schema] of Object.entries(fields))
      if (!schema.safeParse(undefined).success)
        problems.push(`extension field "${kind}.${field}" must be optional (an extension never rejects a core record)`);
  if (def.locales) problems.push(...localeProblems(def.locales));
  for (const [i, t] of (def.targets ?? []).entries()) {
    const seen = new Set<string>();
    for (const e of t.entries) {
      const key = `${e.organization}:${e.year}`;
      if (seen.has(key)) problems.push(`targets[${i}] "${t.id}": ${key} listed twice`);
      seen.add(key);
    }
  }
  return problems;
}

/** Keys missing from a locale (every locale must have every key). */
export function localeProblems(locales: PluginLocales): string[] {
  const all = new Set([...Object.keys(locales.vi), ...Object.keys(locales.en)]);
  const problems: string[] = [];
  for (const key of all)
    for (const loc of ['vi', 'en'] as const)
      if (!(key in locales[loc])) problems.push(`locale ${loc} has no message "${key}"`);
  return problems;
}

/** True for plugins made by {@link definePlugin} (by any copy of the SDK). */
export function isPlugin(value: unknown): value is Plugin {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PLUGIN] === true;
}

/**
 * Declares a plugin: checks it (throws {@link PluginError} listing every problem), resolves its namespace and
 * freezes it, so that neither the plugin nor anyone else can change it once loaded.
 * @example
 * export default definePlugin({
 *   name: 'tinh-x', version: '1.0.0', title: { vi: 'Quy định của Tỉnh ủy X', en: 'Province X rules' },
 *   rules: [meetingQuality],
 * });
 */
export function definePlugin<const D extends PluginDefinition>(definition: D): D & Plugin {
  if (isPlugin(definition)) return definition as D & Plugin;
  const problems = pluginProblems(definition);
  if (problems.length) throw new PluginError(labelOf(definition), problems);
  const plugin = { ...definition, namespace: namespaceOf(definition) } as D & Plugin;
  Object.defineProperty(plugin, PLUGIN, { value: true, enumerable: false });
  return deepFreeze(plugin);
}

/** Messages by key with a `text(key)` helper that returns `{ vi, en }` for rule messages and titles. */
export interface Locales<K extends string> extends PluginLocales {
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
  text(key: K): LocalizedText;
}

/**
 * Declares a plugin's messages once, in every locale, checked for missing keys by the compiler (both locales have
 * the same keys) and at load time.
 * @example
 * const t = defineLocales({ vi: { late: 'Quá hạn {days} ngày' }, en: { late: '{days} days late' } });
 * t.text('late') // { vi: 'Quá hạn {days} ngày', en: '{days} days late' }
 */
export function defineLocales<K extends string>(locales: {
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<NoInfer<K>, string>>;
}): Locales<K> {
  const problems = localeProblems(locales);
  if (problems.length) throw new PluginError('(locales)', problems);
  return Object.freeze({
    vi: Object.freeze({ ...locales.vi }),
    en: Object.freeze({ ...locales.en }),
    text: (key: K): LocalizedText => ({ vi: locales.vi[key], en: locales.en[key] }),
  });
}

export { labelOf };
