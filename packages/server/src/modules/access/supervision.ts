import type { OrgChart, SupervisorLink } from '@kinerja/core';
import { AppError } from '../../http/errors.js';
import { refusalOf } from './permissions.js';

/** The link by which `supervisorId` supervises `employeeId` on this chart, or null when they do not. */
export function supervisionLink(chart: OrgChart, supervisorId: string, employeeId: string): SupervisorLink | null {
  const link = chart.supervisorOf(employeeId);
  return link && link.employeeId === supervisorId ? link : null;
}

/**
 * `journal.decide` on a chart the caller already holds (a decision also needs the link's capacity):
 * the link, or the permission's refusal.
 */
export function requireSupervision(chart: OrgChart, supervisorId: string, employeeId: string): SupervisorLink {
  const link = supervisionLink(chart, supervisorId, employeeId);
  if (!link) {
    const { code, message } = refusalOf('journal.decide');
    throw new AppError(code, message);
  }
  return link;
}

/** The employee's pejabat penilai or atasan pejabat penilai on this chart is `readerId`. */
export function readsJournalOn(chart: OrgChart, readerId: string, employeeId: string): boolean {
  return chart.supervisorOf(employeeId)?.employeeId === readerId || chart.atasanPejabatPenilaiOf(employeeId)?.employeeId === readerId;
}
