import { coreEngine, type Engine } from '@dieule/core';
import type { Io } from './io.js';

/**
 * The engine for a command: the core rules plus the plugins named with `--plugin` (filled in by the plugin SDK
 * work; without plugins this is the core engine).
 */
export async function loadEngine(_io: Io, plugins: readonly string[] = []): Promise<Engine> {
  if (plugins.length === 0) return coreEngine();
  const { loadPluginEngine } = await import('./plugins.js');
  return loadPluginEngine(_io, plugins);
}
