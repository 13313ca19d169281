import { decodeTcvn3, TCVN3_TO_UNICODE } from './tcvn3.js';
import { decodeVni } from './vni.js';

/** A text encoding we can repair. `unicode` means: leave it alone. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** What the cell font says about the encoding (the strongest signal; ExcelJS exposes `cell.font.name`). */
export function encodingFromFont(
  fontName: string | undefined,
): { encoding: LegacyEncoding; upperCase: boolean } | undefined {
  if (!fontName) return undefined;
  const f = fontName.trim();
  if (/^VNI[-\s]/i.test(f)) return { encoding: 'vni', upperCase: false };
  if (/^\.Vn/i.test(f) || /^VN(?!I)[a-z]/i.test(f)) return { encoding: 'tcvn3', upperCase: /^\.Vn\S*H$/i.test(f) };
  return undefined;
}

/** Latin-1 letters that Vietnamese Unicode text uses; anything else in U+00A1–U+00FF is foreign to Vietnamese. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
/** VNI mark pairs after a vowel. */
const VNI_PAIR = /[aeiouyAEIOUY][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ôöÔÖ][ùøûõïÙØÛÕÏ]|[ñÑ]/;

/**
 * Proof of Unicode text, for one UTF-16 unit above U+00FF: a Vietnamese letter outside Latin-1 (ă đ ĩ ũ ơ ư and the
 * U+1EA0–U+1EF9 block) or a combining mark of NFD Vietnamese (U+0300–U+0303, U+0306, U+0309, U+0323).
 */
function unicodeVietnamese(c: number): boolean {
  if (c >= 0x1ea0) return c <= 0x1ef9;
  if (c >= 0x300 && c <= 0x323) return c <= 0x303 || c === 0x306 || c === 0x309 || c === 0x323;
  return (
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x128 ||
    c === 0x129 ||
    c === 0x168 ||
    c === 0x169 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0
  );
}

/** How a text looks. */
export type TextSignal = 'ascii' | 'unicode' | 'legacy-candidate' | 'latin1-vietnamese';

/**
 * Classifies one text. `legacy-candidate` = only Latin-1 code points and at least one that Vietnamese Unicode never
 * uses (or a VNI mark pair): it may be TCVN3 or VNI; `latin1-vietnamese` = only Latin-1 letters that Unicode
 * Vietnamese also uses ("Lê", "Hà"): ambiguous alone, decided by the column.
 */
export function textSignal(text: string): TextSignal {
  let high = false;
  let foreign = false;
  // by UTF-16 unit: the sets below are all in the BMP, and a surrogate half is in none of them (as its code point)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c > 0xff) {
      if (unicodeVietnamese(c)) return 'unicode';
      continue;
    }
    high = true;
    if (!foreign) {
      const ch = text[i]!;
      if (!VIETNAMESE_LATIN1.has(ch) && (TCVN3_TO_UNICODE.has(ch) || c >= 0xc0)) foreign = true;
    }
  }
  if (!high) return 'ascii';
  if (foreign || VNI_PAIR.test(text)) return 'legacy-candidate';
  return 'latin1-vietnamese';
}

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(\p{L}{1,3}?)(ch|ng|nh|[cmnpt])?$/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Vowel nuclei of Vietnamese syllables, without tone marks. */
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ưi ưu ươ uy ' +
    'ya yê iêu oai oay oeo uây uôi ươi ươu uya uyê uyu yêu'
  ).split(' '),
);

function isSyllable(word: string): boolean {
  const d = word.normalize('NFD');
  const tones = d.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = d.replace(TONE_MARKS, '').normalize('NFC');
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  // try every split of the rest into nucleus + coda
  const rest = bare.slice(m[1]?.length ?? 0);
  for (let n = 1; n <= Math.min(3, rest.length); n++) {
    const nucleus = rest.slice(0, n);
    const coda = rest.slice(n);
    if (NUCLEI.has(nucleus) && /^(ch|ng|nh|[cmnpt]|)$/.test(coda)) return true;
  }
  return false;
}

/** Share of words that look like Vietnamese syllables (0..1); words without letters are ignored. */
export function syllableScore(text: string): number {
  const words = text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return 0;
  let ok = 0;
  for (const w of words) if (isSyllable(w)) ok++;
  return ok / words.length;
}

/**
 * Guesses the legacy encoding of one text by decoding it both ways and keeping the one whose words look most like
 * Vietnamese syllables. Returns undefined when neither decoding improves on the text as it is.
 * @example
 * guessEncoding('NguyÔn V¨n §øc') // 'tcvn3'
 * guessEncoding('Nguyeãn Vaên Ñöùc') // 'vni'
 */
export function guessEncoding(text: string): LegacyEncoding | undefined {
  if (textSignal(text) !== 'legacy-candidate') return undefined;
  const asIs = syllableScore(text);
  const t = syllableScore(decodeTcvn3(text));
  const v = syllableScore(decodeVni(text));
  const best = Math.max(t, v);
  if (best <= asIs) return undefined;
  if (t === v) return undefined; // both readings equally plausible: let the column decide
  return t > v ? 'tcvn3' : 'vni';
}

/**
 * Column-level decision (always convert whole columns, never single cells by guess). Feed it the texts of a sample;
 * `decide()` returns the column's encoding when the legacy votes win and no cell is proof of Unicode.
 */
export class ColumnEncodingVote {
  #tcvn3 = 0;
  #vni = 0;
  #unicode = 0;
  add(text: string): void {
    const s = textSignal(text);
    if (s === 'unicode') this.#unicode++;
    else if (s === 'legacy-candidate') {
      const g = guessEncoding(text);
      if (g === 'tcvn3') this.#tcvn3++;
      else if (g === 'vni') this.#vni++;
    }
  }
  decide(): LegacyEncoding | undefined {
    if (this.#unicode > 0) return undefined;
    if (this.#tcvn3 === 0 && this.#vni === 0) return undefined;
    return this.#tcvn3 >= this.#vni ? 'tcvn3' : 'vni';
  }
}
