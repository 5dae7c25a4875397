/** What the outbox holds (docs/sync-protocol.md). One item is one change the user made on this phone. */
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

export type OutboxItem = PutItem | DeleteItem | SubmitItem;

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
}

export const itemDate = (it: OutboxItem): string => (it.kind === 'entry.put' ? it.entry.workDate : it.kind === 'entry.delete' ? it.workDate : it.date);
export const unsent = (it: OutboxItem): boolean => it.state !== 'sent';
