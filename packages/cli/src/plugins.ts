import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine } from '@dieule/core';
import { createEngine, PluginLoadError } from '@dieule/plugin-sdk';
import { UsageError } from './exit-codes.js';
import { cliText } from './i18n/index.js';
import type { Io } from './io.js';

/**
 * Where a `--plugin` module lives: a path (file, or a package directory whose package.json names its entry) or an
 * installed package name resolved from the working directory.
 */
export async function resolvePlugin(io: Io, spec: string, locale: 'vi' | 'en' = 'vi'): Promise<string> {
  const looksLikePath = spec.startsWith('.') || isAbsolute(spec) || /\.(m?js|cjs|ts)$/.test(spec);
  const candidate = isAbsolute(spec) ? spec : resolve(io.cwd, spec);
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) return entryOfDirectory(candidate, locale);
  if (looksLikePath) throw new UsageError(cliText(locale, 'err.pluginNoFile', { spec }));
  try {
    return createRequire(join(io.cwd, 'noop.js')).resolve(spec);
  } catch {
    throw new UsageError(cliText(locale, 'err.pluginNoModule', { spec }));
  }
}

async function entryOfDirectory(dir: string, locale: 'vi' | 'en'): Promise<string> {
  let pkg: { exports?: unknown; module?: string; main?: string } = {};
  try {
    pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  } catch {
    // no package.json: fall back to index.js
  }
  const root = (pkg.exports as Record<string, unknown> | undefined)?.['.'] ?? pkg.exports;
  const fromExports =
    typeof root === 'string'
      ? root
      : typeof root === 'object' && root
        ? pick(root as Record<string, unknown>)
        : undefined;
  for (const rel of [fromExports, pkg.module, pkg.main, 'dist/index.js', 'index.js']) {
    if (!rel) continue;
    const file = join(dir, rel);
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  throw new UsageError(cliText(locale, 'err.pluginNoEntry', { spec: dir }));
}

function pick(conditions: Record<string, unknown>): string | undefined {
  for (const c of ['import', 'default', 'node']) {
    const v = conditions[c];
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object') {
      const inner = pick(v as Record<string, unknown>);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The plugin(s) a module exports: `default`, `plugin`, or `plugins` (an array). */
export function pluginsOfModule(mod: Record<string, unknown>, spec: string, locale: 'vi' | 'en' = 'vi'): unknown[] {
  const d = mod.default as Record<string, unknown> | unknown[] | undefined;
  if (Array.isArray(mod.plugins)) return mod.plugins;
  if (mod.plugin) return [mod.plugin];
  if (Array.isArray(d)) return d;
  if (d && typeof d === 'object' && 'name' in d) return [d];
  // a CommonJS module imported as ESM puts its exports on default
  if (d && typeof d === 'object') return pluginsOfModule(d as Record<string, unknown>, spec, locale);
  throw new UsageError(cliText(locale, 'err.pluginNoExport', { spec }));
}

/**
 * Loads `--plugin` modules into an engine with the core rules. Every plugin is checked first; any problem stops the
 * command with exit 2 and the problems on one line each — no engine is half-loaded.
 */
export async function loadPluginEngine(io: Io, specs: readonly string[], locale: 'vi' | 'en' = 'vi'): Promise<Engine> {
  const plugins: unknown[] = [];
  for (const spec of specs) {
    const file = await resolvePlugin(io, spec, locale);
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (e) {
      throw new UsageError(
        cliText(locale, 'err.pluginCannotLoad', { spec, file, detail: e instanceof Error ? e.message : String(e) }),
      );
    }
    plugins.push(...pluginsOfModule(mod, spec, locale));
  }
  try {
    return createEngine({ plugins });
  } catch (e) {
    if (e instanceof PluginLoadError || (e instanceof Error && e.name === 'PluginLoadError'))
      throw new UsageError(
        cliText(locale, 'err.pluginRejected', { problems: (e as PluginLoadError).problems.join(' | ') }),
      );
    throw e;
  }
}
