import { describe, expect, it } from 'vitest';
import { sexSchema } from '../model/common.js';
import {
  disciplineFormSchema,
  exemptionReasonSchema,
  memberEventSchema,
  strikeOffGroundSchema,
  suspensionEndReasonSchema,
  suspensionGroundSchema,
} from '../model/member.js';
import { kernelLocales } from './index.js';
import { labelTables } from './labels.js';

const keys = (o: object) => Object.keys(o).sort();

describe('every locale has every key', () => {
  it('kernel messages', () => {
    for (const table of Object.values(kernelLocales)) expect(keys(table)).toEqual(keys(kernelLocales.vi));
  });
  it('enum labels, domain by domain, none empty', () => {
    for (const table of Object.values(labelTables)) {
      expect(keys(table)).toEqual(keys(labelTables.vi));
      for (const [domain, values] of Object.entries(table)) {
        expect(keys(values), domain).toEqual(keys(labelTables.vi[domain as keyof typeof labelTables.vi]));
        for (const v of Object.values(values)) expect((v as string).trim()).not.toBe('');
      }
    }
  });
});

describe('label tables cover the model enums', () => {
  const cases: [keyof typeof labelTables.vi, readonly string[]][] = [
    ['eventType', memberEventSchema.options.map((o) => o.shape.type.value)],
    ['sex', sexSchema.options],
    ['disciplineForm', disciplineFormSchema.options],
    ['exemptionReason', exemptionReasonSchema.options],
    ['strikeOffGround', strikeOffGroundSchema.options],
    ['suspensionGround', suspensionGroundSchema.options],
    ['suspensionEndReason', suspensionEndReasonSchema.options],
  ];
  for (const [domain, values] of cases)
    it(domain, () => {
      for (const v of values) expect(Object.keys(labelTables.vi[domain]), `${domain}.${v}`).toContain(v);
    });
});
