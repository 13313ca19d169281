import { addDays } from '../date/add-days.js';
import type { CivilDate } from '../date/civil-date.js';
import type { Citation, Confidence, LegalDocument, LocalizedText } from './types.js';
import { CONFIDENCES } from './types.js';

/** A dated entry citing documents: a rule version or a parameter value. */
export interface DatedCiting {
  readonly from: CivilDate;
  readonly to?: CivilDate | null;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
  readonly note?: LocalizedText;
}

/**
 * That a figure or rule was seen again in a document replacing the one it cites (e.g. the 2026 sources report the
 * age band of QĐ 294 unchanged in QĐ 208): the carried version cites the new document at this confidence instead of
 * `carried-over`. With the confidence `carried-over` it confirms nothing and only adds its note (what the new text
 * is reported to change, not encoded).
 */
export interface Confirmation {
  /** The new document. */
  readonly document: string;
  readonly confidence: Confidence;
  /** Where in the new document, when known. */
  readonly citation?: Omit<Citation, 'document'>;
  readonly note?: LocalizedText;
}

type Lookup = (id: string) => LegalDocument | undefined;

const weaker = (a: Confidence, b: Confidence): Confidence => (CONFIDENCES.indexOf(a) >= CONFIDENCES.indexOf(b) ? a : b);

/** The document replacing `id` that is in force on `date` (following the registry's `replacedBy` lineage). */
export function successorOn(id: string, date: CivilDate, lookup: Lookup): string | undefined {
  let current = lookup(id);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const { from, to } = current.effective;
    if ((from == null || date >= from) && (to == null || date <= to)) return current.id;
    const next = current.replacedBy?.[0];
    current = next ? lookup(next) : undefined;
  }
  return undefined;
}

/**
 * Open-ended versions (`to` absent or null) last as long as their documents: a version citing a document that the
 * registry closes ends on that document's last day, and goes on citing the document that replaced it, marked
 * `carried-over` ("carried over from QĐ 294, not seen in the 2026 text") unless a confirmation says the new text was
 * seen. The legal dates live once, in the registry; rule versions and parameter values take their bounds from it.
 * Closed versions are returned as they are (the window check judges them).
 */
export function carryOver<V extends DatedCiting>(
  versions: readonly V[],
  lookup: Lookup,
  confirmations: readonly Confirmation[] = [],
): V[] {
  const out: V[] = [];
  for (const v of versions) {
    if (v.to != null) {
      out.push(v);
      continue;
    }
    let current: V = v;
    for (let guard = 0; guard < 20; guard++) {
      const ends = current.citations
        .map((c) => lookup(c.document)?.effective.to ?? null)
        .filter((d): d is CivilDate => d != null && d >= current.from);
      if (ends.length === 0) {
        out.push(current);
        break;
      }
      const end = ends.sort()[0]!;
      out.push({ ...current, to: end });
      const start = addDays(end, 1);
      const citations: Citation[] = [];
      // confidence of each segment: the declared one, weakened by each confirmation and by any carried citation
      let confidence: Confidence = v.confidence;
      const confirmedNotes: LocalizedText[] = [];
      let lost = false;
      for (const c of current.citations) {
        const doc = lookup(c.document);
        const inForce = doc && (doc.effective.to == null || start <= doc.effective.to);
        if (inForce) {
          citations.push(c);
          const kept = confirmations.find((k) => k.document === c.document);
          if (kept && !c.carriedOverFrom) confidence = weaker(confidence, kept.confidence);
          continue;
        }
        const next = successorOn(c.document, start, lookup);
        if (!next) {
          lost = true;
          break;
        }
        const origin = c.carriedOverFrom ?? c;
        const confirmed = confirmations.find((k) => k.document === next);
        if (confirmed?.confidence === 'carried-over') {
          // not confirmed, but with a word on what the new text is reported to change
          citations.push({ document: next, carriedOverFrom: origin });
          if (confirmed.note) confirmedNotes.push(confirmed.note);
        } else if (confirmed) {
          citations.push({ document: next, ...(confirmed.citation ?? {}) });
          confidence = weaker(confidence, confirmed.confidence);
          if (confirmed.note) confirmedNotes.push(confirmed.note);
        } else citations.push({ document: next, carriedOverFrom: origin });
      }
      if (lost) break;
      const from = citations.flatMap((c) => (c.carriedOverFrom ? [c.carriedOverFrom.document] : []));
      const carried = from.length > 0;
      // one citation per document and origin
      const unique = citations.filter(
        (c, i) =>
          citations.findIndex(
            (d) =>
              d.document === c.document &&
              d.point === c.point &&
              d.article === c.article &&
              d.clause === c.clause &&
              d.carriedOverFrom?.document === c.carriedOverFrom?.document &&
              d.carriedOverFrom?.point === c.carriedOverFrom?.point,
          ) === i,
      );
      const numbers = (ids: string[]) => [...new Set(ids)].map((id) => lookup(id)?.number ?? id).join(', ');
      const extra = confirmedNotes[0];
      const note: LocalizedText | undefined = carried
        ? {
            vi: `Mang sang từ ${numbers(from)}: chưa thấy trong văn bản thay thế, chưa phải "đã đối chiếu".${extra ? ` ${extra.vi}` : ''}`,
            en: `Carried over from ${numbers(from)}: not seen in the text that replaced it, so not verified.${extra ? ` ${extra.en}` : ''}`,
          }
        : extra;
      const { note: _old, to: _to, ...rest } = current;
      current = {
        ...rest,
        from: start,
        citations: unique,
        confidence: carried ? weaker(confidence, 'carried-over') : confidence,
        ...(note ? { note } : {}),
      } as unknown as V;
    }
  }
  return out;
}
