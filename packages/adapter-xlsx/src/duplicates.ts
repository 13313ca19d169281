/**
 * Duplicate detection over a whole file in bounded, compact memory: an open-addressing table of 64-bit key hashes
 * (two Uint32Array halves) with the first row's number (Int32Array), 12 bytes a slot, filled to at most 3/4 (16–32
 * bytes per key); the sheet of the first row is kept (Uint16Array) only once a second sheet appears.
 * This is the one structure that grows with the file; no key text is kept. A 64-bit hash makes a false match between
 * two different keys practically impossible (about 10⁻⁶ in a file of 5.6 million rows).
 */
export class DuplicateIndex {
  #lo: Uint32Array;
  #hi: Uint32Array;
  #rows: Int32Array;
  #sheets: Uint16Array | undefined;
  #size = 0;
  readonly #sheetNames: string[] = [];
  #lastSheet = '';
  #lastSheetIndex = -1;

  constructor(capacity = 1024) {
    let c = 16;
    while (c * 3 < capacity * 4) c *= 2;
    this.#lo = new Uint32Array(c);
    this.#hi = new Uint32Array(c);
    this.#rows = new Int32Array(c);
  }

  /** Number of distinct keys seen. */
  get size(): number {
    return this.#size;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.#lo.byteLength * 3 + (this.#sheets?.byteLength ?? 0);
  }

  /**
   * Records `key` at (sheet, row) and returns where it was first seen, or undefined when it is new.
   * @example
   * const idx = new DuplicateIndex();
   * idx.seen('c:001084000999', 'DS', 5) // undefined
   * idx.seen('c:001084000999', 'DS', 9) // { sheet: 'DS', row: 5 }
   */
  seen(key: string, sheet: string, row: number): { sheet: string; row: number } | undefined {
    hash64(key);
    let lo = H_LO;
    const hi = H_HI;
    if (lo === 0 && hi === 0) lo = 1; // 0/0 marks an empty slot
    return this.seenHash(lo, hi, sheet, row);
  }

  /** {@link seen} for a key already hashed with {@link hashKey} (workers hash, the main thread merges). */
  seenHash(lo: number, hi: number, sheet: string, row: number): { sheet: string; row: number } | undefined {
    const keysLo = this.#lo;
    const keysHi = this.#hi;
    const mask = keysLo.length - 1;
    let i = lo & mask;
    while (keysLo[i] !== 0 || keysHi[i] !== 0) {
      if (keysLo[i] === lo && keysHi[i] === hi)
        return { sheet: this.#sheetNames[this.#sheets ? this.#sheets[i]! : 0]!, row: this.#rows[i]! };
      i = (i + 1) & mask;
    }
    const s = this.#sheetIndex(sheet);
    keysLo[i] = lo;
    keysHi[i] = hi;
    this.#rows[i] = row;
    if (s > 0 || this.#sheets) {
      this.#sheets ??= new Uint16Array(keysLo.length);
      this.#sheets[i] = s;
    }
    this.#size++;
    if (this.#size * 4 > keysLo.length * 3) this.#grow();
    return undefined;
  }

  #sheetIndex(sheet: string): number {
    if (sheet === this.#lastSheet && this.#lastSheetIndex >= 0) return this.#lastSheetIndex;
    let s = this.#sheetNames.indexOf(sheet);
    if (s < 0) s = this.#sheetNames.push(sheet) - 1;
    this.#lastSheet = sheet;
    this.#lastSheetIndex = s;
    return s;
  }

  #grow(): void {
    const lo = this.#lo;
    const hi = this.#hi;
    const rows = this.#rows;
    const sheets = this.#sheets;
    const n = lo.length * 2;
    this.#lo = new Uint32Array(n);
    this.#hi = new Uint32Array(n);
    this.#rows = new Int32Array(n);
    this.#sheets = sheets ? new Uint16Array(n) : undefined;
    const mask = n - 1;
    for (let j = 0; j < lo.length; j++) {
      const a = lo[j]!;
      const b = hi[j]!;
      if (a === 0 && b === 0) continue;
      let i = a & mask;
      while (this.#lo[i] !== 0 || this.#hi[i] !== 0) i = (i + 1) & mask;
      this.#lo[i] = a;
      this.#hi[i] = b;
      this.#rows[i] = rows[j]!;
      if (sheets) this.#sheets![i] = sheets[j]!;
    }
  }
}

let H_LO = 0;
let H_HI = 0;

/**
 * A 64-bit hash of a key as two unsigned 32-bit halves `[lo, hi]` (never both 0), for {@link DuplicateIndex.seenHash}.
 * @example
 * hashKey('c:001084000999') // [lo, hi]
 */
export function hashKey(key: string): [number, number] {
  hash64(key);
  return H_LO === 0 && H_HI === 0 ? [1, 0] : [H_LO, H_HI];
}

/**
 * Two independent 32-bit hashes of the UTF-16 code units (FNV-1a, and a murmur-style multiply-xorshift with another
 * seed), finalised with murmur3's avalanche so that every input bit reaches every output bit. Result in H_LO/H_HI.
 */
function hash64(s: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  H_LO = fmix(a ^ Math.imul(b, 0x27d4eb2d)) >>> 0;
  H_HI = fmix(b ^ Math.imul(a, 0x165667b1)) >>> 0;
}

function fmix(h0: number): number {
  let h = h0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
