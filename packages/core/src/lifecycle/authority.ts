import type { CivilDate } from '../date/civil-date.js';
import type { Citation, Confidence } from '../legal/types.js';
import type { Organization } from '../model/organization.js';
import { type OrganizationAt, treeAt } from '../records/tree.js';
import { communesAreGrassroots, regulationPoint, THREE_LEVEL_REGULATION } from './regime.js';

/** Acts whose competent authority can be resolved. */
export type Act = 'admission' | 'recognition' | 'probationStrikeOff' | 'voluntaryExit' | 'badge' | 'provincialConsent';

/** Who decides: the organization and which of its bodies. */
export interface CompetentAuthority {
  readonly organization: Organization;
  readonly body: 'fullCommittee' | 'standingCommittee' | 'standingMembers';
  readonly citations: readonly Citation[];
  /**
   * Set when the answer rests on less than a text read: under QĐ 208 (2026) the grassroots standing committee
   * decides admission and recognition (`secondary`, unofficial sources), and the other acts follow the admission
   * authority as under QĐ 294 (`carried-over`).
   */
  readonly confidence?: Confidence;
}

/** Why the authority could not be resolved. */
export interface AuthorityProblem {
  readonly problem: 'unknownOrganization' | 'noGrassroots' | 'noSuperior' | 'districtAfterReform' | 'noProvince';
  readonly organization?: string;
}

const inWindow = (ws: Organization['admissionAuthorized'], d: CivilDate) =>
  (ws ?? []).some((w) => w.from <= d && (!w.to || d <= w.to));

/**
 * The competent authority for an act concerning a member of `cellId`, on the date of the act, from the organization
 * tree as it stood on that date (validity dates and dated periods: name, type, level, parent). Admission, recognition, the strike-off of a probationary member and voluntary exit are
 * decided by an authorized grassroots committee (full committee), else by the standing committee of the level
 * directly above the grassroots organization (a district-level committee until 30/6/2025, a commune-level committee
 * under the province from 1/7/2025), else — for grassroots organizations directly under the province — by the
 * provincial standing members. Badges and consents for over-60 applicants and re-admission: the provincial standing
 * committee. From QĐ 208-QĐ/TW (26/7/2026, reported by unofficial sources) commune-level committees are grassroots
 * organizations and the standing committee of the grassroots committee decides (marked `secondary`; acts other than
 * admission and recognition follow it as `carried-over`); a grassroots cell keeps the rule above.
 * @example
 * competentAuthority([], 'x', 'admission', '2025-07-01') // { problem: 'unknownOrganization', organization: 'x' }
 */
export function competentAuthority(
  organizations: readonly Organization[],
  cellId: string,
  act: Act,
  date: CivilDate,
): CompetentAuthority | AuthorityProblem {
  // The tree as it stood on the date of the act: dated names, types, levels and parents (records/tree.ts).
  const byId = treeAt(organizations, date);
  const chain: OrganizationAt[] = [];
  for (let o = byId.get(cellId); o && chain.length < 20; o = o.parent ? byId.get(o.parent) : undefined) chain.push(o);
  if (!chain.length) return { problem: 'unknownOrganization', organization: cellId };
  if (act === 'badge' || act === 'provincialConsent') {
    const province = chain.find((o) => o.type === 'provincialCommittee');
    if (!province) return { problem: 'noProvince' };
    return {
      organization: province.organization,
      body: 'standingCommittee',
      citations: [regulationPoint(date, act === 'badge' ? '28.2.5' : '3.5.1')],
    };
  }
  // From QĐ 208 (2026) a commune-level committee under the province is itself a grassroots organization, also on a
  // tree that still records it as the level above grassroots.
  const threeLevels = communesAreGrassroots(date);
  const gi = chain.findIndex(
    (o) =>
      o.type === 'grassrootsCell' ||
      o.type === 'grassrootsCommittee' ||
      (threeLevels && o.type === 'superiorCommittee' && o.administrativeLevel === 'commune'),
  );
  if (gi < 0) return { problem: 'noGrassroots' };
  const grassroots = chain[gi]!;
  if (threeLevels && grassroots.type !== 'grassrootsCell')
    return {
      organization: grassroots.organization,
      body: 'standingCommittee',
      citations: [{ document: THREE_LEVEL_REGULATION }],
      confidence: act === 'admission' || act === 'recognition' ? 'secondary' : 'carried-over',
    };
  const cite = [regulationPoint(date, '4.3.2')];
  if (grassroots.type === 'grassrootsCommittee' && inWindow(grassroots.organization.admissionAuthorized, date))
    return { organization: grassroots.organization, body: 'fullCommittee', citations: cite };
  const superior = chain.slice(gi + 1).find((o) => o.type !== 'intermediateCommittee');
  if (!superior) return { problem: 'noSuperior' };
  if (superior.administrativeLevel === 'district' && date >= '2025-07-01')
    return { problem: 'districtAfterReform', organization: superior.id };
  if (superior.type === 'provincialCommittee')
    return { organization: superior.organization, body: 'standingMembers', citations: cite };
  return { organization: superior.organization, body: 'standingCommittee', citations: cite };
}
