import { describe, expect, it } from 'vitest';
import { coreEngine } from '../src/default-engine.js';
import { jsonSchemaFor } from '../src/model/json-schema.js';

describe('every record kind', () => {
  for (const kind of coreEngine().recordKinds()) {
    describe(kind.kind, () => {
      it('is a Standard Schema (vendor zod, version 1) that reports issues instead of throwing', async () => {
        const std = kind.schema['~standard'];
        expect(std.version).toBe(1);
        expect(std.vendor).toBe('zod');
        const result = await std.validate({ kind: kind.kind });
        expect('issues' in result && result.issues?.length).toBeTruthy();
      });
      it('exports to JSON Schema draft 2020-12 with a Vietnamese description', () => {
        const js = jsonSchemaFor(kind);
        expect(js.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(js.type ?? js.oneOf ?? js.anyOf ?? js.allOf).toBeTruthy();
        expect(typeof js.description).toBe('string');
        expect(JSON.stringify(js)).toContain(`"${kind.kind}"`);
      });
    });
  }
});
