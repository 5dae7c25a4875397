/**
 * The daily journal API's reads (docs/api.md "journal"): days, sets, favourites, evidence. Entries,
 * copies, sets applied and submits change only through the outbox (features/offline), never here.
 */
import type { DayStatus, EntryStatus } from '@kinerja/core';
import type {
  Activity,
  Day as ApiDay,
  Entry as ApiEntry,
  EntryDecision,
  EntryEvidence,
  EvidenceMeta,
  JournalContext as ApiJournalContext,
  RoutineSet,
  SetItem,
} from '@kinerja/core/api';
import { API_BASE, ApiError, apiErrorFromBody, getCsrfToken, notifyUnauthenticated, refreshCsrfToken, request } from './client';
import { httpUpload } from './http';

export type { DayStatus, EntryStatus };
export type { Activity, EvidenceMeta, RoutineSet, SetItem } from '@kinerja/core/api';
/**
 * The journal context as the web holds it: a copy kept in IndexedDB before the server answered
 * `settingsVersions` has none (offline/settingsOn.ts then goes by `settings`), and one kept before it
 * answered `rhk` has no RHK to offer (the sheet then offers none until the next refresh).
 */
export type JournalContext = Omit<ApiJournalContext, 'settingsVersions' | 'rhk'> & Partial<Pick<ApiJournalContext, 'settingsVersions' | 'rhk'>>;
export type OfferedRhk = ApiJournalContext['rhk'][number];

export type EvidenceRef = EntryEvidence & {
  /** A photo still only on this phone (offline/files.ts): shown from there. */
  localUrl?: string;
};

/**
 * An entry as the web holds it: the server's, or one saved on this phone and not yet pushed, whose
 * photos may still be only here and which has no decision yet.
 */
export type Entry = Omit<ApiEntry, 'evidence' | 'decision'> & { evidence: EvidenceRef[]; decision?: EntryDecision | null };
export type Day = Omit<ApiDay, 'entries'> & { entries?: Entry[] };

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
  sets(signal?: AbortSignal): Promise<{ items: RoutineSet[] }> {
    return request('GET', '/journal/sets', { signal });
  },
  saveSet(id: string, name: string, items: SetItem[]): Promise<void> {
    return request('PUT', `/journal/sets/${enc(id)}`, { json: { name, items } });
  },
  deleteSet(id: string): Promise<void> {
    return request('DELETE', `/journal/sets/${enc(id)}`);
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
