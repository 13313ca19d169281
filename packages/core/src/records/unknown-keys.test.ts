import { describe, expect, it } from 'vitest';
import { validate } from '../default-engine.js';

const asOf = '2026-12-01' as const;

describe('unknown keys: a warning with a did-you-mean, never a silent drop', () => {
  it('regression: a misspelt person.citizenID was silently removed', () => {
    const r = validate(
      {
        kind: 'member',
        person: { fullName: 'A', birthDate: '1990-01-01', sex: 'male', citizenID: '001090000001' },
        events: [],
      },
      { asOf },
    );
    const w = r.issues.find((i) => i.ruleId === 'record.unknownKey');
    expect(w).toMatchObject({ severity: 'warning', path: ['person', 'citizenID'], facts: { suggestion: 'citizenId' } });
    expect(w?.message).toContain('"citizenId"');
    // no echo of the value
    expect(JSON.stringify(r)).not.toContain('001090000001');
  });
  it('member, organization and bundle keys', () => {
    const member = validate(
      { kind: 'member', person: { fullName: 'A', birthDate: '1990-01-01', sex: 'male' }, event: [] },
      { asOf },
    );
    expect(member.issues.find((i) => i.ruleId === 'record.unknownKey')?.facts.suggestion).toBe('events');
    const org = validate({ kind: 'organization', id: 'X', name: 'X', type: 'cell', parentId: 'Y' }, { asOf });
    expect(org.issues.find((i) => i.ruleId === 'record.unknownKey')?.facts.suggestion).toBe('parent');
    const b = validate(
      { kind: 'bundle', members: [], organisations: [{ id: 'X', name: 'X', type: 'cell' }] },
      { asOf, locale: 'en' },
    );
    const w = b.issues.find((i) => i.ruleId === 'record.unknownKey');
    expect(w?.message).toBe(
      'Field "organisations" is not part of the record format and is ignored; did you mean "organizations"?',
    );
  });
  it('a key far from every known key gets no suggestion', () => {
    const r = validate({ kind: 'organization', id: 'X', name: 'X', type: 'cell', zzzzzzzz: 1 }, { asOf });
    expect(r.issues.find((i) => i.ruleId === 'record.unknownKey')?.messageId).toBe('unknownKey');
  });
});
