/** What the outbox holds (docs/sync-protocol.md). One item is one change the user made on this phone. */
import { ENTRY_ID_TAKEN_MESSAGE } from '@kinerja/core';
import type { CheckinAnswer, CheckinBody } from '@kinerja/core/api';
import type { Entry } from '../../api/journal';

export type ItemState = 'waiting' | 'sending' | 'sent' | 'attention';

/** The body of PUT /journal/entries/:id plus the evidence list (sha256, in order). */
export interface EntryBody {
  workDate: string;
  startTime: string | null;
  endTime: string | null;
  activityCode: string;
  volume: number;
  description: string;
  /** Only copies set these (a copied entry keeps its source's duration and RHK). */
  durationMinutes?: number | null;
  rhkId?: string | null;
  evidence: string[];
}

export interface FileRef {
  sha256: string;
  fileName: string;
  mediaType: string;
}

interface Base {
  itemId: string;
  /** When the user made the change (device clock, ISO). */
  deviceTime: string;
  state: ItemState;
  /** Send attempts that reached the point of asking the server. */
  attempts: number;
  /** Set while a tab is sending it; a stale claim (a closed tab) is released. */
  claimedAt?: number;
  /** The page (one load of the app) that claimed it: a claim whose page is gone is released at once. */
  claimedBy?: string;
  sentAt?: string;
  /** For 'attention': what happened. */
  status?: 'conflict' | 'rejected' | 'incomplete';
  code?: string;
  message?: string;
  /** On a conflict: the server's copy. */
  serverEntry?: Entry | null;
}

export interface PutItem extends Base {
  kind: 'entry.put';
  entryId: string;
  /** The server version this edit was made on; null for a new entry. */
  baseVersion: number | null;
  entry: EntryBody;
  files: FileRef[];
  /** For showing it before the server has it. */
  display: { activityName: string; activityUnit: string; creditedMinutes: number; status: Entry['status'] };
  /** Made by copying a day: a copy the server finds already there (or no longer wanted) is skipped, not a problem. */
  origin?: 'copy' | 'set';
}

export interface DeleteItem extends Base {
  kind: 'entry.delete';
  entryId: string;
  workDate: string;
  baseVersion: number;
}

export interface SubmitItem extends Base {
  kind: 'day.submit';
  date: string;
}

/**
 * A selfie check-in (POST /attendance/selfie/checkins, not /sync/push). `deviceTime` is when the
 * photo was taken; the check-in's own `id` makes a resend store nothing twice. The photo waits in
 * the blob store until the server acknowledges the check-in.
 */
export interface CheckinItem extends Base {
  kind: 'attendance.checkin';
  checkin: Omit<CheckinBody, 'deviceNow'>;
  /** The photo (one file). */
  files: FileRef[];
  /** The server's judgement, once sent. */
  answer?: CheckinAnswer;
}

export type OutboxItem = PutItem | DeleteItem | SubmitItem | CheckinItem;
/** Items that change a journal entry (later changes to an entry wait for an earlier refused one). */
export const entryIdOf = (it: OutboxItem): string | null => (it.kind === 'entry.put' || it.kind === 'entry.delete' ? it.entryId : null);
/** The files an item needs on the server first, in order. */
export const filesOf = (it: OutboxItem): readonly string[] => (it.kind === 'entry.put' ? it.entry.evidence : it.kind === 'attendance.checkin' ? [it.checkin.photoSha256] : []);

/** The server's word on one item (the push answer's `results[]`). */
export interface ItemResult {
  itemId: string;
  status: 'applied' | 'already_applied' | 'conflict' | 'rejected' | 'incomplete';
  code?: string;
  message?: string;
  entry?: Entry;
  missingEvidence?: string[];
  /** A refusal's fields, as the per-entry route names them: lets the open form point at the field. */
  details?: { field: string; message: string }[];
  /** For a check-in: the server's judgement. */
  checkin?: CheckinAnswer;
}

/**
 * A copy the server did not make, which copying counts as skipped: it overlaps, it was copied
 * before and changed or deleted since (a conflict, ENTRY_DELETED), or its id is taken.
 */
export function isSkippedCopy(r: ItemResult): boolean {
  if (r.status === 'conflict') return true;
  if (r.status !== 'rejected') return false;
  return r.code === 'OVERLAP' || r.code === 'ENTRY_DELETED' || (r.code === 'VALIDATION' && r.message === ENTRY_ID_TAKEN_MESSAGE);
}

/** A check-in's date is the phone's local date when the photo was taken. */
const localDate = (iso: string): string => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
export const itemDate = (it: OutboxItem): string =>
  it.kind === 'entry.put' ? it.entry.workDate : it.kind === 'entry.delete' ? it.workDate : it.kind === 'attendance.checkin' ? localDate(it.checkin.deviceTime) : it.date;
export const unsent = (it: OutboxItem): boolean => it.state !== 'sent';
