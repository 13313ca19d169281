import type { KernelMessages } from '../i18n/vi.js';
import type { CoreRuleMessageIds } from '../rule-ids.generated.js';
import type { RuleDefinition } from './rule.js';
import type { Issue } from './types.js';

/**
 * Message ids by rule id. Core fills it from the catalogue (`rule-ids.generated.ts`, checked for staleness by a test);
 * a plugin widens it by module augmentation:
 *
 * ```ts
 * declare module '@dieule/core' {
 *   interface RuleMessageIds { 'tinh-x/meeting.quality': 'late' | 'missing' }
 * }
 * ```
 */
export interface RuleMessageIds extends CoreRuleMessageIds {}

/** Kernel issues: structural (`record.structure`), schema (`record.schema`) and internal (`record.internal`). */
export interface KernelRuleMessageIds {
  readonly 'record.structure': Extract<keyof KernelMessages, `record.${string}`>;
  readonly 'record.schema': Extract<keyof KernelMessages, `schema.${string}`>;
  readonly 'record.internal': 'rule.internal';
}

type AllIds = RuleMessageIds & KernelRuleMessageIds;
/** Every rule id known at compile time (core, kernel, and plugins that augment {@link RuleMessageIds}). */
export type RuleId = keyof AllIds & string;
/** The message ids of one rule. */
export type MessageIdOf<R extends RuleId> = AllIds[R] & string;
/** Every message id of every known rule. */
export type MessageId = { [R in RuleId]: MessageIdOf<R> }[RuleId];

/** An issue whose `ruleId` and `messageId` are a known pair: switch on `ruleId`, and `messageId` narrows. */
export type TypedIssue = {
  [R in RuleId]: Omit<Issue, 'ruleId' | 'messageId'> & { ruleId: R; messageId: MessageIdOf<R> };
}[RuleId];

/**
 * Narrows an issue to one rule (its `messageId` then has that rule's message ids).
 * @example
 * isIssueOf({ ruleId: 'member.admission.age', messageId: 'tooYoung' }, 'member.admission.age') // true
 */
export function isIssueOf<R extends RuleId>(
  issue: Pick<Issue, 'ruleId' | 'messageId'>,
  ruleId: R,
): issue is Issue & { ruleId: R; messageId: MessageIdOf<R> } {
  return issue.ruleId === ruleId;
}

/**
 * The source of `rule-ids.generated.ts` for a set of rules: `CoreRuleMessageIds`, one line per rule.
 * Written by `pnpm run docs:catalogue`; `test/rule-ids.test.ts` fails when the committed file differs.
 */
export function ruleIdsSource(rules: readonly RuleDefinition[]): string {
  const lines = [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => {
      const ids = Object.keys(r.messages).sort();
      return `  readonly '${r.id}': ${ids.length ? ids.map((m) => `'${m}'`).join(' | ') : 'never'};`;
    });
  return [
    '// Generated from the core rule catalogue by `pnpm run docs:catalogue`. Do not edit by hand:',
    '// packages/core/test/rule-ids.test.ts fails when this file is stale.',
    '',
    '/** Message ids by rule id, for every core rule. */',
    'export interface CoreRuleMessageIds {',
    ...lines,
    '}',
    '',
  ].join('\n');
}
