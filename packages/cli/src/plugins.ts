import type { Engine } from '@dieule/core';
import { UsageError } from './exit-codes.js';
import type { Io } from './io.js';

/** Loads `--plugin` modules into an engine (implemented with the plugin SDK). */
export async function loadPluginEngine(_io: Io, _plugins: readonly string[]): Promise<Engine> {
  throw new UsageError('--plugin is not supported yet');
}
