import { maskDeep, type RosterItem, type SheetLayout } from '@dieule/adapter-xlsx';
import type { CivilDate } from '@dieule/core/date';
import type { Engine, Issue, RecordResult } from '@dieule/core/kernel';

/** Members ranked per year beyond which rounds are not built (memory stays bounded on national files). */
export const MAX_RANKED = 300_000;

interface Ranked {
  readonly memberId: string;
  readonly fullName?: string;
  readonly status: 'official' | 'probationary' | 'exempted';
  readonly level: string;
  readonly sheet: string;
  readonly row: number;
  readonly history: readonly { year: number; level: string }[];
}

/**
 * Turns the roster's ranking columns ("Xếp loại 2025") into ranking rounds — one per organization (chi bộ) and year —
 * so that the ranking rules (the excellent quota with its blame, discipline caps, streaks, "not completed twice")
 * judge the roster. Only members in the party on the round's year end are ranked (official, probationary; exempted
 * members are listed as exempted). Issues are located at the member's ranking cell.
 */
export class RosterRounds {
  readonly #rounds = new Map<string, { org: string; year: number; members: Ranked[] }>();
  #count = 0;
  #overflow = false;
  #unjudged = 0;

  /** Members for whom the points band could not be judged (rosters have no points column): one notice, not N. */
  get pointsUnjudged(): number {
    return this.#unjudged;
  }

  /** Adds one roster item with its result. */
  add(item: RosterItem, result: RecordResult | undefined): void {
    if (item.type !== 'record' || !result || !item.info.rankings?.length) return;
    const value = item.source.value as {
      person?: { fullName?: string; partyCardNumber?: string };
      organization?: string;
      id?: string;
    };
    // the lifecycle's status, else the roster's own column (as the report's chart counts them)
    const status = result.facts.find((f) => f.name === 'status')?.value ?? item.info.statedStatus;
    const st = status === 'official' || status === 'probationary' || status === 'exempted' ? status : undefined;
    if (!st) return;
    const org = value.organization ?? '';
    const all = [...item.info.rankings].sort((a, b) => a.year - b.year);
    for (const r of all) {
      if (this.#count >= MAX_RANKED) {
        this.#overflow = true;
        return;
      }
      const key = `${org}\u0000${r.year}`;
      let round = this.#rounds.get(key);
      if (!round) {
        round = { org, year: r.year, members: [] };
        this.#rounds.set(key, round);
      }
      this.#count++;
      round.members.push({
        memberId: value.id ?? value.person?.partyCardNumber ?? `${item.sheet}!${item.row}`,
        ...(value.person?.fullName ? { fullName: value.person.fullName } : {}),
        status: st,
        level: r.level,
        sheet: item.sheet,
        row: item.row,
        history: all.filter((h) => h.year < r.year),
      });
    }
  }

  /** True when the file had more ranked members than {@link MAX_RANKED}: rounds were not built. */
  get overflow(): boolean {
    return this.#overflow;
  }

  /** Evaluates every round; issues come back located at the ranking cell of the member they concern. */
  judge(
    engine: Engine,
    options: { asOf: CivilDate; locale: 'vi' | 'en' },
    layouts: readonly SheetLayout[],
  ): { organization: string; year: number; issues: Issue[] }[] {
    if (this.#overflow) return [];
    this.#unjudged = 0;
    const letter = (sheet: string, year: number) =>
      layouts.find((l) => l.name === sheet)?.columns.find((c) => c.field === `ranking:${year}`)?.letter ?? 'A';
    const out: { organization: string; year: number; issues: Issue[] }[] = [];
    let index = 0;
    for (const round of this.#rounds.values()) {
      const record = {
        kind: 'rankingRound',
        year: round.year,
        organization: { id: round.org || '—', name: round.org || '—' },
        members: round.members.map((m) => ({
          memberId: m.memberId,
          ...(m.fullName ? { fullName: m.fullName } : {}),
          organization: round.org || '—',
          status: m.status === 'exempted' ? 'official' : m.status,
          ...(m.status === 'exempted' ? { exempted: true } : { level: m.level }),
          ...(m.history.length ? { history: m.history } : {}),
        })),
      };
      const result = engine.evaluate({ value: record, id: `${round.org}/${round.year}` }, index++, {
        asOf: options.asOf,
        locale: options.locale,
      });
      const cellOf = (i: number) => {
        const m = round.members[i];
        return m ? `${m.sheet}!${letter(m.sheet, round.year)}${m.row}` : undefined;
      };
      const kept = result.issues.filter((i) => {
        if (i.ruleId === 'ranking.points.band' && i.messageId === 'missing' && i.severity !== 'error') {
          this.#unjudged++;
          return false;
        }
        return true;
      });
      const issues = maskDeep(kept).map((i) => {
        if (i.location) return i;
        const idx =
          i.path[0] === 'members' && typeof i.path[1] === 'number'
            ? i.path[1]
            : Array.isArray(i.facts.blamedIndexes) && typeof i.facts.blamedIndexes[0] === 'number'
              ? (i.facts.blamedIndexes[0] as number)
              : undefined;
        const loc = idx === undefined ? undefined : cellOf(idx);
        return loc ? { ...i, location: loc } : i;
      });
      if (issues.length) out.push({ organization: round.org, year: round.year, issues });
    }
    return out;
  }
}
