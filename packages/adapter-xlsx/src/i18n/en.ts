import type { RosterMessages } from './vi.js';

/** Messages of the roster importer in English. */
export const en: RosterMessages = {
  'text.converted': 'Converted {encoding} to Unicode: “{from}” → “{to}”.',
  'text.composed': 'Composed decomposed Unicode to NFC: “{to}”.',
  'text.spaces': 'Removed extra spaces: “{to}”.',
  'date.twoDigitYear':
    'Two-digit year “{input}” read as {date} (century rule: the latest year not after {pivot}). Write four digits.',
  'date.serial': 'Number “{input}” read as an Excel serial date ({system}): {date}.',
  'date.partial': 'Partial date “{input}” (only {known}): cannot be used to check deadlines.',
  'date.monthFirst': '“{input}” has the month before the day (US style); write dates as day/month/year.',
  'date.ambiguous': '“{input}” is ambiguous: this column also holds month/day/year dates.',
  'date.maybeSwapped':
    'Date cell {date} sits in a column whose text dates are day/month/year; Excel may have swapped day and month (maybe {swapped}).',
  'date.invalid': '“{input}” is not a valid date (expected dd/mm/yyyy).',
  'date.future': '{field} {date} is after the reporting date {asOf}.',
  order: '{later} ({laterDate}) cannot be before {earlier} ({earlierDate}).',
  'value.sex': 'Sex “{input}” not recognised (expected Nam or Nữ).',
  'value.status': 'Status “{input}” not recognised.',
  'value.ranking': 'Ranking result for {year} “{input}” not recognised (HTXS, HTT, HT, KHT).',
  'value.exemptionReason': 'Exemption reason “{input}” not recognised; recorded as “other”.',
  required: 'Missing {field}.',
  'duplicate.citizenId': 'Same personal ID {masked} as row {first}.',
  'duplicate.partyCard': 'Same party card number {card} as row {first}.',
  'duplicate.nameBirth': 'Same name and birth date ({name}, {birth}) as row {first}.',
  'status.mismatch': 'Stated status “{stated}” does not match the date columns: {reason}.',
  'event.incomplete': '{event} on {date} lacks {missing}; the event is left out of the record.',
  'row.unclosedQuote':
    'Line {row}: a double quote (") opens and never closes; the line was read with its quotes as plain text and the lines after it are still read. Check the cell with the quote.',
  'row.lineTooLong': 'Line {row} is too long; only its beginning was read.',
  'row.extraCells':
    'Line {row} has {cells} cells, more than the {columns} columns of the header; the extra cells are not read.',
  'row.json': 'Line {row} is not valid JSON ({reason}); the line is not read.',
  'row.notObject': 'Line {row} is not a record (a JSON object); the line is not read.',
};
