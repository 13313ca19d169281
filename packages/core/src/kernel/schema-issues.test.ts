import { describe, expect, it } from 'vitest';
import { validate } from '../default-engine.js';

const person = { fullName: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'male' };
const issuesOf = (record: unknown, locale: 'vi' | 'en' = 'vi') =>
  validate([record], { asOf: '2026-01-01', locale }).issues.filter((i) => i.ruleId === 'record.schema');

describe('zod issues keep the input kind (issue 10)', () => {
  it('regression: id: 42 says "expected a string", not "required field missing"', () => {
    const [vi] = issuesOf({ kind: 'member', id: 42, person, events: [] });
    expect(vi?.messageId).toBe('schema.invalid_type');
    expect(vi?.message).toBe('Trường "id": kiểu dữ liệu không đúng (cần chuỗi ký tự, nhận được số).');
    const [en] = issuesOf({ kind: 'member', id: 42, person, events: [] }, 'en');
    expect(en?.message).toBe('Field "id": wrong type (expected a string, received a number).');
    expect(en?.facts).toMatchObject({ field: 'id', expected: 'string', received: 'number' });
  });
  it('a missing field is still "required"', () => {
    const [i] = issuesOf({ kind: 'member', events: [] });
    expect(i?.messageId).toBe('schema.required');
    expect(i?.facts.field).toBe('person');
  });
  it('null and arrays are named as such', () => {
    expect(issuesOf({ kind: 'member', person, events: null })[0]?.facts).toMatchObject({ received: 'null' });
    expect(issuesOf({ kind: 'member', person: [], events: [] })[0]?.facts).toMatchObject({ received: 'array' });
  });
  it('a bad date says what a date must look like', () => {
    const [i] = issuesOf({ kind: 'member', person: { ...person, birthDate: '1990-02-30' }, events: [] });
    expect(i?.message).toBe('Trường "person.birthDate": sai định dạng (ngày có thật, viết YYYY-MM-DD).');
  });
  it('never echoes a full citizen ID, whatever field it was put in', () => {
    const id = '001090000123';
    const records = [
      { kind: 'member', id: Number(id), person, events: [] },
      { kind: 'member', person: { ...person, citizenId: Number(id) }, events: [] },
      { kind: 'member', person: { ...person, birthDate: id }, events: [] },
      { kind: 'member', person: { ...person, sex: id }, events: [] },
      { kind: id, person, events: [] },
    ];
    for (const locale of ['vi', 'en'] as const) {
      const text = JSON.stringify(validate(records, { asOf: '2026-01-01', locale }).issues);
      expect(text).not.toContain(id);
    }
  });
});
