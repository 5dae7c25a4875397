/**
 * Leave and absence, as seen by validation. The server's attendance module supplies the days an
 * employee was on approved whole-day leave or TK (its judged days); entries on those days get
 * flagged for the supervisor. NO_ABSENCES is the source for pure tests.
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

/** A source where nobody is ever recorded absent (pure tests). */
export const NO_ABSENCES: AbsenceSource = {
  absencesBetween: async () => [],
};
