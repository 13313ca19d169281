import { LIBRARY } from '../kernel/engine.js';
import { parameterAt } from '../kernel/parameter.js';
import { defineRecordKind } from '../kernel/record-kind.js';
import type { DerivedFact } from '../kernel/types.js';
import { congressDeadlines, nextCongressWindow } from './deadlines.js';
import { ageReferenceDate } from './model/age.js';
import { type Congress, congressSchema, electionBase } from './model/congress.js';
import { congressLevelOn } from './model/organization.js';
import { type PersonnelPlan, personnelPlanSchema } from './model/plan.js';
import { committeeAge } from './parameters.js';
import { LEVEL_NAMES } from './text.js';

const provenance = { source: 'core', version: LIBRARY.version } as const;

/**
 * The `congress` record kind (đại hội). Derived facts: the level on the opening day, the total elections are judged
 * against, the window of the next congress and the deadlines after this one.
 */
export const congressKind = defineRecordKind<Congress>({
  kind: 'congress',
  title: { vi: 'Đại hội đảng bộ, chi bộ', en: 'Party congress' },
  schema: congressSchema,
  idOf: (c) => c.id ?? `${c.organization.id}@${c.openedOn}`,
  derive(c, ctx): DerivedFact[] {
    const vi = ctx.locale === 'vi';
    const lvl = congressLevelOn(c.organization, c.openedOn);
    const facts: DerivedFact[] = [
      {
        record: ctx.record,
        name: 'congress.level',
        value: lvl.level,
        label: vi ? `Cấp đại hội: ${LEVEL_NAMES[lvl.level].vi}` : `Congress level: ${LEVEL_NAMES[lvl.level].en}`,
        citations: lvl.citations,
        provenance,
      },
      {
        record: ctx.record,
        name: 'congress.electionBase',
        value: electionBase(c),
        label: vi ? 'Tổng số tính kết quả bầu cử' : 'Total elections are judged against',
        citations: [
          { document: 'dieu-le-2011', article: '12', clause: '3' },
          { document: 'hd-06-2025', point: '14.2' },
        ],
        provenance,
      },
    ];
    const next = nextCongressWindow(c);
    if (next)
      facts.push({
        record: ctx.record,
        name: 'congress.nextWindow',
        value: { nominal: next.nominal, earliest: next.earliest, latest: next.latest, termMonths: next.termMonths },
        label: vi ? 'Đại hội nhiệm kỳ sau' : 'Next congress',
        citations: next.citations,
        provenance,
      });
    const deadlines = congressDeadlines(c, ctx.calendar);
    if (deadlines.length)
      facts.push({
        record: ctx.record,
        name: 'congress.deadlines',
        value: deadlines.map((d) => ({ id: d.id, due: d.due, workingDays: d.workingDays, doneOn: d.doneOn ?? null })),
        label: vi ? 'Thời hạn sau đại hội' : 'Deadlines after the congress',
        citations: deadlines[0]!.citations,
        provenance,
      });
    return facts;
  },
});

/** The `personnelPlan` record kind (đề án nhân sự). Derived fact: the age reference date. */
export const personnelPlanKind = defineRecordKind<PersonnelPlan>({
  kind: 'personnelPlan',
  title: { vi: 'Đề án nhân sự cấp ủy', en: 'Committee personnel plan' },
  schema: personnelPlanSchema,
  idOf: (p) => p.id ?? `${p.organization.id}@${p.congressOn}`,
  derive(p, ctx): DerivedFact[] {
    const r = ageReferenceDate(p);
    return [
      {
        record: ctx.record,
        name: 'congress.ageReferenceDate',
        value: r.date,
        label: ctx.locale === 'vi' ? 'Thời điểm tính tuổi' : 'Age reference date',
        citations: parameterAt(committeeAge, p.congressOn)?.citations ?? [],
        provenance,
      },
    ];
  },
});
