import type { CivilDate } from '../date/civil-date.js';
import type { Organization } from '../model/organization.js';

/** An organization as it stood on one date: the dated period in force applied over its own fields. */
export interface OrganizationAt {
  readonly id: string;
  readonly name: string;
  readonly type: Organization['type'];
  readonly administrativeLevel: Organization['administrativeLevel'];
  readonly parent: string | undefined;
  readonly organization: Organization;
}

/** The deciding level, as `authority.level` writes it. */
export type AuthorityLevelOf = 'cell' | 'grassroots' | 'district' | 'commune' | 'province' | 'central';

/**
 * The organization as it stood on `date` (name, type, level and parent from the period in force), or undefined when
 * it did not exist then (`validFrom` / `validTo`).
 * @example
 * organizationAt({ kind: 'organization', id: 'X', name: 'A', type: 'cell', periods: [{ from: '2025-07-01', parent: 'P2' }], parent: 'P1' }, '2025-07-01').parent // 'P2'
 */
export function organizationAt(o: Organization, date: CivilDate): OrganizationAt | undefined {
  if ((o.validFrom && date < o.validFrom) || (o.validTo && date > o.validTo)) return undefined;
  const p = o.periods?.find((w) => w.from <= date && (!w.to || date <= w.to));
  return {
    id: o.id,
    name: p?.name ?? o.name,
    type: p?.type ?? o.type,
    administrativeLevel: p?.administrativeLevel ?? o.administrativeLevel,
    parent: p && 'parent' in p ? p.parent : o.parent,
    organization: o,
  };
}

/** The tree as it stood on `date`: every organization that existed then, by id. */
export function treeAt(organizations: readonly Organization[], date: CivilDate): Map<string, OrganizationAt> {
  const out = new Map<string, OrganizationAt>();
  for (const o of organizations) {
    const at = organizationAt(o, date);
    if (at && !out.has(at.id)) out.set(at.id, at);
  }
  return out;
}

/**
 * The deciding level of an organization on a date: a cell is `cell`; a grassroots organization (or an intermediate
 * committee inside one) is `grassroots`; a superior committee is `district` or `commune` by its administrative level
 * (when none is recorded: district-level until 30/6/2025, commune-level from 1/7/2025); provincial and central
 * committees are `province` and `central`.
 */
export function levelOf(o: OrganizationAt, date: CivilDate): AuthorityLevelOf {
  switch (o.type) {
    case 'cell':
      return 'cell';
    case 'grassrootsCell':
    case 'grassrootsCommittee':
    case 'intermediateCommittee':
      return 'grassroots';
    case 'superiorCommittee':
      if (o.administrativeLevel === 'district') return 'district';
      if (o.administrativeLevel === 'commune') return 'commune';
      return date < '2025-07-01' ? 'district' : 'commune';
    case 'provincialCommittee':
      return 'province';
    case 'centralCommittee':
      return 'central';
  }
}

/** The authority named by organization id, resolved through the dated tree as of the act date. */
export type ResolvedAuthority =
  | { readonly ok: true; readonly organization: OrganizationAt; readonly level: AuthorityLevelOf }
  | { readonly ok: false; readonly problem: 'unknownOrganization' | 'notInForce'; readonly organization: string };

/**
 * Resolves the authority named by `orgId` as of `actDate`: the organization as it stood then and its level. An id
 * that the tree does not know is `unknownOrganization`; one that did not exist on that date is `notInForce`.
 * @example
 * resolveAuthority([], 'HU', '2025-09-05').ok // false
 */
export function resolveAuthority(
  organizations: readonly Organization[],
  orgId: string,
  actDate: CivilDate,
): ResolvedAuthority {
  const all = organizations.filter((o) => o.id === orgId);
  if (!all.length) return { ok: false, problem: 'unknownOrganization', organization: orgId };
  for (const o of all) {
    const at = organizationAt(o, actDate);
    if (at) return { ok: true, organization: at, level: levelOf(at, actDate) };
  }
  return { ok: false, problem: 'notInForce', organization: orgId };
}
