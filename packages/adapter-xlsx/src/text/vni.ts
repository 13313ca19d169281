/**
 * VNI-Windows (fonts `VNI-Times`, `VNI-Helve`, …): a base letter followed by a mark character, plus a few single
 * characters (đ = ñ, ư = ö, ơ = ô, ĩ = ó, ỉ = æ, ị = ò, ỵ = î). Our own table, composed from the mark rules in
 * `vn-data.md` §6.1 (ý ỳ ỷ ỹ ỵ = yù yø yû yõ î, í ì ỉ ĩ ị = í ì æ ó ò); decoding is longest-match first.
 */

/** Tone marks after a base vowel: acute, grave, hook, tilde, dot (lower-case mark characters). */
const TONES = ['ù', 'ø', 'û', 'õ', 'ï'] as const;
/** Circumflex with no tone, then with each tone. */
const CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'] as const;
/** Breve with no tone, then with each tone. */
const BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'] as const;
/** Combining marks of the tones in the same order as {@link TONES}. */
const COMBINING = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

function upperMark(m: string): string {
  return m.toUpperCase();
}

/** The decoding table: VNI sequence (1 or 2 characters) → Unicode letter. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (seq: string, uni: string) => {
    m.set(seq, uni.normalize('NFC'));
    const upSeq = seq.length === 2 ? seq[0]!.toUpperCase() + upperMark(seq[1]!) : seq.toUpperCase();
    m.set(upSeq, uni.normalize('NFC').toLocaleUpperCase('vi'));
  };
  for (const base of ['a', 'e', 'o', 'u', 'y'])
    TONES.forEach((t, i) => {
      add(base + t, base + COMBINING[i]);
    });
  for (const base of ['a', 'e', 'o']) {
    add(base + CIRCUMFLEX[0], `${base}\u0302`);
    for (let i = 0; i < 5; i++) add(base + CIRCUMFLEX[i + 1], `${base}\u0302${COMBINING[i]}`);
  }
  add('a' + BREVE[0], 'a\u0306');
  for (let i = 0; i < 5; i++) add('a' + BREVE[i + 1], `a\u0306${COMBINING[i]}`);
  // ơ = ô, ư = ö as single characters, then with tones
  add('ô', 'ơ');
  add('ö', 'ư');
  TONES.forEach((t, i) => {
    add(`ô${t}`, `ơ${COMBINING[i]}`);
    add(`ö${t}`, `ư${COMBINING[i]}`);
  });
  // i: í and ì are themselves; ỉ ĩ ị are single characters. ỵ is single too. đ = ñ.
  add('æ', 'ỉ');
  add('ó', 'ĩ');
  add('ò', 'ị');
  add('î', 'ỵ');
  add('ñ', 'đ');
  return m;
})();

/** Unicode letter → VNI sequence. */
export const UNICODE_TO_VNI: ReadonlyMap<string, string> = new Map(
  [...VNI_TO_UNICODE].map(([k, v]) => [v, k] as const),
);

/**
 * Decodes VNI text to Unicode NFC, longest match first.
 * @example
 * decodeVni('Nguyeãn Vaên Ñöùc') // 'Nguyễn Văn Đức'
 */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_TO_UNICODE.get(text.slice(i, i + 2));
    if (pair && i + 1 < text.length) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_TO_UNICODE.get(text[i]!) ?? text[i];
  }
  return out.normalize('NFC');
}

/**
 * Encodes Unicode text to VNI.
 * @example
 * encodeVni('Nguyễn Văn Đức') // 'Nguyeãn Vaên Ñöùc'
 */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}
