import type { DisciplineForm } from '../model/discipline.js';
import { LEVEL_ABBREVIATION, LEVEL_NAMES, type Level } from '../model/level.js';

/** Message arguments for a level: `{name}` in Vietnamese (HTT), `{nameEn}` in English (good). */
export function levelArgs(name: string, level: Level | undefined): Record<string, string> {
  return {
    [name]: level ? LEVEL_ABBREVIATION[level] : '—',
    [`${name}En`]: level ? `"${LEVEL_NAMES.en[level]}"` : '—',
  };
}

const FORMS: Record<DisciplineForm, [string, string]> = {
  reprimand: ['khiển trách', 'reprimand'],
  warning: ['cảnh cáo', 'warning'],
  removalFromPost: ['cách chức', 'removal from post'],
  expulsion: ['khai trừ', 'expulsion'],
};

/** Message arguments for a discipline form: `{form}` (khiển trách) and `{formEn}` (reprimand). */
export function formArgs(form: DisciplineForm): Record<string, string> {
  return { form: FORMS[form][0], formEn: FORMS[form][1] };
}
