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
