import { coreEngine, type Engine } from '@dieule/core';
import type { UsageError } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * The engine for a command: the core rules plus the plugins named with `--plugin` (each a built plugin file, a
 * package directory, or an installed package name; see `plugins.ts`). Without plugins this is the shared core engine.
 * Plugins are checked at load time: a bad one throws a {@link UsageError} (exit 2) naming every problem.
 */
export async function loadEngine(io: Io, plugins: readonly string[] = [], locale: 'vi' | 'en' = 'vi'): Promise<Engine> {
  if (plugins.length === 0) return coreEngine();
  const { loadPluginEngine } = await import('./plugins.js');
  return loadPluginEngine(io, plugins, locale);
}
