import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ColumnEncodingVote,
  cleanText,
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  encodingFromFont,
  guessEncoding,
  nameKey,
  TCVN3_TO_UNICODE,
  textSignal,
} from '../src/index.js';

const LETTERS = [...'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ '];
const vietnamese = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));

describe('TCVN3', () => {
  it('has the 74 codes of the chart', () => expect(TCVN3_TO_UNICODE.size).toBe(74));
  it('decodes the samples of vn-data §6.1 (ư is U+00AD, never stripped)', () => {
    expect(decodeTcvn3('NguyÔn V¨n §øc')).toBe('Nguyễn Văn Đức');
    expect(decodeTcvn3('TrÇn ThÞ Thu H»ng')).toBe('Trần Thị Thu Hằng');
    expect(decodeTcvn3('Phã BÝ th\u00ad chi bé')).toBe('Phó Bí thư chi bộ');
  });
  it('upper-cases text of a .VnTimeH font (capitals with tones have no code)', () => {
    expect(encodeTcvn3('NGUYỄN VĂN ĐỨC')).toBe('NGUYÔN V¡N §øC');
    expect(decodeTcvn3('NGUYÔN V¡N §øC', { upperCaseFont: true })).toBe('NGUYỄN VĂN ĐỨC');
  });
  it('round-trips any lower-case Vietnamese text', () => {
    fc.assert(fc.property(vietnamese, (s) => decodeTcvn3(encodeTcvn3(s)) === s));
  });
});

describe('VNI', () => {
  it('decodes the samples, including ức (the npm candidate gets Đưùc)', () => {
    expect(decodeVni('Nguyeãn Vaên Ñöùc')).toBe('Nguyễn Văn Đức');
    expect(decodeVni('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    expect(decodeVni('NGUYEÃN VAÊN ÑÖÙC')).toBe('NGUYỄN VĂN ĐỨC');
  });
  it('uses yù yø yû yõ î for ý ỳ ỷ ỹ ỵ and æ ó ò for ỉ ĩ ị', () => {
    expect(encodeVni('ý ỳ ỷ ỹ ỵ ỉ ĩ ị')).toBe('yù yø yû yõ î æ ó ò');
  });
  it('round-trips any Vietnamese text, upper case too', () => {
    fc.assert(fc.property(vietnamese, (s) => decodeVni(encodeVni(s)) === s));
    fc.assert(fc.property(vietnamese, (s) => decodeVni(encodeVni(s.toUpperCase())) === s.toUpperCase()));
  });
});

describe('detection', () => {
  it('tells TCVN3 from VNI by syllables', () => {
    expect(guessEncoding('NguyÔn V¨n §øc')).toBe('tcvn3');
    expect(guessEncoding('Nguyeãn Vaên Ñöùc')).toBe('vni');
    expect(guessEncoding('Xin chaøo caùc baïn')).toBe('vni');
    expect(guessEncoding('José Müller')).toBeUndefined();
  });
  it('never decodes text that proves to be Unicode', () => {
    expect(textSignal('Lê Thị Hà')).toBe('unicode');
    expect(cleanText('Lê Thị Hà', 'tcvn3').value).toBe('Lê Thị Hà');
  });
  it('proof of Unicode is exactly the Vietnamese letters outside Latin-1 and the NFD marks (scan without regex)', () => {
    const proof =
      /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]|[\u0300-\u0303\u0306\u0309\u0323]/;
    for (let c = 0x100; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      expect(textSignal(`a${ch}`) === 'unicode', ch).toBe(proof.test(ch));
    }
    expect(textSignal('Nguy\u{1F600}n')).toBe('ascii');
    expect(textSignal('§\u{1F600}')).toBe('legacy-candidate');
  });
  it('decides whole columns: short ambiguous cells follow the column', () => {
    const vote = new ColumnEncodingVote();
    for (const s of ['NguyÔn V¨n §øc', 'TrÇn ThÞ Thu H»ng', 'Lª']) vote.add(s);
    expect(vote.decide()).toBe('tcvn3');
    expect(cleanText('Lª', 'tcvn3')).toEqual({ value: 'Lê', converted: 'tcvn3' });
    const mixed = new ColumnEncodingVote();
    for (const s of ['NguyÔn V¨n §øc', 'Lê Thị Hà']) mixed.add(s);
    expect(mixed.decide()).toBeUndefined();
  });
  it('reads the font name', () => {
    expect(encodingFromFont('.VnTime')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(encodingFromFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(encodingFromFont('VNI-Times')).toEqual({ encoding: 'vni', upperCase: false });
    expect(encodingFromFont('Times New Roman')).toBeUndefined();
  });
});

describe('normalisation', () => {
  it('composes NFD to NFC and reports it', () => {
    expect(cleanText('Nguye\u0302\u0303n')).toEqual({ value: 'Nguyễn', composed: true });
  });
  it('matches names whatever the tone placement or case', () => {
    expect(nameKey('Nguyễn Thị Thuỷ')).toBe(nameKey('nguyễn  thị thủy'));
    expect(nameKey('Hoà')).toBe(nameKey('Hòa'));
    expect(nameKey('Hoàng')).not.toBe(nameKey('Hòang'));
  });
});
