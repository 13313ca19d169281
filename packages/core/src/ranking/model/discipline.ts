/** The one discipline model lives in `model/discipline.ts`; ranking and cadre files use it. */
export {
  DISCIPLINE_FORMS,
  type Discipline,
  type DisciplineForm,
  disciplineInYear,
  disciplineRank,
  disciplineSchema,
  isDutyRelated,
} from '../../model/discipline.js';
