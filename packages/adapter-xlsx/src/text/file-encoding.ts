import iconv from 'iconv-lite';
import { syllableScore, textSignal } from './detect.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';

/**
 * The byte encoding of a text roster (CSV, NDJSON), decided from its first bytes before any header is matched.
 * `tcvn3` and `vni` are 8-bit legacy files; `utf-8+tcvn3` / `utf-8+vni` are UTF-8 files whose text was typed in a
 * legacy font (mis-decoded Unicode such as "NguyÔn").
 */
export type FileEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'tcvn3'
  | 'vni'
  | 'utf-8+tcvn3'
  | 'utf-8+vni'
  | 'latin1';

/** Human names of the encodings, for the file-level notice. */
export const FILE_ENCODING_NAMES: Readonly<Record<FileEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE (Unicode text)',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (8-bit)',
  vni: 'VNI (8-bit)',
  'utf-8+tcvn3': 'UTF-8, TCVN3 text',
  'utf-8+vni': 'UTF-8, VNI text',
  latin1: 'Latin-1',
};

function validUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Drops a multi-byte UTF-8 sequence cut at the end of a sample. */
function trimCut(buf: Buffer): Buffer {
  let cut = buf.length;
  let back = 0;
  while (cut > 0 && back < 3 && (buf[cut - 1]! & 0xc0) === 0x80) {
    cut--;
    back++;
  }
  if (cut > 0 && buf[cut - 1]! >= 0xc0) cut--;
  return buf.subarray(0, cut);
}

/** Decodes a whole buffer that is known to be in `enc` (used for samples and for small files). */
export function decodeBytes(buf: Buffer, enc: FileEncoding): string {
  switch (enc) {
    case 'utf-8':
    case 'utf-8-bom':
      return buf.toString('utf8').replace(/^\ufeff/, '');
    case 'utf-8+tcvn3':
      return decodeTcvn3(buf.toString('utf8').replace(/^\ufeff/, ''));
    case 'utf-8+vni':
      return decodeVni(buf.toString('utf8').replace(/^\ufeff/, ''));
    case 'utf-16le':
      return buf.toString('utf16le').replace(/^\ufeff/, '');
    case 'utf-16be':
      return iconv.decode(buf, 'utf-16be').replace(/^\ufeff/, '');
    case 'windows-1258':
      return iconv.decode(buf, 'windows-1258').normalize('NFC');
    case 'tcvn3':
      return decodeTcvn3(buf.toString('latin1'));
    case 'vni':
      return decodeVni(buf.toString('latin1'));
    case 'latin1':
      return buf.toString('latin1');
  }
}

/** Share of words that read as Vietnamese syllables, over letters-only words. */
function score(text: string): number {
  return syllableScore(text);
}

/**
 * Decides the encoding of a text file from a sample of its first bytes: byte-order marks, UTF-16 without a mark
 * (zero bytes), strict UTF-8, else the 8-bit candidate (Windows-1258, TCVN3, VNI) whose decoding reads most like
 * Vietnamese. A UTF-8 file with no Vietnamese Unicode letter but legacy-looking text is read as TCVN3/VNI text.
 * @param complete the sample is the whole file (no multi-byte sequence cut at its end)
 * @example
 * detectFileEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), true) // 'utf-8-bom'
 */
export function detectFileEncoding(sample: Buffer, complete: boolean): FileEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  if (sample.length >= 4) {
    let evenZero = 0;
    let oddZero = 0;
    const n = Math.min(sample.length, 4096);
    for (let i = 0; i < n; i++) if (sample[i] === 0) i % 2 === 0 ? evenZero++ : oddZero++;
    if (oddZero > n / 8 && evenZero < oddZero / 10) return 'utf-16le';
    if (evenZero > n / 8 && oddZero < evenZero / 10) return 'utf-16be';
  }
  const body = complete ? sample : trimCut(sample);
  if (validUtf8(body)) {
    const text = body.toString('utf8');
    let unicode = false;
    let legacy = 0;
    for (const word of text.split(/[\s,;\t"]+/)) {
      const s = textSignal(word);
      if (s === 'unicode') {
        unicode = true;
        break;
      }
      if (s === 'legacy-candidate') legacy++;
    }
    if (!unicode && legacy >= 2) {
      const asIs = score(text);
      const t = score(decodeTcvn3(text));
      const v = score(decodeVni(text));
      if (Math.max(t, v) > asIs + 0.05) return t >= v ? 'utf-8+tcvn3' : 'utf-8+vni';
    }
    return 'utf-8';
  }
  const candidates: FileEncoding[] = ['windows-1258', 'tcvn3', 'vni'];
  let best: FileEncoding = 'latin1';
  let bestScore = score(decodeBytes(sample, 'latin1'));
  for (const c of candidates) {
    const s = score(decodeBytes(sample, c));
    if (s > bestScore + 0.01) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/**
 * A streaming decoder for one encoding: feed byte chunks, get text; multi-byte sequences cut between chunks are
 * kept for the next chunk. Legacy mark pairs (VNI) never span a line, so callers decode per line for those.
 */
export function chunkDecoder(enc: FileEncoding): { write(b: Buffer): string; end(): string } {
  switch (enc) {
    case 'utf-8':
    case 'utf-8-bom':
    case 'utf-8+tcvn3':
    case 'utf-8+vni': {
      const d = new TextDecoder('utf-8', { ignoreBOM: false });
      return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
    }
    case 'utf-16le': {
      const d = new TextDecoder('utf-16le', { ignoreBOM: false });
      return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
    }
    case 'utf-16be':
    case 'windows-1258': {
      const d = iconv.getDecoder(enc, { stripBOM: true });
      return { write: (b) => d.write(b), end: () => d.end() ?? '' };
    }
    case 'tcvn3':
    case 'vni':
    case 'latin1':
      return { write: (b) => b.toString('latin1'), end: () => '' };
  }
}

/** Per-line repair that follows the byte decoding (legacy fonts, composed marks). */
export function lineRepair(enc: FileEncoding): ((line: string) => string) | undefined {
  switch (enc) {
    case 'tcvn3':
      return (l) => decodeTcvn3(l);
    case 'vni':
      return (l) => decodeVni(l);
    case 'utf-8+tcvn3':
      return (l) => byCell(l, decodeTcvn3);
    case 'utf-8+vni':
      return (l) => byCell(l, decodeVni);
    case 'windows-1258':
      return (l) => l.normalize('NFC');
    default:
      return undefined;
  }
}

/** Decodes each piece of a line between separators, leaving pieces that are proof of Unicode as they are. */
function byCell(line: string, decode: (s: string) => string): string {
  return line
    .split(/([,;\t"{}:[\]])/)
    .map((p) => (legacyPiece(p) ? decode(p) : p))
    .join('');
}

function legacyPiece(p: string): boolean {
  const s = textSignal(p);
  return s === 'legacy-candidate' || s === 'latin1-vietnamese';
}
