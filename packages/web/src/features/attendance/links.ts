/**
 * Addresses of the attendance screens:
 * #/presensi[/bulan/:yyyy-mm][?hari=:date]   my month, a day's detail open
 * #/presensi/izin[/baru]                     my leave requests, a new one
 * #/presensi/persetujuan                     the supervisor's approvals
 * #/presensi/tim                             the supervisor's team today
 * #/presensi/instansi[/:agencyId[/:tab]]     an agency's machines, monthly recap, schedules, discipline table and leave types
 * #/presensi/swafoto/instansi                the admin's office areas, face references and anomaly report
 * #/presensi/swafoto/sengketa[/diputus]      the admin's disputed selfie check-ins, open or judged
 */
import { href } from '../../router';

export type AdminTab = 'mesin' | 'rekap' | 'jadwal' | 'aturan';

export const monthHref = (month?: string, day?: string | null) => (month ? href(['presensi', 'bulan', month], { hari: day }) : href(['presensi']));
export const leaveHref = (isNew = false) => href(isNew ? ['presensi', 'izin', 'baru'] : ['presensi', 'izin']);
export const approvalsHref = () => href(['presensi', 'persetujuan']);
export const teamHref = () => href(['presensi', 'tim']);
export const adminHref = (agencyId?: string, tab?: AdminTab, query?: Record<string, string | null | undefined>) =>
  href(['presensi', 'instansi', ...(agencyId ? [agencyId] : []), ...(agencyId && tab ? [tab] : [])], query);
export const selfieAdminHref = () => href(['presensi', 'swafoto', 'instansi']);
export const disputesHref = (state: 'open' | 'resolved' = 'open') => href(state === 'open' ? ['presensi', 'swafoto', 'sengketa'] : ['presensi', 'swafoto', 'sengketa', 'diputus']);
