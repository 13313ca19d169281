import type { CivilDate } from '../date/civil-date.js';

/** Text in the two supported locales. Vietnamese is the default everywhere. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** Supported message locales. */
export type Locale = 'vi' | 'en';

/**
 * How sure the project is of a rule, parameter or document fact (carried over from the domain reference):
 * - `verified`: read in a source reproducing the official text;
 * - `secondary`: seen only in a paraphrase, news report or Q&A;
 * - `carried-over`: a figure or wording carried over from the text a new document replaced, not seen in the new
 *   text (e.g. QĐ 294's deadlines under QĐ 20 / QĐ 208 of 2026): never shown as verified;
 * - `recalled`: from memory, not yet seen in a stored source.
 */
export type Confidence = 'verified' | 'secondary' | 'carried-over' | 'recalled';

/** Every confidence mark, strongest first. */
export const CONFIDENCES: readonly Confidence[] = ['verified', 'secondary', 'carried-over', 'recalled'];

/** Kinds of documents rules rest on (Điều lệ, Quy định, Hướng dẫn, Chỉ thị, Kết luận, Nghị quyết, Nghị định, Luật). */
export type DocumentKind =
  | 'charter'
  | 'regulation'
  | 'guidance'
  | 'directive'
  | 'conclusion'
  | 'resolution'
  | 'decree'
  | 'circular'
  | 'law'
  | 'local';

/** A legal or party document in the registry. */
export interface LegalDocument {
  /** Stable id, e.g. `qd-294-2025`. */
  readonly id: string;
  /** The number as printed, e.g. `294-QĐ/TW`. */
  readonly number: string;
  readonly kind: DocumentKind;
  readonly issuer: LocalizedText;
  readonly title: LocalizedText;
  /** Date signed (ngày ban hành), when known. */
  readonly signed: CivilDate | null;
  /** Effective window; `to` is null while in force. */
  readonly effective: { readonly from: CivilDate | null; readonly to: CivilDate | null };
  readonly replaces?: readonly string[];
  readonly replacedBy?: readonly string[];
  /** Where a reproduction of the text can be read, when known. */
  readonly link?: string;
  /** Confidence in the document's dates and lineage. */
  readonly confidence: Confidence;
  /**
   * False when only the document's existence and date are known, not its text (the 2026 regulations): a point of it
   * cannot be cited, so rules cite it as carrying over the point of the text it replaced.
   */
  readonly textSeen?: boolean;
  /** Restricted-circulation texts may be cited by number and point but not quoted. */
  readonly restricted?: boolean;
  readonly note?: string;
}

/** A pointer into a document: article (Điều), clause (khoản), point (điểm) or section (mục/tiết). */
export interface Citation {
  /** Document id in the registry. */
  readonly document: string;
  readonly article?: string;
  readonly clause?: string;
  readonly point?: string;
  /** Free-form locator when the document is numbered by part/section (`Phần 2 mục 3`). */
  readonly section?: string;
  /**
   * Set when the point is carried over from the document this one replaced, unseen in this one: the citation of the
   * replaced text the figure comes from (rendered "mang sang từ …, chưa thấy trong văn bản mới").
   */
  readonly carriedOverFrom?: Citation;
}
