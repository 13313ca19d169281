import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The calendar must stay importable alone: only civil dates, legal types and the kernel's calendar port (types). */
describe('calendar import boundaries', () => {
  it('imports only ../date, ../legal/types (types) and ../kernel/calendar-port (types); no JS Date', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/^import (type )?.*? from '([^']+)';$/gms)) {
        const [, isType, spec] = m as unknown as [string, string | undefined, string];
        const ok =
          spec.startsWith('./') ||
          spec.startsWith('../date/') ||
          (isType && (spec === '../legal/types.js' || spec === '../kernel/calendar-port.js'));
        expect([file, spec, ok]).toEqual([file, spec, true]);
      }
      expect([file, /new Date\(|Date\.now\(/.test(text)]).toEqual([file, false]);
    }
  });
});
