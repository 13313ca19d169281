import type { Issue, Report } from '@dieule/core/kernel';

const SEV_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Issues sorted worst first, then by record. */
export function worstFirst(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity] || String(a.record).localeCompare(String(b.record)),
  );
}

/** A plain terminal table of a report (no colours when not a TTY). */
export function renderReportTable(report: Report, locale: 'vi' | 'en', max = 200): string {
  const s = report.summary;
  const L =
    locale === 'vi'
      ? {
          records: 'Bản ghi',
          valid: 'hợp lệ',
          withErrors: 'có lỗi',
          errors: 'Lỗi',
          warnings: 'Cảnh báo',
          infos: 'Thông tin',
          more: 'vấn đề khác (dùng --format json để xem tất cả)',
          rule: 'Quy tắc',
          byRule: 'Theo quy tắc',
        }
      : {
          records: 'Records',
          valid: 'valid',
          withErrors: 'with errors',
          errors: 'Errors',
          warnings: 'Warnings',
          infos: 'Info',
          more: 'more issues (use --format json for all)',
          rule: 'Rule',
          byRule: 'By rule',
        };
  const lines: string[] = [];
  lines.push(
    `${L.records}: ${s.records} (${L.valid} ${s.valid}, ${L.withErrors} ${s.withErrors}) · ${L.errors}: ${s.errors} · ${L.warnings}: ${s.warnings} · ${L.infos}: ${s.infos}`,
  );
  const byRule = Object.entries(s.byRule).sort((a, b) => b[1] - a[1]);
  if (byRule.length) {
    lines.push('', `${L.byRule}:`);
    for (const [rule, n] of byRule) lines.push(`  ${String(n).padStart(6)}  ${rule}`);
  }
  const issues = worstFirst(report.issues);
  if (issues.length) lines.push('');
  for (const i of issues.slice(0, max)) {
    const where = [String(i.record), i.location ?? (i.path.length ? i.path.join('.') : '')].filter(Boolean).join(' @ ');
    lines.push(`${i.severity.toUpperCase().padEnd(7)} ${where.padEnd(28)} ${i.ruleId}: ${i.message}`);
  }
  if (issues.length > max) lines.push(`… ${issues.length - max} ${L.more}`);
  return `${lines.join('\n')}\n`;
}
