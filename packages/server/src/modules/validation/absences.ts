import type { AbsenceSource } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { attendanceAbsences } from '../attendance/index.js';

/**
 * Where validation learns who was on leave or absent: attendance's judged days (approved whole-day
 * leave, TK), so the ABSENT_DAY flag follows the same rules as the attendance recap and TPP.
 * `known.timeZone`: the agency's zone when the caller already read it (the inbox's today chart).
 */
export function absenceSource(ctx: AppContext, known: { timeZone?: string } = {}): AbsenceSource {
  return { absencesBetween: (agencyId, employeeIds, from, to) => attendanceAbsences(ctx, agencyId, employeeIds, from, to, known) };
}
