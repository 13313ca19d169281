import { describe, expect, it } from 'vitest';
import type { Organization } from '../model/organization.js';
import { competentAuthority } from './authority.js';

const o = (
  id: string,
  type: Organization['type'],
  parent?: string,
  extra: Partial<Organization> = {},
): Organization => ({
  kind: 'organization',
  id,
  name: id,
  type,
  ...(parent ? { parent } : {}),
  ...extra,
});

// A Quảng Nam commune before and after the 2025 reform.
const tree: Organization[] = [
  o('QN', 'provincialCommittee', undefined, { administrativeLevel: 'province', validTo: '2025-06-30' }),
  o('DN', 'provincialCommittee', undefined, { administrativeLevel: 'province' }),
  o('HU-DX', 'superiorCommittee', 'QN', { administrativeLevel: 'district', validTo: '2025-06-30' }),
  o('DU-DX', 'superiorCommittee', 'DN', { administrativeLevel: 'commune', validFrom: '2025-07-01' }),
  o('DB-XA-OLD', 'grassrootsCommittee', 'HU-DX', { validTo: '2025-06-30' }),
  o('DB-XA-NEW', 'grassrootsCommittee', 'DU-DX', {
    validFrom: '2025-07-01',
    admissionAuthorized: [{ from: '2026-01-01' }],
  }),
  o('CB-1', 'cell', 'DB-XA-OLD', { validTo: '2025-06-30' }),
  o('CB-1N', 'cell', 'DB-XA-NEW', { validFrom: '2025-07-01' }),
  o('CBCS', 'grassrootsCell', 'DN'),
];

describe('competentAuthority', () => {
  it('before 1/7/2025: the district standing committee', () => {
    expect(competentAuthority(tree, 'CB-1', 'admission', '2025-06-30')).toMatchObject({
      organization: { id: 'HU-DX' },
      body: 'standingCommittee',
    });
  });
  it('from 1/7/2025: the commune-level committee under the province', () => {
    expect(competentAuthority(tree, 'CB-1N', 'admission', '2025-07-01')).toMatchObject({
      organization: { id: 'DU-DX' },
      citations: [{ document: 'qd-294-2025', point: '4.3.2' }],
    });
  });
  it('an authorized grassroots committee decides itself', () => {
    expect(competentAuthority(tree, 'CB-1N', 'recognition', '2026-02-02')).toMatchObject({
      organization: { id: 'DB-XA-NEW' },
      body: 'fullCommittee',
    });
  });
  it('grassroots directly under the province: provincial standing members', () => {
    expect(competentAuthority(tree, 'CBCS', 'admission', '2025-08-01')).toMatchObject({
      organization: { id: 'DN' },
      body: 'standingMembers',
    });
  });
  it('badges: provincial standing committee', () => {
    expect(competentAuthority(tree, 'CB-1N', 'badge', '2025-09-02')).toMatchObject({ organization: { id: 'DN' } });
  });
  it('reports a district left open after the reform', () => {
    const open = tree.map((x) =>
      x.id === 'HU-DX' || x.id === 'DB-XA-OLD' || x.id === 'CB-1' || x.id === 'QN' ? { ...x, validTo: undefined } : x,
    ) as Organization[];
    expect(competentAuthority(open, 'CB-1', 'admission', '2025-08-01')).toEqual({
      problem: 'districtAfterReform',
      organization: 'HU-DX',
    });
    expect(competentAuthority(tree, 'nope', 'admission', '2025-08-01')).toEqual({
      problem: 'unknownOrganization',
      organization: 'nope',
    });
  });
});

// The 2026 organization-level rules on the dated tree (audit 12/2026, C2 and §1.2: QĐ 208 makes commune-level
// committees grassroots; the standing committee of the grassroots committee decides admission).
describe('competentAuthority under QĐ 208 (2026)', () => {
  const retyped: Organization[] = [
    o('DN', 'provincialCommittee', undefined, { administrativeLevel: 'province' }),
    o('DU-P', 'superiorCommittee', 'DN', {
      administrativeLevel: 'commune',
      validFrom: '2025-07-01',
      periods: [{ from: '2026-09-30', type: 'grassrootsCommittee' }],
    }),
    // an intermediate committee of the ward, ended when the ward committee took every cell directly (30/9/2026)
    o('DB-CQ', 'grassrootsCommittee', 'DU-P', { validFrom: '2025-07-01', validTo: '2026-09-29' }),
    o('CB-A', 'cell', 'DB-CQ', { validFrom: '2025-07-01', periods: [{ from: '2026-09-30', parent: 'DU-P' }] }),
    o('CBCS', 'grassrootsCell', 'DN'),
  ];
  it('the day before: the ward committee is still the level directly above grassroots (QĐ 20, carried over)', () => {
    expect(competentAuthority(retyped, 'CB-A', 'admission', '2026-07-25')).toMatchObject({
      organization: { id: 'DU-P' },
      body: 'standingCommittee',
      citations: [{ document: 'qd-20-2026', carriedOverFrom: { document: 'qd-294-2025', point: '4.3.2' } }],
    });
  });
  it('from 26/7/2026 the grassroots committee’s standing committee decides admission (secondary)', () => {
    expect(competentAuthority(retyped, 'CB-A', 'admission', '2026-08-10')).toMatchObject({
      organization: { id: 'DB-CQ' },
      body: 'standingCommittee',
      citations: [{ document: 'qd-208-2026' }],
      confidence: 'secondary',
    });
  });
  it('after the re-typing on the dated tree, the ward committee itself decides', () => {
    expect(competentAuthority(retyped, 'CB-A', 'recognition', '2026-10-05')).toMatchObject({
      organization: { id: 'DU-P' },
      body: 'standingCommittee',
      confidence: 'secondary',
    });
  });
  it('a ward committee not yet re-typed is read as grassroots from 26/7/2026', () => {
    const flat: Organization[] = [
      o('DN', 'provincialCommittee', undefined, { administrativeLevel: 'province' }),
      o('DU-P', 'superiorCommittee', 'DN', { administrativeLevel: 'commune' }),
      o('CB-B', 'cell', 'DU-P'),
    ];
    expect(competentAuthority(flat, 'CB-B', 'admission', '2026-06-01')).toEqual({ problem: 'noGrassroots' });
    expect(competentAuthority(flat, 'CB-B', 'voluntaryExit', '2026-08-01')).toMatchObject({
      organization: { id: 'DU-P' },
      confidence: 'carried-over',
    });
  });
  it('a grassroots cell under the province keeps the provincial standing members', () => {
    expect(competentAuthority(retyped, 'CBCS', 'admission', '2026-08-10')).toMatchObject({
      organization: { id: 'DN' },
      body: 'standingMembers',
    });
  });
});
