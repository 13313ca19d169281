import type { Locale } from '../legal/types.js';
import { en } from './labels/en.js';
import { type LabelTable, vi } from './labels/vi.js';

/** Enum labels by locale: one file per locale under `labels/`; a test checks every locale has every key. */
export const labelTables: Readonly<Record<Locale, LabelTable>> = { vi, en };
export type { LabelTable };
/** A label domain: `eventType`, `sex`, `disciplineForm`, … */
export type LabelDomain = keyof LabelTable;

/**
 * Message placeholders whose value is an enum of a domain: `{event}` with `admissionCeremony` shows "lễ kết nạp".
 * A value outside the domain (already a label, or free text) is shown as given.
 */
export const PLACEHOLDER_DOMAINS: Readonly<Record<string, LabelDomain>> = {
  event: 'eventType',
  eventType: 'eventType',
  sex: 'sex',
  idSex: 'sex',
  recordedSex: 'sex',
  form: 'disciplineForm',
  disciplineForm: 'disciplineForm',
  cause: 'exitCause',
  decidedBy: 'decidingBody',
  decidingBody: 'decidingBody',
  reason: 'exemptionReason',
  exemptionReason: 'exemptionReason',
  ground: 'strikeOffGround',
  suspensionGround: 'suspensionGround',
  suspensionEndReason: 'suspensionEndReason',
  authorityLevel: 'authorityLevel',
  expected: 'jsonType',
  received: 'jsonType',
  format: 'stringFormat',
};

/**
 * The label of an enum value in a locale, or `undefined` when the domain has no such value.
 * @example
 * label('sex', 'female', 'vi') // 'nữ'
 * label('eventType', 'admissionCeremony', 'en') // 'admission ceremony'
 */
export function label(domain: LabelDomain, value: string, locale: Locale): string | undefined {
  const table = labelTables[locale]?.[domain] as Readonly<Record<string, string>> | undefined;
  return table && Object.hasOwn(table, value) ? table[value] : undefined;
}
