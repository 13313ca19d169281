import { en } from './en.js';
import { vi } from './vi.js';

/** A key of the message tables (each error code has one, plus finer keys). */
export type MessageKey = keyof typeof vi;

/** The locales of the service's messages. */
export const MESSAGES: Readonly<Record<'vi' | 'en', Readonly<Record<MessageKey, string>>>> = { vi, en };

/** Renders a message; figures come from parameters, never from input values. */
export function renderMessage(
  locale: 'vi' | 'en',
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const table = MESSAGES[locale];
  const template = (table as Record<string, string>)[key] ?? table.INTERNAL;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return '';
    return typeof v === 'number' && locale === 'vi' ? v.toLocaleString('vi-VN') : String(v);
  });
}
