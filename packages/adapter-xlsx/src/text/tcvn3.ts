/**
 * TCVN3 ("ABC", TCVN 5712:1993; fonts `.VnTime`, `.VnArial`, …): a single-byte Vietnamese encoding. Text typed in a
 * TCVN3 font arrives from a modern workbook as Latin-1 code points ("NguyÔn V¨n §øc"); decoding is a per-character
 * map. Our own table (74 codes), built from the code chart facts in `vn-data.md` §6.1 — not copied from a package.
 *
 * Upper-case letters with tone marks have no TCVN3 code: `.VnTimeH`-style fonts draw the lower-case codes as capitals,
 * so text from such a font is upper-cased after decoding.
 */

/** TCVN3 code point → Unicode letter (pairs: TCVN3 character, Unicode character). */
const PAIRS =
  '¢Â£Ê¤Ôµà¸á©â·ãÌèÐéªê×ìÝíßòãó«ôâõïùóúýý¡Ă§Đ¥Ơ¦Ư¨ă®đÜĩòũ¬ơ\u00adư¹ạ¶ảÊấÇầÈẩÉẫËậ¾ắ»ằ¼ẳ½ẵÆặÑẹÎẻÏẽÕếÒềÓểÔễÖệØỉÞịäọáỏèốåồæổçỗéộíớêờëởìỡîợôụñủøứõừöử÷ữùựúỳþỵûỷüỹ';

/** The decoding table, TCVN3 character → Unicode character. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i < chars.length; i += 2) m.set(chars[i]!, chars[i + 1]!);
  return m;
})();

/** Unicode letter → TCVN3 character (for tests and for writing legacy fixtures). */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, string> = new Map(
  [...TCVN3_TO_UNICODE].map(([k, v]) => [v, k] as const),
);

/**
 * Decodes TCVN3 text (as Latin-1 code points) to Unicode NFC. `upperCaseFont` is set for `.Vn…H` fonts.
 * @example
 * decodeTcvn3('NguyÔn V¨n §øc') // 'Nguyễn Văn Đức'
 * decodeTcvn3('nguyÔn v¨n §øc', { upperCaseFont: true }) // 'NGUYỄN VĂN ĐỨC'
 */
export function decodeTcvn3(text: string, options: { upperCaseFont?: boolean } = {}): string {
  let out = '';
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  out = out.normalize('NFC');
  return options.upperCaseFont ? out.toLocaleUpperCase('vi') : out;
}

/**
 * Encodes Unicode text to TCVN3 (Latin-1 code points). Capitals with tone marks have no code and are written with the
 * lower-case code, which is what a `.VnTimeH` font expects.
 * @example
 * encodeTcvn3('Nguyễn Văn Đức') // 'NguyÔn V¨n §øc'
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = UNICODE_TO_TCVN3.get(ch);
    if (direct) out += direct;
    else {
      const lower = ch.toLocaleLowerCase('vi');
      out += lower !== ch ? (UNICODE_TO_TCVN3.get(lower) ?? ch) : ch;
    }
  }
  return out;
}
