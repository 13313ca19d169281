/**
 * 64-bit FNV-1a over a string, as 16 hex digits. Not cryptographic: it identifies a rule set in reports. Runs in a
 * browser (no `node:crypto`).
 */
export function fnv1a64(text: string): string {
  let h1 = 0x84222325;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 ^= c;
    // multiply the 64-bit (h2:h1) by the FNV prime 0x100000001b3
    const l = h1 * 0x1b3;
    const h = h2 * 0x1b3 + ((h1 << 8) >>> 0) * 0x1 + Math.floor(l / 0x100000000);
    h1 = l >>> 0;
    h2 = h >>> 0;
  }
  return h2.toString(16).padStart(8, '0') + h1.toString(16).padStart(8, '0');
}

/**
 * JSON with sorted object keys, so equal values always hash alike. Functions count only by their presence (`fn`):
 * their source text differs between the ESM, CommonJS and source builds of the same release, so it cannot identify a
 * rule set; the library version and the packs' versions do.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (typeof v === 'function') return 'fn';
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    }
    return v;
  });
}
