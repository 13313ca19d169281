import { LIBRARY } from '../kernel/engine.js';
import { defineRecordKind } from '../kernel/record-kind.js';
import type { DerivedFact } from '../kernel/types.js';
import { type Appointment, appointmentSchema } from './model/appointment.js';
import { type CadrePlan, cadrePlanSchema } from './model/plan.js';
import { retirementReachedOn, serviceMonthsLeft } from './model/service.js';
import { ballotsOf, type ConfidenceVote, confidenceVoteSchema } from './model/vote.js';
import { lowConfidenceBand } from './rules/vote-low-confidence.js';

const provenance = { source: 'core', version: LIBRARY.version } as const;

/** The `confidenceVote` record kind (lấy phiếu tín nhiệm); derived fact: each person's low share and band. */
export const confidenceVoteKind = defineRecordKind<ConfidenceVote>({
  kind: 'confidenceVote',
  title: { vi: 'Kết quả lấy phiếu tín nhiệm', en: 'Confidence vote result' },
  schema: confidenceVoteSchema,
  idOf: (v) => v.id,
  derive(v, ctx): DerivedFact[] {
    return [
      {
        record: ctx.record,
        name: 'cadre.vote.results',
        value: v.results.map((r) => {
          const ballots = ballotsOf(r);
          return {
            cadreId: r.cadreId,
            ballots,
            low: r.low,
            lowShare: ballots ? Math.round((r.low * 10000) / ballots) / 100 : 0,
            band: lowConfidenceBand(r.low, ballots),
          };
        }),
        label: ctx.locale === 'vi' ? 'Tỷ lệ phiếu tín nhiệm thấp' : 'Low-confidence shares',
        citations: [{ document: 'qd-96-2023' }],
        provenance,
      },
      {
        record: ctx.record,
        name: 'cadre.vote.quorumMet',
        value: v.present * 3 >= v.summoned * 2,
        label: ctx.locale === 'vi' ? 'Đủ 2/3 số người được triệu tập' : 'Two thirds present',
        citations: [{ document: 'qd-96-2023' }],
        provenance,
      },
    ];
  },
});

/** The `cadrePlan` record kind (quy hoạch cán bộ). */
export const cadrePlanKind = defineRecordKind<CadrePlan>({
  kind: 'cadrePlan',
  title: { vi: 'Quy hoạch cán bộ', en: 'Cadre plan' },
  schema: cadrePlanSchema,
  idOf: (p) => p.id,
});

/** The `appointment` record kind (bổ nhiệm); derived facts: service left at file receipt and retirement date. */
export const appointmentKind = defineRecordKind<Appointment>({
  kind: 'appointment',
  title: { vi: 'Hồ sơ bổ nhiệm cán bộ', en: 'Appointment file' },
  schema: appointmentSchema,
  idOf: (a) => a.id,
  derive(a, ctx): DerivedFact[] {
    const citations = [{ document: 'nd-135-2020', article: '4' }];
    return [
      {
        record: ctx.record,
        name: 'cadre.serviceMonthsLeft',
        value: serviceMonthsLeft(a.cadre, a.fileReceivedOn),
        label:
          ctx.locale === 'vi'
            ? 'Thời gian công tác còn lại khi nhận hồ sơ (tháng)'
            : 'Service left at file receipt (months)',
        citations,
        provenance,
      },
      {
        record: ctx.record,
        name: 'cadre.retirementReachedOn',
        value: retirementReachedOn(a.cadre),
        label: ctx.locale === 'vi' ? 'Ngày đủ tuổi nghỉ hưu' : 'Reaches retirement age on',
        citations,
        provenance,
      },
    ];
  },
});
