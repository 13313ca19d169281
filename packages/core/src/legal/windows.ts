import type { CivilDate } from '../date/civil-date.js';
import type { Citation, Confidence, LegalDocument } from './types.js';

/** A dated window, both ends inclusive; `to` null while open. */
export interface Window {
  readonly from: CivilDate;
  readonly to?: CivilDate | null;
}

/** Something dated that cites documents: a rule version or a parameter value. */
export interface CitingWindow extends Window {
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
}

/** Where a citing window sits, for messages: `rule "member.admission.age" version from 2016-07-25`. */
export interface WindowOwner {
  readonly kind: 'rule' | 'parameter';
  readonly id: string;
}

/** A citation key: one point of one document (`qd-294-2025 4.3.1`). */
export function citationKey(c: Citation): string {
  const own = [c.document, c.article && `art ${c.article}`, c.clause && `cl ${c.clause}`, c.point, c.section]
    .filter(Boolean)
    .join(' ');
  return c.carriedOverFrom ? `${own} (from ${citationKey(c.carriedOverFrom)})` : own;
}

/** True when a citation names a point of its document (article, clause, point, section or a carried-over origin). */
const locates = (c: Citation): boolean => Boolean(c.article || c.clause || c.point || c.section || c.carriedOverFrom);

/** True when `inner` lies inside `outer` (null `to` = open; a null `from` on the document = unknown, not checked). */
export function windowInside(inner: Window, outer: { from: CivilDate | null; to: CivilDate | null }): boolean {
  if (outer.from != null && inner.from < outer.from) return false;
  if (outer.to != null && (inner.to == null || inner.to > outer.to)) return false;
  return true;
}

/**
 * The problems with one citing window: each cited document must exist and be in force over the whole window
 * (documents whose start date is unknown are only checked at their end). Returns messages in English for developers
 * (load-time configuration errors, not record issues).
 */
export function citationWindowProblems(
  owner: WindowOwner,
  w: CitingWindow,
  lookup: (id: string) => LegalDocument | undefined,
): string[] {
  const out: string[] = [];
  const label = `${owner.kind} "${owner.id}" ${owner.kind === 'rule' ? 'version' : 'value'} ${w.from} → ${w.to ?? 'now'}`;
  for (const c of w.citations) {
    const doc = lookup(c.document);
    if (!doc) continue; // unknown documents are reported by the engine separately
    if (!windowInside(w, doc.effective))
      out.push(
        `${label} cites ${c.document} (in force ${doc.effective.from ?? '?'} → ${doc.effective.to ?? 'now'}) outside its window`,
      );
  }
  return out;
}

/**
 * Checks a whole set of citing windows: each lies inside each cited document's window, and one citation (document +
 * point) carries one confidence everywhere: two windows citing the same single point (and nothing else) must carry
 * the same mark. Windows citing a whole document, or several points, are not compared (their mark may rest on more
 * than one source).
 */
export function checkCitationWindows(
  entries: readonly { readonly owner: WindowOwner; readonly window: CitingWindow }[],
  lookup: (id: string) => LegalDocument | undefined,
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, { confidence: Confidence; where: string }>();
  for (const { owner, window } of entries) {
    problems.push(...citationWindowProblems(owner, window, lookup));
    if (window.citations.length !== 1 || !locates(window.citations[0]!)) continue;
    const key = citationKey(window.citations[0]!);
    const where = `${owner.kind} "${owner.id}" from ${window.from}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, { confidence: window.confidence, where });
    else if (prev.confidence !== window.confidence)
      problems.push(`"${key}" is ${prev.confidence} in ${prev.where} but ${window.confidence} in ${where}`);
  }
  return problems;
}
