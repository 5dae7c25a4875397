import type { Timestamp, DateString } from './columns.js';

// Holidays and outages: the days the journal's deadlines skip.

export interface HolidaysTable {
  date: DateString;
  name: string;
  kind: 'national' | 'cuti_bersama' | 'regional';
}

export interface OutagesTable {
  id: string;
  agency_id: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  reason: string;
  declared_by: string | null;
  created_at: Timestamp;
}
