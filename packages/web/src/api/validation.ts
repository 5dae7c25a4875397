/** Supervisor validation API (docs/api.md "validation"): inbox, decisions, history, recap. */
import type { BulkResult, Decision, EntryDecision, EntryHistory, Inbox, Recap, SingleDecision } from '@kinerja/core/api';
import { API_BASE, request } from './client';

export type {
  BulkResult,
  Counts,
  Deadline,
  Decision,
  EntryDecision,
  EntryHistory,
  Flag,
  HistoryEvent,
  Inbox,
  InboxPerson,
  PersonSummary,
  Recap,
  SupervisorRate,
} from '@kinerja/core/api';
/** The inbox's days and entries (the screen's only ones): the API's InboxDay and InboxEntry. */
export type { InboxDay as ReviewDay, InboxEntry as ReviewEntry } from '@kinerja/core/api';
export type { FlagCode } from '@kinerja/core';
export type DecisionCapacity = EntryDecision['capacity'];
/** What waits on the inbox pages after the last one loaded. */
export type InboxRest = Inbox['page']['rest'];

/** What a bulk action covers: a person's day, or everything the person has pending. */
export interface BulkScope {
  employeeId: string;
  date?: string;
}

const enc = encodeURIComponent;

export const validationApi = {
  /** One page of days with only that page's people (the screen and the badge never need the rest). */
  inbox(cursor: string | null, limit: number, signal?: AbortSignal): Promise<Inbox> {
    return request('GET', '/validation/inbox', { query: { cursor, limit, people: 'page' }, signal });
  },
  decideEntry(entryId: string, decision: Decision, note: string, version: number): Promise<SingleDecision> {
    return request('POST', `/validation/entries/${enc(entryId)}/decision`, { json: { decision, version, ...(note ? { note } : {}) } });
  },
  decideBulk(scope: BulkScope, decision: Decision, note: string, asOf: string): Promise<BulkResult> {
    const path = scope.date
      ? `/validation/people/${enc(scope.employeeId)}/days/${enc(scope.date)}/decision`
      : `/validation/people/${enc(scope.employeeId)}/decision`;
    return request('POST', path, { json: { decision, asOf, ...(note ? { note } : {}) } });
  },
  approveAll(asOf: string): Promise<BulkResult> {
    return request('POST', '/validation/approve-all', { json: { asOf } });
  },
  history(agencyId: string, entryId: string, signal?: AbortSignal): Promise<EntryHistory> {
    return request('GET', `/agencies/${enc(agencyId)}/entries/${enc(entryId)}/history`, { signal });
  },
  /** The month's recap of an agency, or of one unit and the units below it. */
  recap(agencyId: string, month: string, unitId: string | null, signal?: AbortSignal): Promise<Recap> {
    return request('GET', `/agencies/${enc(agencyId)}/validation/recap`, { query: unitId ? { month, unitId } : { month }, signal });
  },
  recapXlsxUrl(agencyId: string, month: string, unitId: string | null): string {
    return `${API_BASE}/agencies/${enc(agencyId)}/validation/recap.xlsx?month=${enc(month)}${unitId ? `&unitId=${enc(unitId)}` : ''}`;
  },
};
