/**
 * The registry of legal and party documents that rules cite.
 * @packageDocumentation
 */
export { coreDocuments, DocumentRegistry, defaultRegistry, formatCitation } from './registry.js';
export type { Citation, Confidence, DocumentKind, LegalDocument, Locale, LocalizedText } from './types.js';
