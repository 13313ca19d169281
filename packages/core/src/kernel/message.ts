import type { FactValue } from './types.js';

/**
 * Fills `{name}` placeholders. Unknown names stay visible (`{name}`) so that a missing value is seen, not hidden.
 * @example
 * renderTemplate('Tuổi {age} < {min}', { age: '17 năm 11 tháng', min: 18 }) // 'Tuổi 17 năm 11 tháng < 18'
 */
export function renderTemplate(template: string, args: Readonly<Record<string, FactValue>> | undefined): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = args[name];
    if (v === undefined) return whole;
    if (v === null) return '—';
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}
