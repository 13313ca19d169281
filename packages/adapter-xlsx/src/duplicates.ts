/**
 * Duplicate detection over a whole file in bounded, compact memory: an open-addressing table of 53-bit key hashes
 * (Float64Array) with the first row's number and sheet (Int32Array, Uint16Array), 14 bytes a slot. This is the one
 * structure that grows with the file (about 28 bytes per row and key kind at load ≤ 0.5); no key text is kept.
 * A 53-bit hash makes a false match between two different keys practically impossible (≈ 10⁻⁴ in a file of a
 * million rows).
 */
export class DuplicateIndex {
  #keys: Float64Array;
  #rows: Int32Array;
  #sheets: Uint16Array;
  #size = 0;
  readonly #sheetNames: string[] = [];

  constructor(capacity = 1024) {
    let c = 16;
    while (c < capacity * 2) c *= 2;
    this.#keys = new Float64Array(c);
    this.#rows = new Int32Array(c);
    this.#sheets = new Uint16Array(c);
  }

  /** Number of distinct keys seen. */
  get size(): number {
    return this.#size;
  }

  /**
   * Records `key` at (sheet, row) and returns where it was first seen, or undefined when it is new.
   * @example
   * const idx = new DuplicateIndex();
   * idx.seen('c:001084000999', 'DS', 5) // undefined
   * idx.seen('c:001084000999', 'DS', 9) // { sheet: 'DS', row: 5 }
   */
  seen(key: string, sheet: string, row: number): { sheet: string; row: number } | undefined {
    const h = hash53(key) || 1; // 0 marks an empty slot
    const mask = this.#keys.length - 1;
    let i = (h % this.#keys.length) & mask;
    while (this.#keys[i] !== 0) {
      if (this.#keys[i] === h) return { sheet: this.#sheetNames[this.#sheets[i]!]!, row: this.#rows[i]! };
      i = (i + 1) & mask;
    }
    let s = this.#sheetNames.indexOf(sheet);
    if (s < 0) s = this.#sheetNames.push(sheet) - 1;
    this.#keys[i] = h;
    this.#rows[i] = row;
    this.#sheets[i] = s;
    this.#size++;
    if (this.#size * 2 > this.#keys.length) this.#grow();
    return undefined;
  }

  #grow(): void {
    const keys = this.#keys;
    const rows = this.#rows;
    const sheets = this.#sheets;
    const n = keys.length * 2;
    this.#keys = new Float64Array(n);
    this.#rows = new Int32Array(n);
    this.#sheets = new Uint16Array(n);
    const mask = n - 1;
    for (let j = 0; j < keys.length; j++) {
      const h = keys[j]!;
      if (h === 0) continue;
      let i = (h % n) & mask;
      while (this.#keys[i] !== 0) i = (i + 1) & mask;
      this.#keys[i] = h;
      this.#rows[i] = rows[j]!;
      this.#sheets[i] = sheets[j]!;
    }
  }
}

/** Two FNV-1a 32-bit hashes (different seeds) folded into a 53-bit integer. */
function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
