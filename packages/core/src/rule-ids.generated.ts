// Generated from the core rule catalogue by `pnpm run docs:catalogue`. Do not edit by hand:
// packages/core/test/rule-ids.test.ts fails when this file is stale.

/** Message ids by rule id, for every core rule. */
export interface CoreRuleMessageIds {
  readonly 'cadre.appointment.discipline': 'barred';
  readonly 'cadre.appointment.disciplineInEffect': 'inEffect' | 'inEffectNoEnd';
  readonly 'cadre.appointment.rankingHistory': 'missingYears';
  readonly 'cadre.appointment.reappointment': 'useExtension' | 'useReappointment';
  readonly 'cadre.appointment.serviceLeft': 'tooLittle';
  readonly 'cadre.appointment.timeInPost': 'tooSoon';
  readonly 'cadre.plan.age': 'tooOld';
  readonly 'cadre.plan.discipline': 'barred' | 'mustRemove';
  readonly 'cadre.plan.higherPost': 'notHigher';
  readonly 'cadre.plan.perPerson': 'tooMany';
  readonly 'cadre.plan.perPost': 'tooMany';
  readonly 'cadre.plan.references': 'duplicate' | 'unknownCadre' | 'unknownPost';
  readonly 'cadre.plan.structure': 'fewWomen' | 'fewYoung';
  readonly 'cadre.vote.lowConfidence': 'overHalf' | 'twoThirds';
  readonly 'cadre.vote.quorum': 'morePresent' | 'noQuorum';
  readonly 'cadre.vote.tally': 'tooManyBallots';
  readonly 'congress.after.deadlines': 'approvalDue' | 'dateOrder' | 'handoverDue' | 'lateApproval' | 'lateHandover' | 'lateReport' | 'reportDue';
  readonly 'congress.attendance.counts': 'moreAttendedThanSummoned' | 'partsOverTotal';
  readonly 'congress.cell.committee': 'tooFewForCommittee' | 'tooLarge';
  readonly 'congress.election.majority': 'ballotsOverElectorate' | 'notMajority' | 'tooManyElected' | 'votesOverBallots';
  readonly 'congress.personnel.age': 'firstTimeShort' | 'reelectionShort';
  readonly 'congress.personnel.structure': 'belowTarget' | 'fewerCandidatesThanSeats';
  readonly 'congress.secretary.rounds': 'appointmentNeeded' | 'fourthRound';
  readonly 'congress.timing.cycle': 'districtEnded' | 'pilotNotCell' | 'pilotNotInForce' | 'previousAfter' | 'tooEarly' | 'tooLate';
  readonly 'identity.citizenId.format': 'format' | 'legacy' | 'place';
  readonly 'identity.citizenId.matchesPerson': 'birthYear' | 'sex';
  readonly 'member.admission.age': 'overSixty' | 'tooYoung';
  readonly 'member.admission.awarenessCertificate': 'expired';
  readonly 'member.admission.ceremonyDeadline': 'late' | 'overdue';
  readonly 'member.admission.decisionDeadline': 'extensionTooLong' | 'late' | 'overdue';
  readonly 'member.admission.education': 'belowLowerSecondary' | 'equivalentNotAccepted';
  readonly 'member.admission.fileValidity': 'introductionExpired';
  readonly 'member.admission.introducers': 'notOfficial' | 'residenceNotAccepted' | 'route' | 'sharedMonths' | 'youthRouteAge';
  readonly 'member.badge.eligibility': 'duplicate' | 'notMilestone' | 'otherOccasion' | 'tooEarly' | 'underDiscipline';
  readonly 'member.decision.authorityLevel': 'communeNotYet' | 'districtEnded';
  readonly 'member.discipline.limitation': 'expired';
  readonly 'member.exemption.decision': 'noCertificate' | 'wrongBody';
  readonly 'member.exit.voluntaryWithoutViolation': 'underDiscipline' | 'violation';
  readonly 'member.history.consistency': 'correctsCorrection' | 'duplicateId' | 'emptyCorrection' | 'outOfOrder' | 'refused' | 'unknownTarget';
  readonly 'member.probation.review': 'escalate' | 'noCourse';
  readonly 'member.readmission.conditions': 'barred' | 'noConsent' | 'tooSoon' | 'tooSoonAfterExpungement';
  readonly 'member.recognition.decisionDeadline': 'late' | 'overdue';
  readonly 'member.recognition.timing': 'late' | 'overdue' | 'voteBeforeEnd' | 'wrongEffectiveDate';
  readonly 'member.strikeOff.groundMet': 'groundMet';
  readonly 'member.transfer.deadlines': 'letterLate' | 'letterOverdue' | 'procedureLate' | 'strikeOffGround' | 'temporaryTooLong' | 'temporaryTooShort';
  readonly 'member.vote.twoThirds': 'decidedWithoutMajority' | 'failed' | 'inconsistent';
  readonly 'organization.districtLevelEnded': 'stillValid';
  readonly 'ranking.member.civilService': 'excellentNeedsCivilService';
  readonly 'ranking.member.discipline': 'capped' | 'dutyUnknown' | 'weighed';
  readonly 'ranking.member.excellentStreak': 'commend';
  readonly 'ranking.member.lowConfidence': 'capped';
  readonly 'ranking.member.notCompletedTwice': 'screen';
  readonly 'ranking.member.residenceComment': 'missing';
  readonly 'ranking.member.scope': 'exempted' | 'suspended' | 'tooRecent' | 'unranked';
  readonly 'ranking.organization.discipline': 'capped' | 'excellentNotClean' | 'weighed';
  readonly 'ranking.organization.targets': 'capped' | 'forceMajeure';
  readonly 'ranking.points.band': 'aboveBand' | 'belowBand' | 'missing';
  readonly 'ranking.quota.members': 'overQuota';
  readonly 'ranking.quota.organizations': 'overQuota';
  readonly 'ranking.round.regime': 'mismatch' | 'uncovered';
  readonly 'ranking.tasks.conditions': 'completed' | 'excellent' | 'good' | 'overHalfNotCompleted';
}
