import { cadreDocuments } from './data/cadre.js';
import { congressDocuments } from './data/congress.js';
import { disciplineDocuments } from './data/discipline.js';
import { evaluationDocuments } from './data/evaluation.js';
import { charterDocuments } from './data/party-charter.js';
import { residenceDocuments } from './data/residence.js';
import { stateDocuments } from './data/state.js';
import { documents2026 } from './data/texts-2026.js';
import type { Citation, LegalDocument, Locale } from './types.js';

/** Every document the core rules rest on, frozen. */
export const coreDocuments: readonly LegalDocument[] = Object.freeze(
  [
    ...charterDocuments,
    ...evaluationDocuments,
    ...cadreDocuments,
    ...disciplineDocuments,
    ...stateDocuments,
    ...congressDocuments,
    ...documents2026,
    ...residenceDocuments,
  ].map((d) => Object.freeze(d)),
);

/** A lookup over a list of documents (the core registry, possibly extended by plugins). */
export class DocumentRegistry {
  readonly #byId: ReadonlyMap<string, LegalDocument>;
  constructor(documents: readonly LegalDocument[] = coreDocuments) {
    const map = new Map<string, LegalDocument>();
    for (const d of documents) {
      if (map.has(d.id)) throw new Error(`Duplicate legal document id: ${d.id}`);
      map.set(d.id, d);
    }
    this.#byId = map;
  }
  get(id: string): LegalDocument | undefined {
    return this.#byId.get(id);
  }
  has(id: string): boolean {
    return this.#byId.has(id);
  }
  list(): LegalDocument[] {
    return [...this.#byId.values()];
  }
  /** A new registry with more documents (ids must not clash). */
  extend(documents: readonly LegalDocument[]): DocumentRegistry {
    return new DocumentRegistry([...this.#byId.values(), ...documents]);
  }
}

/**
 * Renders a citation: `Điều 4 khoản 2 Điều lệ Đảng` / `Charter art. 4 cl. 2`; unknown documents print their id.
 * @example
 * formatCitation({ document: 'qd-294-2025', point: '4.3.1' }, 'vi') // 'điểm 4.3.1 Quy định 294-QĐ/TW'
 * formatCitation({ document: 'qd-20-2026', carriedOverFrom: { document: 'qd-294-2025', point: '4.1' } }, 'en')
 * // 'Regulation 20-QĐ/TW (carried over from Regulation 294-QĐ/TW pt. 4.1, not seen in the new text)'
 */
export function formatCitation(c: Citation, locale: Locale = 'vi', registry?: DocumentRegistry): string {
  const doc = (registry ?? defaultRegistry()).get(c.document);
  const name = doc
    ? doc.kind === 'charter'
      ? locale === 'vi'
        ? 'Điều lệ Đảng'
        : 'Party Charter'
      : `${locale === 'vi' ? kindVi[doc.kind] : kindEn[doc.kind]} ${doc.number}`
    : c.document;
  const parts: string[] = [];
  const from = c.carriedOverFrom;
  if (locale === 'vi') {
    if (c.point) parts.push(`điểm ${c.point}`);
    if (c.clause) parts.push(`khoản ${c.clause}`);
    if (c.article) parts.push(`Điều ${c.article}`);
    if (c.section) parts.push(c.section);
    const text = [...parts, name].join(' ');
    return from
      ? `${text} (mang sang từ ${formatCitation(from, locale, registry)}, chưa thấy trong văn bản mới)`
      : text;
  }
  if (c.article) parts.push(`art. ${c.article}`);
  if (c.clause) parts.push(`cl. ${c.clause}`);
  if (c.point) parts.push(`pt. ${c.point}`);
  if (c.section) parts.push(c.section);
  const text = [name, ...parts].join(' ');
  return from
    ? `${text} (carried over from ${formatCitation(from, locale, registry)}, not seen in the new text)`
    : text;
}

const kindVi: Record<LegalDocument['kind'], string> = {
  charter: 'Điều lệ',
  regulation: 'Quy định',
  guidance: 'Hướng dẫn',
  directive: 'Chỉ thị',
  conclusion: 'Kết luận',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  circular: 'Thông tư',
  law: 'Luật',
  local: 'Văn bản',
};
const kindEn: Record<LegalDocument['kind'], string> = {
  charter: 'Charter',
  regulation: 'Regulation',
  guidance: 'Guidance',
  directive: 'Directive',
  conclusion: 'Conclusion',
  resolution: 'Resolution',
  decree: 'Decree',
  circular: 'Circular',
  law: 'Law',
  local: 'Document',
};

let cached: DocumentRegistry | undefined;
/** The registry of core documents. */
export function defaultRegistry(): DocumentRegistry {
  cached ??= new DocumentRegistry(coreDocuments);
  return cached;
}
