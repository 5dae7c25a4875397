/**
 * Leave and absence, as seen by validation. Attendance (e-Presensi, DOMAIN.md §5) does not exist
 * yet, so nothing implements this but NO_ABSENCES; when attendance arrives it supplies the days an
 * employee was on leave, sick or absent, and entries on those days get flagged for the supervisor.
 */
export interface Absence {
  employeeId: string;
  /** The local day, yyyy-mm-dd. */
  date: string;
  /** e.g. 'cuti', 'sakit', 'izin', 'alpa', 'tugas_belajar'; free so attendance can add kinds. */
  kind: string;
  /** What the supervisor reads: "cuti tahunan", "sakit". */
  label: string;
}

export interface AbsenceSource {
  /** Absences of these employees of one agency between two dates (inclusive). */
  absencesBetween(agencyId: string, employeeIds: readonly string[], from: string, to: string): Promise<Absence[]>;
}

/** The source until attendance exists: nobody is ever recorded absent. */
export const NO_ABSENCES: AbsenceSource = {
  absencesBetween: async () => [],
};
