// What other features use of attendance: the journal day's attendance line, as a lazy chunk (the
// journal's first load must not grow), and Beranda's shortcuts.
export const loadJournalDayLine = () => import('./JournalDayLine');
export { AttendanceShortcuts, useAttendanceNavLabel } from './Shortcuts';
