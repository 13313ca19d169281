import { jsonSchemaFor } from '@dieule/core';
import { loadEngine } from '../engine.js';
import { UsageError } from '../exit-codes.js';
import { collect } from '../options.js';
import { printJson, type RegisterCommand, textsOf } from './context.js';

/** `dieule schema [kind]`: JSON Schema of a record kind, or of all of them. */
export const registerSchema: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  program
    .command('schema')
    .description(t('schema.description'))
    .argument('[kind]', t('schema.kind'))
    .option('--plugin <module>', t('opt.plugin'), collect, [])
    .option('--locale <vi|en>', t('opt.locale'), 'vi')
    .action(async (kind: string | undefined, opts: { plugin: string[] }) => {
      const engine = await loadEngine(ctx.io, opts.plugin, ctx.locale);
      const kinds = engine.recordKinds();
      if (kind) {
        const k = engine.recordKind(kind);
        if (!k) throw new UsageError(t('schema.unknownKind', { kind, known: kinds.map((x) => x.kind).join(', ') }));
        return printJson(ctx, jsonSchemaFor(k));
      }
      printJson(ctx, {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'dieule record',
        oneOf: kinds.map((k) => jsonSchemaFor(k)),
      });
    });
};
