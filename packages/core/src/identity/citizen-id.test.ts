import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCitizenId, maskCitizenId } from './citizen-id.js';

describe('decodeCitizenId', () => {
  it('decodes the example of TT 07/2016 commentary (087084000999: Đồng Tháp, male, 1984)', () => {
    expect(decodeCitizenId('087084000999')).toMatchObject({
      ok: true,
      birthPlace: 'Đồng Tháp',
      sex: 'male',
      birthYear: 1984,
    });
  });
  it('decodes the 21st century female digit', () => {
    expect(decodeCitizenId('001301012345')).toMatchObject({ sex: 'female', birthYear: 2001, birthPlace: 'Hà Nội' });
  });
  it('country codes are births registered abroad', () => {
    expect(decodeCitizenId('175090001234')).toMatchObject({ ok: true, birthPlace: 'abroad' });
  });
  it('never returns the full number in any field (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9,14}$/), (id) => {
        const json = JSON.stringify(decodeCitizenId(id));
        expect(json.includes(id)).toBe(false);
      }),
    );
  });
  it('masks all but the first 3 and last 2 characters', () => {
    expect(maskCitizenId('087084000999')).toBe('087*******99');
  });
});
