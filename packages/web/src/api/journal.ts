/** The daily journal API (docs/api.md "journal"): days, entries, copy, sets, favourites, evidence. */
import type { DayStatus, EntryStatus, JournalSettings } from '@kinerja/core';
import type { EntryDecision } from './validation';
import { API_BASE, ApiError, apiErrorFromBody, getCsrfToken, notifyUnauthenticated, refreshCsrfToken, request } from './client';
import { httpUpload } from './http';

export type { DayStatus, EntryStatus };

export interface EvidenceRef {
  sha256: string;
  fileName: string;
  mediaType: string;
  /** A photo still only on this phone (offline/files.ts): shown from there. */
  localUrl?: string;
}

export interface Entry {
  id: string;
  workDate: string;
  startTime: string | null;
  endTime: string | null;
  durationMinutes: number | null;
  activityCode: string;
  activityName: string;
  activityUnit: string;
  activityVersion: number;
  volume: number;
  description: string;
  rhkId: string | null;
  creditedMinutes: number;
  status: EntryStatus;
  version: number;
  evidence: EvidenceRef[];
  deviceRecordedAt: string | null;
  receivedAt: string;
  updatedAt: string;
  /** The latest supervisor decision (approve, reject with its reason, return with its note); null before any. */
  decision?: EntryDecision | null;
}

export interface Day {
  date: string;
  isWorkingDay: boolean;
  holiday: { name: string; kind: string } | null;
  targetMinutes: number;
  creditedMinutes: number;
  remainingMinutes: number;
  approvedMinutes: number;
  entryCount: number;
  status: DayStatus;
  closesAt: string;
  windowOpen: boolean;
  extendedByOutage: boolean;
  entries?: Entry[];
}

export interface JournalContext {
  today: string;
  timeZone: string;
  settings: JournalSettings;
  holidays: { date: string; name: string; kind: string }[];
  outages: { id: string; startsAt: string; endsAt: string; reason: string }[];
}

export interface Activity {
  code: string;
  version: number;
  name: string;
  unit: string;
  standardMinutes: number;
  positionKinds: string[];
  group: string;
}

export interface EntryInput {
  workDate: string;
  startTime?: string | null;
  endTime?: string | null;
  durationMinutes?: number | null;
  activityCode: string;
  volume: number;
  description?: string;
  baseVersion?: number;
  deviceRecordedAt?: string;
}

export interface SetItem {
  activityCode: string;
  volume: number;
  startTime?: string;
  endTime?: string;
  description?: string;
}

export interface RoutineSet {
  id: string;
  name: string;
  items: SetItem[];
}

export interface EvidenceMeta {
  sha256: string;
  mediaType: string;
  byteSize?: number;
  width?: number | null;
  height?: number | null;
  capturedAt?: string | null;
}

const enc = encodeURIComponent;

export const journalApi = {
  context(signal?: AbortSignal): Promise<JournalContext> {
    return request('GET', '/journal/context', { signal });
  },
  days(from: string, to: string, signal?: AbortSignal): Promise<{ days: Day[] }> {
    return request('GET', '/journal/days', { query: { from, to }, signal });
  },
  day(date: string, signal?: AbortSignal): Promise<Day> {
    return request('GET', `/journal/days/${enc(date)}`, { signal });
  },
  saveEntry(id: string, input: EntryInput): Promise<{ entry: Entry; day: Day }> {
    return request('PUT', `/journal/entries/${enc(id)}`, { json: input });
  },
  deleteEntry(id: string): Promise<void> {
    return request('DELETE', `/journal/entries/${enc(id)}`);
  },
  submitDay(date: string): Promise<{ submitted: number; day: Day }> {
    return request('POST', `/journal/days/${enc(date)}/submit`);
  },
  copyDay(date: string, fromDate: string): Promise<{ copied: number; skipped: number; day: Day }> {
    return request('POST', `/journal/days/${enc(date)}/copy`, { json: { fromDate } });
  },
  attachEvidence(entryId: string, sha256: string, fileName: string): Promise<{ entry: Entry }> {
    return request('POST', `/journal/entries/${enc(entryId)}/evidence`, { json: { sha256, fileName: fileName.slice(0, 200) } });
  },
  detachEvidence(entryId: string, sha256: string): Promise<void> {
    return request('DELETE', `/journal/entries/${enc(entryId)}/evidence/${enc(sha256)}`);
  },
  sets(signal?: AbortSignal): Promise<{ items: RoutineSet[] }> {
    return request('GET', '/journal/sets', { signal });
  },
  saveSet(id: string, name: string, items: SetItem[]): Promise<void> {
    return request('PUT', `/journal/sets/${enc(id)}`, { json: { name, items } });
  },
  deleteSet(id: string): Promise<void> {
    return request('DELETE', `/journal/sets/${enc(id)}`);
  },
  applySet(date: string, setId: string): Promise<{ created: number; problems: { item: number; message: string }[] }> {
    return request('POST', `/journal/days/${enc(date)}/apply-set/${enc(setId)}`);
  },
  activities(signal?: AbortSignal): Promise<{ version: number; items: Activity[] }> {
    return request('GET', '/activities', { signal });
  },
  favourites(signal?: AbortSignal): Promise<{ codes: string[] }> {
    return request('GET', '/activities/favourites', { signal });
  },
  addFavourite(code: string): Promise<void> {
    return request('PUT', `/activities/favourites/${enc(code)}`);
  },
  removeFavourite(code: string): Promise<void> {
    return request('DELETE', `/activities/favourites/${enc(code)}`);
  },
  recent(signal?: AbortSignal): Promise<{ items: { code: string; lastUsed: string }[] }> {
    return request('GET', '/activities/recent', { signal });
  },
};

export function evidenceUrl(sha256: string): string {
  return `${API_BASE}/evidence/${enc(sha256)}`;
}

/**
 * PUT /evidence/:sha256 with the raw bytes. XMLHttpRequest rather than fetch (api/http.ts): fetch cannot
 * report upload progress, and a photo on a slow connection takes long enough that people need to see it move.
 * Retries once after a CSRF rejection, like `request`.
 */
export function uploadEvidence(
  sha256: string,
  body: Blob,
  contentType: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<EvidenceMeta> {
  const once = async (): Promise<EvidenceMeta> => {
    const headers: Record<string, string> = { 'Content-Type': contentType, Accept: 'application/json' };
    const token = getCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
    // Given up only when it stops moving (api/http.ts): a photo on a slow line takes a while.
    const res = await httpUpload('PUT', `${API_BASE}/evidence/${enc(sha256)}`, body, headers, {
      onProgress: (sent, total) => total > 0 && onProgress(sent / total),
      signal,
    });
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(res.text);
    } catch {
      // not JSON
    }
    if (res.ok) return parsed as EvidenceMeta;
    throw apiErrorFromBody(parsed, res.status);
  };
  return once().catch(async (err: unknown) => {
    if (err instanceof ApiError && err.code === 'CSRF') {
      await refreshCsrfToken(signal);
      return once();
    }
    if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') notifyUnauthenticated();
    throw err;
  });
}
