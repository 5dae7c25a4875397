import type { ColumnType } from 'kysely';
import type { ManualIndikator } from '@kinerja/core';
import type { Timestamp, DateString, Json } from './columns.js';

// The SKP: plans, versions, RHK and IKI, the people on it, rencana aksi, signed scans and events.

export interface SkpTable {
  agency_id: string;
  id: string;
  employee_id: string;
  position_id: string;
  period_from: DateString;
  period_to: DateString;
  form: string;
  pendekatan: string;
  /** The status of the last version (denormalised for lists). */
  status: string;
  current_version: number;
  version_in_force: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SkpVersionsTable {
  agency_id: string;
  skp_id: string;
  version: number;
  status: string;
  perilaku: Json<{ id: string; ekspektasi: string }[]>;
  lampiran: Json<{ id: string; jenis: string; text: string }[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SkpRhkTable {
  agency_id: string;
  skp_id: string;
  version: number;
  id: string;
  ordinal: number;
  jenis: string;
  text: string;
  parent_rhk_id: string | null;
  cascading_type: string | null;
  perspektif: string | null;
  penugasan_dari: string | null;
}

export interface SkpIkiTable {
  agency_id: string;
  skp_id: string;
  version: number;
  rhk_id: string;
  id: string;
  ordinal: number;
  aspek: string | null;
  text: string;
  target: string;
  /** JPT: the Manual Indikator Kinerja (migration 0027); null when none is written. */
  mik: ColumnType<ManualIndikator | null, string | null | undefined, string | null>;
}

export interface SkpPeopleTable {
  agency_id: string;
  skp_id: string;
  role: 'pegawai' | 'pejabat_penilai' | 'atasan_pejabat_penilai';
  person_agency_id: string | null;
  employee_id: string | null;
  official_id: string | null;
  capacity: string;
  status: 'pns' | 'pppk' | 'non_asn';
  name: string;
  nip: string | null;
  rank: string | null;
  position_name: string;
  unit_name: string;
  taken_at: Timestamp;
}

/** A signed scan kept with an approved SKP (migration 0017); the bytes are an evidence file. */
export interface SignedSkpScansTable {
  agency_id: string;
  skp_id: string;
  sha256: string;
  version: number;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

/** Migration 0030: a rencana aksi of one RHK (by its stable id) for one month or quarter of the SKP. */
export interface SkpRencanaAksiTable {
  agency_id: string;
  skp_id: string;
  id: string;
  rhk_id: string;
  periode: string;
  period_from: DateString;
  period_to: DateString;
  text: string;
  target: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by_account_id: string;
  removed_at: Date | null;
}

export interface SkpEventsTable {
  agency_id: string;
  skp_id: string;
  id: string;
  version: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_account_id: string;
  capacity: string;
  on_behalf: boolean;
  note: string | null;
  request_id: string | null;
  at: Timestamp;
}
