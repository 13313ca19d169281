import { type DestinationStream, type Logger, pino } from 'pino';

/** Any run of 12 digits (a citizen ID) or 9 (an old ID card) is masked in every log string, whatever the field. */
export const maskIds = (s: string): string => s.replace(/\d{9,}/g, (d) => `${'*'.repeat(d.length - 3)}${d.slice(-3)}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const maskDeep = (v: unknown, depth = 0): unknown => {
  // generated request ids (UUIDs) stay whole so log lines can be joined; any other string is masked
  if (typeof v === 'string') return UUID.test(v) ? v : maskIds(v);
  if (depth > 6 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => maskDeep(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = maskDeep(x, depth + 1);
  return out;
};

/**
 * The service logger (pino, one JSON object per line). Access and audit lines carry who, which organizations,
 * route, record count, rule-set hash, outcome and duration, never a name or an ID number: known personal fields are
 * redacted, and every string is passed through {@link maskIds} as a second guard.
 */
export function createLogger(destination?: DestinationStream, level = 'info'): Logger {
  return pino(
    {
      level,
      base: { service: 'dieule' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['*.citizenId', '*.fullName', '*.person', 'person', 'citizenId', 'fullName', 'headers.authorization'],
        censor: '[redacted]',
      },
      formatters: { log: (o) => maskDeep(o) as Record<string, unknown> },
    },
    destination ?? pino.destination(2),
  );
}

export type { Logger };
