import type { Entry, EntryDecision } from '@kinerja/core/api';
import type { EntryStatus } from '../../db/schema.js';

/** An entry as the API answers it (JournalEntry in @kinerja/core/api). */
export type EntryDto = Entry;

export function minuteToTime(m: number | null): string | null {
  if (m === null) return null;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function timeToMinute(t: string | null | undefined): number | null {
  if (!t) return null;
  const [h, m] = t.split(':').map(Number);
  return h! * 60 + m!;
}

export interface EntryRow {
  id: string;
  work_date: string;
  start_minute: number | null;
  end_minute: number | null;
  duration_minutes: number | null;
  activity_code: string;
  activity_version: number;
  activity_name: string;
  activity_unit: string;
  volume: string;
  description: string;
  rhk_id: string | null;
  credited_minutes: number;
  status: EntryStatus;
  version: number;
  device_recorded_at: Date | null;
  received_at: Date;
  updated_at: Date;
}

export function toEntryDto(r: EntryRow, evidence: EntryDto['evidence'] = [], decision: EntryDecision | null = null): EntryDto {
  return {
    id: r.id,
    workDate: r.work_date,
    startTime: minuteToTime(r.start_minute),
    endTime: minuteToTime(r.end_minute),
    durationMinutes: r.duration_minutes,
    activityCode: r.activity_code,
    activityName: r.activity_name,
    activityUnit: r.activity_unit,
    activityVersion: r.activity_version,
    volume: Number(r.volume),
    description: r.description,
    rhkId: r.rhk_id,
    creditedMinutes: r.credited_minutes,
    status: r.status,
    version: r.version,
    evidence,
    deviceRecordedAt: r.device_recorded_at ? new Date(r.device_recorded_at).toISOString() : null,
    receivedAt: new Date(r.received_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    decision,
  };
}
