/**
 * A supervisor's decision on a submitted entry: approve, reject (final) or return for revision.
 * Pure rules about what a decision needs; who may decide is the org chart's business.
 */
import type { EntryAction, EntryStatus } from '../journal/day-status.js';
import { stripInvisibleCharacters } from '../text/invisible.js';

export const DECISIONS = ['approved', 'rejected', 'returned'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * How the decider came to decide: in their own post, as Plt/Plh of the post above the employee,
 * as a supervisor named by an admin (override), or nobody at all (automatic).
 */
export const DECISION_CAPACITIES = ['definitive', 'plt', 'plh', 'override', 'automatic'] as const;
export type DecisionCapacity = (typeof DECISION_CAPACITIES)[number];

/** Why an automatic approval happened. */
export type AutoApprovalReason = 'position_kind' | 'no_supervisor' | 'window';

export const DECISION_LABEL: Record<Decision, string> = {
  approved: 'Disetujui',
  rejected: 'Ditolak',
  returned: 'Dikembalikan untuk perbaikan',
};

export const CAPACITY_LABEL: Record<DecisionCapacity, string> = {
  definitive: 'atasan langsung',
  plt: 'Plt',
  plh: 'Plh',
  override: 'atasan yang ditetapkan admin',
  automatic: 'otomatis',
};

export const AUTO_APPROVAL_NOTE: Record<AutoApprovalReason, string> = {
  position_kind: 'Disetujui otomatis: kegiatan pejabat pada jenis jabatan ini tidak divalidasi atasan.',
  no_supervisor: 'Disetujui otomatis: pegawai tidak memiliki atasan langsung pada struktur organisasi.',
  window: 'Disetujui otomatis: batas waktu validasi atasan terlewati.',
};

/** The journal's workflow action behind each decision (see core/journal/day-status.ts). */
export const DECISION_ACTION: Record<Decision, EntryAction> = { approved: 'approve', rejected: 'reject', returned: 'return' };

/** The status an entry has after the decision. */
export const DECISION_STATUS: Record<Decision, EntryStatus> = { approved: 'approved', rejected: 'rejected', returned: 'returned' };

export const REJECT_REASON_MIN = 5;
export const NOTE_MAX = 1000;

export type NoteCheck = { ok: true; note: string } | { ok: false; message: string };

/**
 * A rejection is final, so the employee must be told why (at least REJECT_REASON_MIN characters);
 * a return asks for a fix, so it must say what to fix. An approval may carry a note. The note is
 * trimmed and cleared of invisible characters (core/text/invisible.ts); whitespace alone is no note.
 */
export function checkDecisionNote(decision: Decision, raw: string | undefined | null): NoteCheck {
  const note = stripInvisibleCharacters(raw ?? '').trim();
  if (note.length > NOTE_MAX) return { ok: false, message: `Catatan paling panjang ${NOTE_MAX} karakter.` };
  if (decision === 'rejected' && note.length < REJECT_REASON_MIN) {
    return { ok: false, message: `Alasan penolakan wajib diisi, minimal ${REJECT_REASON_MIN} karakter.` };
  }
  if (decision === 'returned' && note.length === 0) {
    return { ok: false, message: 'Catatan perbaikan wajib diisi: tuliskan apa yang perlu diperbaiki.' };
  }
  return { ok: true, note };
}
