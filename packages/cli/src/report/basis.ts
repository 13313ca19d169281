import type { CatalogueEntry, Issue } from '@dieule/core/kernel';
import { formatCitation } from '@dieule/core/legal';

/** Title and basis of a rule as a report shows them: what an officer answers to "căn cứ vào đâu?". */
export interface RuleBasis {
  readonly title: string;
  /** Citations with document numbers and article/clause/point, in the report's language. */
  readonly citations: readonly string[];
  /** Confidence of the source when it is not verified (already in words). */
  readonly confidence?: string;
}

const CONFIDENCE: Readonly<Record<'vi' | 'en', Readonly<Record<string, string>>>> = {
  vi: {
    secondary: 'nguồn thứ cấp, chưa đối chiếu văn bản gốc',
    recalled: 'theo ghi nhớ, chưa đối chiếu văn bản',
    'carried-over': 'chuyển tiếp từ văn bản cũ, chưa thấy trong văn bản mới',
    carriedOver: 'chuyển tiếp từ văn bản cũ, chưa thấy trong văn bản mới',
  },
  en: {
    secondary: 'secondary source, not checked against the original',
    recalled: 'recalled, not checked against the text',
    'carried-over': 'carried over from the old text, not seen in the new one',
    carriedOver: 'carried over from the old text, not seen in the new one',
  },
};

/** Importer checks (not rules of a regulation): their titles, by id prefix. */
const IMPORTER: Readonly<Record<'vi' | 'en', readonly (readonly [string, string])[]>> = {
  vi: [
    ['roster.text', 'Bảng mã và chữ viết trong ô'],
    ['roster.date', 'Ngày tháng ghi trong danh sách'],
    ['roster.order', 'Thứ tự các ngày của một đảng viên'],
    ['roster.value', 'Giá trị ô không nhận biết được'],
    ['roster.required', 'Thiếu thông tin bắt buộc'],
    ['roster.duplicate', 'Đảng viên ghi trùng'],
    ['roster.status', 'Trạng thái ghi trong danh sách'],
    ['roster.event', 'Sự kiện chưa đủ thông tin'],
    ['roster.row', 'Dòng của tệp không đọc trọn được'],
    ['record.schema', 'Hồ sơ thiếu hoặc sai cấu trúc'],
  ],
  en: [
    ['roster.text', 'Encoding and text of a cell'],
    ['roster.date', 'Dates written in the roster'],
    ['roster.order', 'Order of a member’s dates'],
    ['roster.value', 'Unrecognised cell value'],
    ['roster.required', 'Missing required information'],
    ['roster.duplicate', 'Member listed twice'],
    ['roster.status', 'Status written in the roster'],
    ['roster.event', 'Event lacking information'],
    ['roster.row', 'A line of the file could not be read whole'],
    ['record.schema', 'Record missing data or malformed'],
  ],
};

const IMPORTER_BASIS = {
  vi: 'kiểm tra dữ liệu khi đọc tệp (không phải quy định của văn bản)',
  en: 'data check made while reading the file (not a rule of a regulation)',
} as const;

/** Builds the rule-id → basis lookup of a report from the engine's catalogue. */
export function basisLookup(catalogue: readonly CatalogueEntry[], locale: 'vi' | 'en') {
  const byId = new Map(catalogue.map((c) => [c.id, c] as const));
  const cache = new Map<string, RuleBasis>();
  /** The basis of an issue: its own citations (the version that judged it) with the rule's title. */
  return (ruleId: string, issue?: Pick<Issue, 'citations' | 'confidence'>): RuleBasis => {
    const key = issue ? `${ruleId}|${JSON.stringify(issue.citations)}|${issue.confidence ?? ''}` : ruleId;
    const hit = cache.get(key);
    if (hit) return hit;
    const entry = byId.get(ruleId);
    const importer = IMPORTER[locale].find(([p]) => ruleId.startsWith(p));
    const citations = (issue?.citations ?? entry?.citations ?? []).map((c) => formatCitation(c, locale));
    const confidence = issue?.confidence ?? entry?.confidence;
    const b: RuleBasis = {
      title: entry ? entry.title[locale] : (importer?.[1] ?? ruleId),
      citations: citations.length ? citations : entry ? [] : [IMPORTER_BASIS[locale]],
      ...(confidence && confidence !== 'verified'
        ? { confidence: CONFIDENCE[locale][confidence] ?? String(confidence) }
        : {}),
    };
    cache.set(key, b);
    return b;
  };
}

/** One line: `Căn cứ: Điều 4 khoản 2 Điều lệ Đảng (nguồn thứ cấp…)`. */
export function basisLine(b: RuleBasis, locale: 'vi' | 'en'): string {
  const head = locale === 'vi' ? 'Căn cứ' : 'Basis';
  return `${head}: ${b.citations.join('; ') || '—'}${b.confidence ? ` (${b.confidence})` : ''}`;
}

/** Issue counts by rule title (importer checks of one kind share a title), with the basis of each. */
export function rulesByTitle(
  byRule: readonly { ruleId: string; error: number; warning: number; info: number }[],
  basis: (ruleId: string) => RuleBasis,
): { ruleId: string; basis: RuleBasis; error: number; warning: number; info: number }[] {
  const out = new Map<string, { ruleId: string; basis: RuleBasis; error: number; warning: number; info: number }>();
  for (const r of byRule) {
    const b = basis(r.ruleId);
    const row = out.get(b.title) ?? { ruleId: r.ruleId, basis: b, error: 0, warning: 0, info: 0 };
    row.error += r.error;
    row.warning += r.warning;
    row.info += r.info;
    out.set(b.title, row);
  }
  return [...out.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || b.info - a.info);
}
