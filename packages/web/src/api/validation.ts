/** Supervisor validation API (docs/api.md "validation"): inbox, decisions, history, recap. */
import type { Capacity } from './types';
import { API_BASE, request } from './client';

export type Decision = 'approved' | 'rejected' | 'returned';
export type DecisionCapacity = Capacity | 'automatic';

export interface EntryDecision {
  id: string;
  decision: Decision;
  note: string;
  capacity: DecisionCapacity;
  autoReason: 'position_kind' | 'no_supervisor' | 'window' | null;
  decidedAt: string;
  decidedBy: { employeeId: string; name: string } | null;
  entryVersion: number;
}

export type FlagCode =
  | 'DAY_OVER_TARGET'
  | 'DAY_OVER_24H'
  | 'DAY_OVER_CAP'
  | 'ABSENT_DAY'
  | 'TIME_OVERLAP'
  | 'EVIDENCE_OTHER_DAY'
  | 'EVIDENCE_OTHER_PERSON'
  | 'PHOTO_TIME_FAR'
  | 'DESCRIPTION_REPEATED'
  | 'CLOCK_SKEW'
  | 'LATE_ON_DEVICE_TIME'
  | 'MINUTES_MISMATCH';

export interface Flag {
  code: FlagCode;
  message: string;
}

export interface Deadline {
  dueOn: string;
  /** Working days; 0 = today, < 0 overdue. */
  daysLeft: number;
  overdue: boolean;
}

export interface ReviewEntry {
  id: string;
  employeeId: string;
  workDate: string;
  startTime: string | null;
  endTime: string | null;
  durationMinutes: number | null;
  activityCode: string;
  activityName: string;
  activityUnit: string;
  volume: number;
  description: string;
  creditedMinutes: number;
  status: 'draft' | 'submitted' | 'approved' | 'rejected' | 'returned';
  version: number;
  submittedAt: string | null;
  evidence: { sha256: string; fileName: string; mediaType: string; capturedAt: string | null }[];
  flags: Flag[];
  deadline: Deadline | null;
  decision: EntryDecision | null;
}

export interface ReviewDay {
  employeeId: string;
  date: string;
  targetMinutes: number;
  claimedMinutes: number;
  pendingCount: number;
  pendingMinutes: number;
  deadline: Deadline | null;
  flags: Flag[];
  entries?: ReviewEntry[];
}

export interface PersonSummary {
  employeeId: string;
  nip: string;
  name: string;
  positionName: string | null;
  unitName: string | null;
}

export interface InboxPerson {
  employee: PersonSummary;
  capacity: Capacity;
  pendingCount: number;
  days: ReviewDay[];
}

export interface Inbox {
  asOf: string;
  today: string;
  counts: { people: number; days: number; entries: number; overdue: number };
  people: InboxPerson[];
  page: { items: ReviewDay[]; nextCursor: string | null };
}

export interface BulkResult {
  decided: number;
  skipped: number;
  flagged: number;
}

export interface HistoryEvent {
  seq: number;
  at: string;
  action: string;
  actor: { accountId: string; name: string } | null;
  data: Record<string, unknown>;
}

export interface EntryHistory {
  entry: {
    id: string;
    employeeId: string;
    workDate: string;
    status: string;
    version: number;
    activityCode: string;
    activityName: string;
    startTime: string | null;
    endTime: string | null;
    creditedMinutes: number;
    description: string;
  };
  events: HistoryEvent[];
  decisions: EntryDecision[];
}

export interface SupervisorRate {
  supervisor: PersonSummary;
  reached: number;
  onTime: number;
  late: number;
  pending: number;
  rate: number | null;
}

export interface Counts {
  submitted: number;
  approved: number;
  rejected: number;
  returned: number;
  pending: number;
  approvedMinutes: number;
}

export interface Recap {
  month: string;
  agency: { id: string; code: string; name: string };
  unit: { id: string; name: string } | null;
  workingDays: number;
  targetMinutesPerEmployee: number;
  totals: Counts & { employees: number; targetMinutes: number };
  units: (Counts & { unitId: string; unitName: string; parentId: string | null; depth: number; employees: number; targetMinutes: number })[];
  employees: (Counts & {
    employeeId: string;
    nip: string;
    name: string;
    positionName: string | null;
    unitId: string | null;
    unitName: string | null;
    targetMinutes: number;
    achievement: number | null;
  })[];
  supervisors: SupervisorRate[];
}

/** What a bulk action covers: a person's day, or everything the person has pending. */
export interface BulkScope {
  employeeId: string;
  date?: string;
}

const enc = encodeURIComponent;

export const validationApi = {
  inbox(cursor: string | null, limit: number, signal?: AbortSignal): Promise<Inbox> {
    return request('GET', '/validation/inbox', { query: { cursor, limit }, signal });
  },
  decideEntry(entryId: string, decision: Decision, note: string, version: number): Promise<{ entryId: string; decision: Decision; version: number; decidedAt: string }> {
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
