/**
 * The issues the engine itself raises about a record (not a rule's): a record that is not an object, has no or an
 * unknown `kind`, fails its schema, has keys the schema would drop, or could not be read at all; each with its
 * message in the caller's locale and the adapter's location.
 */
import { type KernelMessages, kernelLocales } from '../i18n/index.js';
import type { Locale } from '../legal/types.js';
import { errorDetail, kindOf, maskIds, type SourceLocation, withLocation } from './engine-support.js';
import { LIBRARY } from './library.js';
import { renderTemplate } from './message.js';
import type { FactValue, Issue, Path, Provenance } from './types.js';
import { type UnknownKey, unknownKeyMessage } from './unknown-keys.js';

/** An error-severity issue of the kernel, its message from the kernel's locale files. */
export function kernelIssue(
  ruleId: string,
  key: keyof KernelMessages,
  path: Path,
  args: Record<string, FactValue>,
  provenance: Provenance,
  locale: Locale,
  record: string | number,
  location: SourceLocation | undefined,
): Issue {
  return withLocation(
    {
      ruleId,
      severity: 'error',
      path,
      message: renderTemplate(kernelLocales[locale][key], args, locale),
      messageId: key,
      citations: [],
      facts: args,
      provenance,
      record,
    },
    location,
  );
}

/** A warning for a key the schema would drop silently (a misspelt `citizenID`), with the nearest known key. */
export function unknownKeyIssue(
  u: UnknownKey,
  locale: Locale,
  provenance: Provenance,
  record: string | number,
  location: SourceLocation | undefined,
): Issue {
  return withLocation(
    {
      ruleId: 'record.unknownKey',
      severity: 'warning',
      path: u.path,
      message: unknownKeyMessage(u, locale),
      messageId: u.suggestion ? 'unknownKeySuggest' : 'unknownKey',
      citations: [],
      facts: { key: u.key, suggestion: u.suggestion ?? null },
      provenance,
      record,
    },
    location,
  );
}

/**
 * The issues of a record that could not be read (a Proxy, a getter that throws, an iterator that fails): the
 * adapter's issues, then one error; the record keeps its id when that can be read, else its index.
 */
export function unreadableIssues(
  source: { readonly id?: string; readonly location?: SourceLocation; readonly issues?: readonly Issue[] } | undefined,
  index: number,
  locale: Locale,
  e: unknown,
): { record: string | number; issues: Issue[] } {
  let location: SourceLocation | undefined;
  let record: string | number = index;
  let prior: Issue[] = [];
  try {
    location = source?.location;
    if (typeof source?.id === 'string') record = source.id;
    prior = source?.issues ? [...source.issues].map((i) => ({ ...i, record })) : [];
  } catch {
    // the source itself cannot be read: keep the index
  }
  const detail = errorDetail(e);
  const issue = withLocation(
    {
      ruleId: 'record.structure',
      severity: 'error',
      path: [],
      message: renderTemplate(kernelLocales[locale]['record.unreadable'], { detail }, locale),
      messageId: 'record.unreadable',
      citations: [],
      facts: { detail },
      provenance: { source: 'core', version: LIBRARY.version },
      record,
    },
    location,
  );
  return { record, issues: [...prior, issue] };
}

/** An unknown `kind` as a message may show it: a string (truncated, ID numbers masked) or its JSON kind. */
export function describeKind(kind: unknown): string {
  if (typeof kind !== 'string') return `(${kindOf(kind)})`;
  return maskIds(kind.length > 60 ? `${kind.slice(0, 60)}…` : kind);
}
