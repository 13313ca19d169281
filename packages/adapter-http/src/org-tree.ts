/** One dated placement of an organization: its parent between two civil dates (inclusive; open when absent). */
interface Placement {
  readonly parent: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
}

const within = (p: Placement, date: string) =>
  (p.from === undefined || p.from <= date) && (p.to === undefined || date <= p.to);

/**
 * The dated organization tree the service authorizes against. An organization may appear several times with
 * disjoint windows (`validFrom`/`validTo`), e.g. a cell moved under another committee on 1/7/2025; each question is
 * asked as of a civil date. The tree comes from the server's configuration (later: the database), never from the
 * request, so a caller cannot widen its own scope.
 */
export class OrganizationTree {
  readonly #placements = new Map<string, Placement[]>();

  constructor(
    organizations: readonly {
      readonly id: string;
      readonly parent?: string | undefined;
      readonly validFrom?: string | undefined;
      readonly validTo?: string | undefined;
    }[],
  ) {
    for (const o of organizations) {
      const list = this.#placements.get(o.id) ?? [];
      list.push({ parent: o.parent, from: o.validFrom, to: o.validTo });
      this.#placements.set(o.id, list);
    }
  }

  /** Number of distinct organizations. */
  get size(): number {
    return this.#placements.size;
  }

  /** Whether the organization exists on that date. */
  has(id: string, date: string): boolean {
    return this.#placements.get(id)?.some((p) => within(p, date)) ?? false;
  }

  /** The parent on that date (undefined for a root or an organization not in force). */
  parentOf(id: string, date: string): string | undefined {
    return this.#placements.get(id)?.find((p) => within(p, date))?.parent;
  }

  /** Whether `id` lies in the subtree of one of `roots` on that date (itself included). Guards against cycles. */
  covers(roots: ReadonlySet<string>, id: string, date: string): boolean {
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current !== undefined && !seen.has(current)) {
      if (!this.has(current, date)) return false;
      if (roots.has(current)) return true;
      seen.add(current);
      current = this.parentOf(current, date);
    }
    return false;
  }

  /** Every organization in the subtrees of `roots` on that date (what a worker checks records against). */
  subtrees(roots: ReadonlySet<string>, date: string): Set<string> {
    const out = new Set<string>();
    for (const id of this.#placements.keys()) if (this.covers(roots, id, date)) out.add(id);
    return out;
  }
}
