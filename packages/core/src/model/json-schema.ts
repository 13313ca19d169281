import { z } from 'zod';
import type { RecordKind } from '../kernel/record-kind.js';

/**
 * JSON Schema (draft 2020-12) of a record kind's input, for apps in other languages.
 * @example
 * jsonSchemaFor(memberKind).$schema // 'https://json-schema.org/draft/2020-12/schema'
 */
export function jsonSchemaFor(kind: RecordKind): Record<string, unknown> {
  return {
    ...z.toJSONSchema(kind.schema, { io: 'input', unrepresentable: 'any' }),
    title: kind.title.en,
    description: kind.title.vi,
  } as Record<string, unknown>;
}
