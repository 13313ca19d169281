import { jsonSchemaFor } from '@dieule/core';
import { loadEngine } from '../engine.js';
import { UsageError } from '../exit-codes.js';
import { collect } from '../options.js';
import { printJson, type RegisterCommand } from './context.js';

/** `dieule schema [kind]`: JSON Schema of a record kind, or of all of them. */
export const registerSchema: RegisterCommand = (program, ctx) => {
  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of a record kind, or of all kinds')
    .argument('[kind]', 'record kind (member, rankingRound, …); all when omitted')
    .option('--plugin <module>', 'load a plugin (repeatable)', collect, [])
    .action(async (kind: string | undefined, opts: { plugin: string[] }) => {
      const engine = await loadEngine(ctx.io, opts.plugin);
      const kinds = engine.recordKinds();
      if (kind) {
        const k = engine.recordKind(kind);
        if (!k) throw new UsageError(`unknown record kind "${kind}" (known: ${kinds.map((x) => x.kind).join(', ')})`);
        return printJson(ctx, jsonSchemaFor(k));
      }
      printJson(ctx, {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'dieule record',
        oneOf: kinds.map((k) => jsonSchemaFor(k)),
      });
    });
};
