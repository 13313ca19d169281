import { canonicalJson, fnv1a64 } from '../kernel/hash.js';

/**
 * The generated id of an event that has none: `e-` and 12 hex digits of a 64-bit FNV-1a hash of the event's
 * canonical JSON (keys sorted, without `id`), with `-2`, `-3`… for the second, third… event of identical content in
 * the same history. Deterministic: the same content always gets the same id, on any machine, so a correction or a
 * second system can name an event a source never numbered. Documented in `docs/records.md`.
 * @example
 * generatedEventId({ type: 'death', date: '2020-01-01' }) // 'e-817677cee02a'
 */
export function generatedEventId(event: object, occurrence = 1): string {
  const { id: _id, ...content } = event as { id?: unknown };
  const h = `e-${fnv1a64(canonicalJson(content)).slice(0, 12)}`;
  return occurrence > 1 ? `${h}-${occurrence}` : h;
}

/**
 * The generated id of a member record that has none: `m-` and 12 hex digits of the hash of the person's name, birth
 * date and sex (never the citizen ID, which must not be recoverable from a report). Used by `upgrade()`.
 */
export function generatedMemberId(person: { fullName?: unknown; birthDate?: unknown; sex?: unknown }): string {
  return `m-${fnv1a64(canonicalJson([person.fullName ?? null, person.birthDate ?? null, person.sex ?? null])).slice(0, 12)}`;
}

/**
 * The id of each event in order: its own `id`, else the generated one. Identical events without id get distinct
 * ids by occurrence.
 */
export function eventIds(events: readonly object[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const own = (e as { id?: unknown }).id;
    if (typeof own === 'string' && own) return own;
    const base = generatedEventId(e);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base}-${n}` : base;
  });
}
