/**
 * Entry workflow (draft → submitted → approved | rejected | returned) and the status of a day in
 * the month calendar.
 *
 * 'returned' is sent back for revision: editable again, then resubmitted. 'rejected' is final for
 * that entry (the employee may log a new one while the window is open). 'approved' is final too:
 * reopening an approved entry would change TPP already computed, so it is not a transition here.
 */
export type EntryStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'returned';
export type EntryAction = 'submit' | 'approve' | 'reject' | 'return' | 'resubmit';

export const ENTRY_STATUS_LABEL: Record<EntryStatus, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  approved: 'Disetujui',
  rejected: 'Ditolak',
  returned: 'Dikembalikan',
};

const ACTION_LABEL: Record<EntryAction, string> = {
  submit: 'diajukan',
  approve: 'disetujui',
  reject: 'ditolak',
  return: 'dikembalikan untuk perbaikan',
  resubmit: 'diajukan ulang',
};

/** The only legal moves; anything else is refused. */
export const ENTRY_TRANSITIONS: Readonly<Record<EntryStatus, Partial<Record<EntryAction, EntryStatus>>>> = {
  draft: { submit: 'submitted' },
  submitted: { approve: 'approved', reject: 'rejected', return: 'returned' },
  returned: { resubmit: 'submitted' },
  approved: {},
  rejected: {},
};

export type TransitionResult =
  | { ok: true; status: EntryStatus }
  | { ok: false; code: 'ILLEGAL_TRANSITION'; message: string };

export function nextStatus(current: EntryStatus, action: EntryAction): TransitionResult {
  // Own-key lookups: status and action often arrive as strings from storage or the network, and
  // "constructor" must not find Object.prototype's member.
  const row = Object.hasOwn(ENTRY_TRANSITIONS, current) ? ENTRY_TRANSITIONS[current] : undefined;
  const to = row && Object.hasOwn(row, action) ? row[action] : undefined;
  if (to !== undefined) return { ok: true, status: to };
  const from = Object.hasOwn(ENTRY_STATUS_LABEL, current) ? ENTRY_STATUS_LABEL[current] : String(current);
  const act = Object.hasOwn(ACTION_LABEL, action) ? ACTION_LABEL[action] : String(action);
  return { ok: false, code: 'ILLEGAL_TRANSITION', message: `Kegiatan berstatus '${from}' tidak dapat ${act}.` };
}

/** Only the employee's own unsent or sent-back work is editable. */
export function canEdit(status: EntryStatus): boolean {
  return status === 'draft' || status === 'returned';
}

export type DayStatus = 'non_working' | 'empty' | 'returned' | 'waiting' | 'incomplete' | 'complete' | 'approved';

export const DAY_STATUS_LABEL: Record<DayStatus, string> = {
  non_working: 'Hari libur',
  empty: 'Belum diisi',
  returned: 'Perlu perbaikan',
  waiting: 'Menunggu persetujuan',
  incomplete: 'Belum memenuhi target',
  complete: 'Memenuhi target (belum diajukan)',
  approved: 'Disetujui',
};

export interface StatusedEntry {
  status: EntryStatus;
  creditedMinutes: number;
}

/**
 * Precedence, first match wins:
 * 1. Rejected entries are dropped first: they are final and never count.
 * 2. Nothing left → 'non_working' on a holiday or weekend, else 'empty'.
 * 3. Any entry 'returned' → 'returned': the employee must act, and it is the most urgent colour.
 * 4. Any entry 'submitted' → 'waiting': the day is with the supervisor.
 * 5. Any entry 'draft' → 'complete' when draft + approved minutes reach the target (ready to
 *    submit), else 'incomplete'.
 * 6. Everything approved → 'approved' when approved minutes reach the target, else 'incomplete'
 *    (more can still be logged while the window is open).
 * On a non-working day the target is 0, so overtime entries there read complete/approved.
 */
export function dayStatus(entries: readonly StatusedEntry[], targetMinutes: number, isWorkingDay: boolean): DayStatus {
  const live = entries.filter((e) => e.status !== 'rejected');
  if (live.length === 0) return isWorkingDay ? 'empty' : 'non_working';
  if (live.some((e) => e.status === 'returned')) return 'returned';
  if (live.some((e) => e.status === 'submitted')) return 'waiting';
  const target = isWorkingDay ? targetMinutes : 0;
  const minutes = live.reduce((sum, e) => sum + e.creditedMinutes, 0);
  if (live.some((e) => e.status === 'draft')) return minutes >= target ? 'complete' : 'incomplete';
  return minutes >= target ? 'approved' : 'incomplete';
}
