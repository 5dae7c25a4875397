/** Words for deadlines and flags in the inbox. */
import type { Deadline, Flag, ReviewDay, ReviewEntry } from '../../api/validation';
import type { Dict, Lang } from '../../i18n';

/** "2 hari lagi", "hari ini", "terlambat 1 hari" (working days). */
export function deadlineText(d: Deadline, t: Dict): string {
  if (d.overdue) return t.validation.late(Math.max(1, -d.daysLeft));
  if (d.daysLeft <= 0) return t.validation.dueToday;
  return t.validation.daysLeft(d.daysLeft);
}

export function deadlineTone(d: Deadline): 'late' | 'soon' | 'ok' {
  return d.overdue ? 'late' : d.daysLeft <= 1 ? 'soon' : 'ok';
}

/** The server's Indonesian sentence (it names dates, times and other entries); a translation otherwise. */
export function flagText(f: Flag, t: Dict, lang: Lang): string {
  return lang === 'id' ? f.message : (t.validation.flags[f.code] ?? f.message);
}

/** A short label shown as a badge before the sentence, for the flags that have one. */
export function flagBadge(f: Flag, t: Dict): string | undefined {
  return t.validation.flagBadges[f.code];
}

/** Kept out of "approve all except flagged": a flag on the entry or on its whole day. */
export function isFlagged(e: ReviewEntry, day: ReviewDay): boolean {
  return e.flags.length > 0 || day.flags.length > 0;
}

export const dayKey = (d: { employeeId: string; date: string }) => `${d.employeeId}/${d.date}`;
