/**
 * The day as the user should see it: the server's (or kept) copy with the changes still in the
 * outbox laid over it, each marked with its sending state.
 */
import type { Day, Entry } from '../../api/journal';
import { recount } from './cache';
import type { ItemState, OutboxItem } from './types';

export interface LocalMark {
  state: ItemState;
  itemId: string;
  status?: 'conflict' | 'rejected' | 'incomplete' | undefined;
  message?: string | undefined;
  /** A delete waiting to be sent (the entry is shown struck through only if it needs attention). */
  deleting?: boolean;
}

/** An entry as shown: maybe with a pending change on it, and local file URLs for unsent photos. */
export type ShownEntry = Entry & { local?: LocalMark };

export interface ShownDay extends Day {
  entries: ShownEntry[];
  /** A "send to supervisor" waiting in the outbox. */
  submitPending?: LocalMark;
}

const mark = (it: OutboxItem): LocalMark => ({ state: it.state, itemId: it.itemId, status: it.status, message: it.message });

/**
 * `fileUrl` gives a local URL for a file the server may not have yet (null: use the server's).
 * Sent items are not laid over: the kept day already has the server's answer.
 */
export function mergeDay(day: Day, items: readonly OutboxItem[], fileUrl: (sha256: string) => string | null = () => null): ShownDay {
  let entries: ShownEntry[] = [...(day.entries ?? [])];
  let submitPending: LocalMark | undefined;
  for (const it of items) {
    if (it.state === 'sent') continue;
    if (it.kind === 'entry.put') {
      const old = entries.find((e) => e.id === it.entryId);
      entries = entries.filter((e) => e.id !== it.entryId);
      if (it.entry.workDate !== day.date) continue;
      const now = it.deviceTime;
      const shown: ShownEntry = {
        id: it.entryId,
        workDate: it.entry.workDate,
        startTime: it.entry.startTime,
        endTime: it.entry.endTime,
        durationMinutes: it.entry.durationMinutes ?? null,
        activityCode: it.entry.activityCode,
        activityName: it.display.activityName,
        activityUnit: it.display.activityUnit,
        activityVersion: old?.activityVersion ?? 0,
        volume: it.entry.volume,
        description: it.entry.description,
        rhkId: it.entry.rhkId !== undefined ? it.entry.rhkId : (old?.rhkId ?? null),
        creditedMinutes: it.display.creditedMinutes,
        status: 'draft',
        version: old?.version ?? it.baseVersion ?? 0,
        evidence: it.entry.evidence.map((sha) => {
          const f = it.files.find((x) => x.sha256 === sha) ?? old?.evidence.find((x) => x.sha256 === sha);
          const url = fileUrl(sha);
          return { sha256: sha, fileName: f?.fileName ?? '', mediaType: f?.mediaType ?? 'image/jpeg', ...(url ? { localUrl: url } : {}) };
        }),
        deviceRecordedAt: old?.deviceRecordedAt ?? now,
        receivedAt: old?.receivedAt ?? now,
        updatedAt: now,
        local: mark(it),
      };
      entries.push(shown);
    } else if (it.kind === 'entry.delete') {
      const old = entries.find((e) => e.id === it.entryId);
      if (!old) continue;
      entries = entries.filter((e) => e.id !== it.entryId);
      // A refused delete stays visible with its reason; a waiting one is simply gone.
      if (it.state === 'attention') entries.push({ ...old, local: { ...mark(it), deleting: true } });
    } else if (it.kind === 'day.submit' && it.date === day.date) {
      submitPending = mark(it);
      if (it.state !== 'attention')
        entries = entries.map((e) => (e.status === 'draft' || e.status === 'returned' ? { ...e, status: 'submitted', local: e.local ?? mark(it) } : e));
    }
  }
  const shown = recount(day, entries) as ShownDay;
  return submitPending ? { ...shown, submitPending } : shown;
}
