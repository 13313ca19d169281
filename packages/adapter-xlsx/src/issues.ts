import type { Facts, FactValue, Issue, Path, Provenance, Severity } from '@dieule/core/kernel';
import { renderTemplate } from '@dieule/core/kernel';
import { type RosterMessages, rosterLocales } from './i18n/index.js';

/** Version of this adapter, written into the provenance of its issues. */
export const ADAPTER_VERSION = '0.1.0';

/** Provenance of importer issues: the adapter, by package name. */
export const ADAPTER_PROVENANCE: Provenance = {
  source: 'plugin',
  name: '@dieule/adapter-xlsx',
  version: ADAPTER_VERSION,
};

/** Rule ids of importer issues (`roster.*`), with their severities. */
export const ROSTER_ISSUES = {
  'text.converted': ['roster.text.legacyEncoding', 'info'],
  'text.composed': ['roster.text.nfc', 'info'],
  'text.spaces': ['roster.text.spaces', 'info'],
  'date.twoDigitYear': ['roster.date.twoDigitYear', 'warning'],
  'date.serial': ['roster.date.serial', 'info'],
  'date.partial': ['roster.date.partial', 'error'],
  'date.monthFirst': ['roster.date.monthFirst', 'error'],
  'date.ambiguous': ['roster.date.ambiguous', 'error'],
  'date.maybeSwapped': ['roster.date.maybeSwapped', 'warning'],
  'date.invalid': ['roster.date.invalid', 'error'],
  'date.future': ['roster.date.future', 'error'],
  order: ['roster.order', 'error'],
  'value.sex': ['roster.value.sex', 'error'],
  'value.status': ['roster.value.status', 'warning'],
  'value.ranking': ['roster.value.ranking', 'warning'],
  'value.exemptionReason': ['roster.value.exemptionReason', 'warning'],
  required: ['roster.required', 'error'],
  'duplicate.citizenId': ['roster.duplicate.citizenId', 'error'],
  'duplicate.partyCard': ['roster.duplicate.partyCard', 'error'],
  'duplicate.nameBirth': ['roster.duplicate.nameBirth', 'warning'],
  'status.mismatch': ['roster.status.mismatch', 'warning'],
  'event.incomplete': ['roster.event.incomplete', 'warning'],
  'row.unclosedQuote': ['roster.row.unclosedQuote', 'error'],
  'row.lineTooLong': ['roster.row.lineTooLong', 'error'],
  'row.extraCells': ['roster.row.extraCells', 'warning'],
  'row.json': ['roster.row.json', 'error'],
  'row.notObject': ['roster.row.notObject', 'error'],
} as const satisfies Record<keyof RosterMessages, readonly [string, Severity]>;

/** A message key of the importer. */
export type RosterMessageId = keyof RosterMessages;

/** Builds an importer issue with its rendered message and cell location. */
export function rosterIssue(
  id: RosterMessageId,
  locale: 'vi' | 'en',
  path: Path,
  location: string | undefined,
  args: Readonly<Record<string, FactValue>>,
  record: string | number,
  severity?: Severity,
): Issue {
  const [ruleId, sev] = ROSTER_ISSUES[id];
  return {
    ruleId,
    severity: severity ?? sev,
    path,
    ...(location ? { location } : {}),
    message: renderTemplate(rosterLocales[locale][id], args),
    messageId: id,
    citations: [],
    facts: args as Facts,
    provenance: ADAPTER_PROVENANCE,
    record,
  };
}
