import { FORMAT_2 } from './corrections.js';
import { eventIds, generatedMemberId } from './ids.js';

/** Something `upgrade()` could not carry over as it was, for one record. */
export interface UpgradeNote {
  /** Index of the record in the input. */
  readonly record: number;
  readonly path: readonly (string | number)[];
  readonly code: 'notAnObject' | 'unknownKind' | 'reordered' | 'alreadyFormat2';
  readonly message: { readonly vi: string; readonly en: string };
}

/** The result of an upgrade: the records in format 2 and what could not be carried over. */
export interface UpgradeResult {
  readonly records: unknown[];
  readonly notes: UpgradeNote[];
}

const KINDS = new Set([
  'member',
  'organization',
  'rankingRound',
  'appointment',
  'cadrePlan',
  'confidenceVote',
  'bundle',
]);

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Upgrades format-1 records (one record or an array) to format 2 (`format: "dieule.records/2"`): every member gets
 * an `id` (its own, else generated from name, birth date and sex) and every event an `id` (own or generated from its
 * content) and, for events on the same day, a `seq` that keeps their recorded order; `decidedBy` on discipline and
 * expulsion events becomes `authority`; `dutyRelated` in discipline lists becomes `violationKind`. The input is not
 * changed. What cannot be carried over as it was is listed in `notes`: records that are not objects or of an unknown
 * kind (copied unchanged), and histories not in date order (format 2 orders them by date, so format 1's
 * "out of order" issue no longer appears). Pure; never throws.
 * @example
 * upgrade({ kind: 'organization', id: 'X', name: 'X', type: 'cell' }).records[0].format // 'dieule.records/2'
 */
export function upgrade(input: unknown): UpgradeResult {
  const list = Array.isArray(input) ? input : [input];
  const notes: UpgradeNote[] = [];
  const records = list.map((r, i) => upgradeRecord(r, i, notes));
  return { records, notes };
}

function upgradeRecord(r: unknown, index: number, notes: UpgradeNote[], path: (string | number)[] = []): unknown {
  if (!isObj(r)) {
    notes.push({
      record: index,
      path,
      code: 'notAnObject',
      message: {
        vi: 'Không phải một hồ sơ (đối tượng JSON): chép nguyên trạng.',
        en: 'Not a record (a JSON object): copied unchanged.',
      },
    });
    return r;
  }
  const kind = r.kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) {
    notes.push({
      record: index,
      path: [...path, 'kind'],
      code: 'unknownKind',
      message: {
        vi: `Loại hồ sơ "${String(kind)}" không thuộc định dạng lõi: chép nguyên trạng.`,
        en: `Record kind "${String(kind)}" is not a core kind: copied unchanged.`,
      },
    });
    return r;
  }
  if (r.format === FORMAT_2 && kind !== 'bundle')
    notes.push({
      record: index,
      path: [...path, 'format'],
      code: 'alreadyFormat2',
      message: { vi: 'Hồ sơ đã ở định dạng 2.', en: 'The record is already in format 2.' },
    });
  const out: Record<string, unknown> = { ...r, format: FORMAT_2 };
  switch (kind) {
    case 'member':
      return upgradeMember(out, index, notes, path);
    case 'rankingRound':
      if (Array.isArray(out.members))
        out.members = out.members.map((m) => (isObj(m) ? { ...m, ...disciplineList(m.discipline) } : m));
      if (Array.isArray(out.organizations))
        out.organizations = out.organizations.map((o) =>
          isObj(o) && Array.isArray(o.leadershipDiscipline)
            ? { ...o, leadershipDiscipline: disciplineList(o.leadershipDiscipline).discipline }
            : o,
        );
      return out;
    case 'appointment':
      if (isObj(out.cadre)) out.cadre = { ...out.cadre, ...disciplineList(out.cadre.discipline) };
      return out;
    case 'cadrePlan':
      if (Array.isArray(out.cadres))
        out.cadres = out.cadres.map((c) => (isObj(c) ? { ...c, ...disciplineList(c.discipline) } : c));
      return out;
    case 'bundle':
      for (const k of ['members', 'organizations', 'rankingRounds', 'cadreFiles', 'confidenceVotes', 'records'])
        if (Array.isArray(out[k]))
          out[k] = (out[k] as unknown[]).map((x, j) => {
            const inner = isObj(x) && x.kind === undefined ? { kind: BUCKET_KIND[k], ...x } : x;
            const up = upgradeRecord(inner, index, notes, [...path, k, j]);
            return up;
          });
      return out;
    default:
      return out;
  }
}

const BUCKET_KIND: Record<string, string | undefined> = {
  members: 'member',
  organizations: 'organization',
  rankingRounds: 'rankingRound',
  confidenceVotes: 'confidenceVote',
};

function disciplineList(list: unknown): { discipline?: unknown } {
  if (!Array.isArray(list)) return {};
  return {
    discipline: list.map((d) => {
      if (!isObj(d) || typeof d.dutyRelated !== 'boolean' || d.violationKind !== undefined) return d;
      const { dutyRelated, ...rest } = d;
      return { ...rest, violationKind: dutyRelated ? 'publicDuty' : 'other' };
    }),
  };
}

function upgradeMember(
  m: Record<string, unknown>,
  index: number,
  notes: UpgradeNote[],
  path: (string | number)[],
): Record<string, unknown> {
  if (m.id === undefined && isObj(m.person)) m.id = generatedMemberId(m.person);
  if (!Array.isArray(m.events)) return m;
  const events = m.events as unknown[];
  const objects = events.filter(isObj);
  const ids = eventIds(objects);
  let k = 0;
  let previous: string | undefined;
  let ordered = true;
  const sameDay = new Map<string, number>();
  for (const e of objects) if (typeof e.date === 'string') sameDay.set(e.date, (sameDay.get(e.date) ?? 0) + 1);
  const seqs = new Map<string, number>();
  m.events = events.map((e) => {
    if (!isObj(e)) return e;
    const id = ids[k++]!;
    const date = typeof e.date === 'string' ? e.date : undefined;
    if (date && previous && date < previous) ordered = false;
    if (date && (!previous || date > previous)) previous = date;
    const out: Record<string, unknown> = { id, ...e };
    if (date && (sameDay.get(date) ?? 0) > 1 && e.seq === undefined) {
      const n = (seqs.get(date) ?? 0) + 1;
      seqs.set(date, n);
      out.seq = n;
    }
    if ((e.type === 'discipline' || e.type === 'expulsion') && e.decidedBy !== undefined && e.authority === undefined) {
      out.authority = e.decidedBy;
      delete out.decidedBy;
    }
    return out;
  });
  if (!ordered)
    notes.push({
      record: index,
      path: [...path, 'events'],
      code: 'reordered',
      message: {
        vi: 'Lịch sử không theo thứ tự thời gian: định dạng 2 xếp sự kiện theo ngày, nên lỗi "sai thứ tự" của định dạng 1 không còn; hãy kiểm tra lại các ngày.',
        en: 'The history is not in date order: format 2 orders events by date, so format 1\'s "out of order" issue no longer appears; check the dates.',
      },
    });
  return m;
}
