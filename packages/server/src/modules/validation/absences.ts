import { NO_ABSENCES, type AbsenceSource } from '@kinerja/core';

/**
 * Where validation learns who was on leave or absent. Attendance (e-Presensi) does not exist yet,
 * so this is NO_ABSENCES and the ABSENT_DAY flag never fires; when attendance arrives, this is the
 * one line to change (an implementation reading its leave and absence tables for the agency).
 */
export const absenceSource: AbsenceSource = NO_ABSENCES;
