import type { CivilDate } from '../../date/civil-date.js';
import type { Subject } from '../../kernel/rule.js';
import type { Appointment } from '../model/appointment.js';

/** The act date of an appointment: the decision when signed, else the day the file was received. */
export const appointmentDate = (a: Appointment): CivilDate => a.decidedOn ?? a.fileReceivedOn;

/** The appointment at its act date. */
export const atDecision = (a: Appointment): Subject<Appointment> => ({
  value: a,
  actDate: appointmentDate(a),
  path: [],
});

/** A small appointment file for examples and tests. */
export function exampleAppointment(
  over: Record<string, unknown> = {},
  cadre: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    kind: 'appointment',
    type: 'first',
    cadre: { id: 'CB01', fullName: 'Lê Văn Cường', birthDate: '1975-04-10', sex: 'male', ...cadre },
    post: { title: 'Phó Giám đốc Sở', higher: true },
    currentPost: { title: 'Trưởng phòng', since: '2022-01-01' },
    fileReceivedOn: '2026-03-02',
    ...over,
  };
}
