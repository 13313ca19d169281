import { labelTables } from '../i18n/labels.js';
import type { Locale } from '../legal/types.js';
import type { Issue } from './types.js';

/** Raw enum values that must never show in Vietnamese text: the model's label domains, plus ranking levels. */
const RAW_WORDS: ReadonlySet<string> = new Set([
  ...Object.entries(labelTables.vi)
    .filter(([domain]) => domain !== 'jsonType' && domain !== 'stringFormat')
    .flatMap(([, d]) => Object.keys(d)),
  'excellent',
  'good',
  'completed',
  'notCompleted',
  'official',
  'probationary',
  'first',
  'reappointment',
  'extension',
  'provincial',
]);

/** Strings of a record that the user wrote (ids, names, free text), which a message may quote verbatim. */
export function userStrings(record: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 50) return out;
  if (typeof record === 'string') {
    if (record.length && !/^\d{4}-\d{2}-\d{2}$/.test(record) && !/^[a-z]+([A-Z][a-z0-9]*)*$/.test(record))
      out.add(record);
  } else if (Array.isArray(record)) for (const v of record) userStrings(v, out, depth + 1);
  else if (record && typeof record === 'object') for (const v of Object.values(record)) userStrings(v, out, depth + 1);
  return out;
}

/**
 * What is wrong with a rendered message (empty when it reads as plain text): a leftover `{placeholder}`, a camelCase
 * token (a raw enum value or event-type name), and in Vietnamese an ISO date or an English enum word. Strings the
 * user wrote in the record (`user`) are blanked first; a schema issue may name the user's field.
 * @example
 * messageProblems({ ruleId: 'x', messageId: 'y', message: 'Sự kiện "admissionCeremony" ngày {date}', facts: {} }, 'vi') // ['leftover placeholder {date}', 'camelCase token "admissionCeremony"']
 */
export function messageProblems(
  issue: Pick<Issue, 'ruleId' | 'messageId' | 'message' | 'facts'>,
  locale: Locale,
  user: ReadonlySet<string> = new Set(),
): string[] {
  let m = issue.message;
  if (issue.ruleId === 'record.schema' && typeof issue.facts.field === 'string')
    m = m.split(issue.facts.field).join('');
  // an unknown key is the user's own field name (and its did-you-mean a model field): quoted verbatim on purpose
  if (issue.ruleId === 'record.unknownKey') m = m.replace(/"[^"]*"|“[^”]*”|‘[^’]*’|'[^']*'/g, ' ');
  for (const t of [...user].sort((a, b) => b.length - a.length)) m = m.split(t).join(' ');
  const out: string[] = [];
  const ph = /\{\w+\}/.exec(m);
  if (ph) out.push(`leftover placeholder ${ph[0]}`);
  const camel = /\b[a-z]+[A-Z][A-Za-z]*\b/.exec(m);
  if (camel) out.push(`camelCase token "${camel[0]}"`);
  if (locale === 'vi') {
    const iso = /\b\d{4}-\d{2}-\d{2}\b/.exec(m);
    if (iso) out.push(`ISO date "${iso[0]}" in Vietnamese text`);
    for (const w of m.match(/\b[a-z]+\b/g) ?? [])
      if (RAW_WORDS.has(w)) {
        out.push(`raw enum value "${w}" in Vietnamese text`);
        break;
      }
  }
  return out;
}
