import { type LegacyEncoding, textSignal } from './detect.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';

/** What {@link cleanText} did to a text. */
export interface TextRepair {
  readonly value: string;
  /** Set when the text was converted from a legacy encoding. */
  readonly converted?: LegacyEncoding;
  /** Set when the text was decomposed ("Unicode tổ hợp") and was composed to NFC. */
  readonly composed?: boolean;
  /** Set when runs of spaces or non-breaking spaces inside the text were collapsed. */
  readonly spaces?: boolean;
}

/**
 * Cleans one cell text: legacy decoding when the column (or font) says so, NFC, trimming, collapsing inner spaces.
 * A cell that is itself proof of Unicode is never decoded, even in a legacy column.
 * @example
 * cleanText('NguyÔn V¨n §øc', 'tcvn3') // { value: 'Nguyễn Văn Đức', converted: 'tcvn3' }
 * cleanText('Nguye\u0302\u0303n') // { value: 'Nguyễn', composed: true }
 */
export function cleanText(raw: string, encoding?: LegacyEncoding, upperCaseFont = false): TextRepair {
  let value = raw;
  let converted: LegacyEncoding | undefined;
  if (encoding) {
    const signal = textSignal(value);
    if (signal === 'legacy-candidate' || signal === 'latin1-vietnamese' || (upperCaseFont && signal === 'ascii')) {
      const decoded = encoding === 'tcvn3' ? decodeTcvn3(value, { upperCaseFont }) : decodeVni(value);
      if (decoded !== value) {
        value = decoded;
        converted = encoding;
      }
    }
  }
  const nfc = value.normalize('NFC');
  const composed = !converted && nfc !== value;
  value = nfc;
  const trimmed = value.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/g, '');
  const collapsed = trimmed.replace(/[ \t\u00a0]{2,}|\u00a0/g, ' ');
  const spaces = collapsed !== trimmed;
  return {
    value: collapsed,
    ...(converted ? { converted } : {}),
    ...(composed ? { composed } : {}),
    ...(spaces ? { spaces } : {}),
  };
}

/** A tone mark on the second vowel of oa/oe/uy at the end of a syllable (new style), in NFD. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: NFD text: the class lists combining marks on purpose
const TONE_ON_SECOND = /([ou])([ae]|y)([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\u0302\u0306\u031b])/gu;

/** In NFC: plain o/u followed by a, e or y with one tone mark (the only texts {@link TONE_ON_SECOND} can change). */
const NEW_STYLE_TONE = /[ou][àáãảạèéẽẻẹỳýỹỷỵ]/;

/**
 * A matching key for names: NFC, lower case, one space, and one tone-placement style (the "old" style: hòa, thủy,
 * khóa) so that Hoà/Hòa and Thuỷ/Thủy are the same person for duplicate detection. Display keeps the original.
 * @example
 * nameKey('Nguyễn Thị Thuỷ') === nameKey('nguyễn  thị thủy') // true
 */
export function nameKey(name: string): string {
  // Vietnamese has no locale-specific case mapping: toLowerCase is toLocaleLowerCase('vi'), without the ICU call
  const s = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  // move a tone mark from the second vowel to the first in oa/oe/uy (new style → old style), NFD to move marks;
  // only a plain o/u before a/e/y carrying a lone tone mark can match, so most names skip the NFD round trip
  if (!NEW_STYLE_TONE.test(s)) return s;
  return s.normalize('NFD').replace(TONE_ON_SECOND, '$1$3$2').normalize('NFC');
}

/**
 * Folds a header or value to plain lower-case ASCII words: no diacritics, đ → d, punctuation → space.
 * @example
 * foldText('Ngày vào Đảng') // 'ngay vao dang'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
