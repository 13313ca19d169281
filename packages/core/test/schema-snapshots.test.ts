import { describe, expect, it } from 'vitest';
import { coreEngine } from '../src/default-engine.js';
import { jsonSchemaFor } from '../src/model/json-schema.js';

// The JSON Schema of every record kind, kept as a file so that a refactor of the models (e.g. splitting the member
// events into one module per family) shows any change to the published schema in review.
describe('JSON Schema snapshots', () => {
  for (const kind of coreEngine().recordKinds()) {
    it(`${kind.kind} is unchanged`, async () => {
      await expect(`${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`).toMatchFileSnapshot(
        `./__snapshots__/schema/${kind.kind}.schema.json`,
      );
    });
  }
});
