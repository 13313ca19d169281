/**
 * Test fixtures of the dieule store (`@dieule/adapter-postgres/testing`): a small organization tree (a commune
 * committee with two cells, and a cell elsewhere) and four members whose histories exercise the store, the
 * worklist and the annual report. Shared by the tests of this package and of the HTTP service; not part of the main
 * entry. Full citizen ID numbers here are synthetic.
 * @packageDocumentation
 */
import type { Member, Organization } from '@dieule/core';

export const orgs: Organization[] = [
  {
    kind: 'organization',
    id: 'DB-XA',
    name: 'Đảng bộ xã An Bình',
    type: 'grassrootsCommittee',
    administrativeLevel: 'commune',
  },
  { kind: 'organization', id: 'CB-1', name: 'Chi bộ thôn 1', type: 'cell', parent: 'DB-XA' },
  { kind: 'organization', id: 'CB-2', name: 'Chi bộ thôn 2', type: 'cell', parent: 'DB-XA' },
  { kind: 'organization', id: 'CB-OTHER', name: 'Chi bộ khác', type: 'grassrootsCell' },
];

const vote = { for: 9, officialMembers: 10 };

/** An official member admitted in 2015. */
export const official: Member = {
  kind: 'member',
  id: 'M-001',
  person: { fullName: 'Nguyễn Văn An', birthDate: '1985-03-04', sex: 'male', citizenId: '001085012345' },
  organization: 'CB-1',
  events: [
    { type: 'awarenessCourse', date: '2015-03-01' },
    { type: 'admissionVote', date: '2015-06-20', vote },
    { type: 'admissionDecision', date: '2015-07-26' },
    { type: 'admissionCeremony', date: '2015-08-10' },
    { type: 'recognitionVote', date: '2016-08-05', vote, proposal: 'recognize' },
    { type: 'recognitionDecision', date: '2016-08-12' },
  ],
};

/** A probationary member admitted in 2025. */
export const probationary: Member = {
  kind: 'member',
  id: 'M-002',
  person: { fullName: 'Trần Thị Bình', birthDate: '2000-11-20', sex: 'female' },
  organization: 'CB-2',
  events: [
    { type: 'awarenessCourse', date: '2025-01-10' },
    { type: 'admissionVote', date: '2025-03-03', vote },
    { type: 'admissionDecision', date: '2025-03-20' },
    { type: 'admissionCeremony', date: '2025-04-02' },
    { type: 'newMemberCourse', date: '2025-06-15' },
  ],
};

/** A member without id (keyed by person) who left in 2025. */
export const leaver: Member = {
  kind: 'member',
  person: { fullName: 'Lê Văn Cường', birthDate: '1960-01-01', sex: 'male', citizenId: '001060099999' },
  organization: 'CB-1',
  events: [
    { type: 'admissionDecision', date: '1990-02-01' },
    { type: 'admissionCeremony', date: '1990-02-03' },
    { type: 'recognitionDecision', date: '1991-02-10' },
    { type: 'voluntaryExit', date: '2025-09-09' },
  ],
};

/** A member elsewhere. */
export const elsewhere: Member = {
  kind: 'member',
  id: 'M-900',
  person: { fullName: 'Phạm Thị Dung', birthDate: '1975-05-05', sex: 'female' },
  organization: 'CB-OTHER',
  events: [
    { type: 'admissionDecision', date: '2000-05-01' },
    { type: 'admissionCeremony', date: '2000-05-10' },
    { type: 'recognitionDecision', date: '2001-05-15' },
  ],
};

export const allMembers = [official, probationary, leaver, elsewhere];

/**
 * The 2025 ranking round of DB-XA (QĐ 366): one member "excellent" and one "good", one cell "excellent" and one
 * "good" — both lists over the 20 % quota (⌊1 × 20 %⌋ = 0 allowed). M-001's admission date is re-keyed wrongly
 * (26/07/2015 in the history), which the bundle rules report as a disagreement.
 */
export const round2025 = {
  kind: 'rankingRound',
  format: 'dieule.records/2',
  id: 'XL-2025-DB-XA',
  year: 2025,
  organization: { id: 'DB-XA', name: 'Đảng bộ xã An Bình' },
  decidedOn: '2025-12-20',
  members: [
    { memberId: 'M-001', organization: 'CB-1', admittedOn: '2015-07-20', level: 'excellent', points: 95 },
    { memberId: 'M-002', organization: 'CB-2', level: 'good', points: 85 },
  ],
  organizations: [
    { organizationId: 'CB-1', level: 'excellent', points: 92 },
    { organizationId: 'CB-2', level: 'good', points: 84 },
  ],
} as const;

/** An appointment file of M-001 (no id: stored under its natural key). */
export const appointment2025 = {
  kind: 'appointment',
  format: 'dieule.records/2',
  type: 'first',
  cadre: { id: 'M-001', fullName: 'Nguyễn Văn An', birthDate: '1985-03-04', sex: 'male' },
  post: { title: 'Phó Bí thư Đảng ủy xã', higher: true },
  currentPost: { title: 'Ủy viên Ban Thường vụ', since: '2020-10-01' },
  fileReceivedOn: '2025-10-01',
  decidedOn: '2025-10-20',
} as const;

/** A confidence vote of DB-XA in 2025. */
export const vote2025 = {
  kind: 'confidenceVote',
  format: 'dieule.records/2',
  id: 'PTN-2025-DB-XA',
  heldOn: '2025-11-15',
  organization: 'DB-XA',
  summoned: 15,
  present: 14,
  results: [{ cadreId: 'M-001', fullName: 'Nguyễn Văn An', high: 10, confidence: 3, low: 1 }],
} as const;
