import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, DateString, Json } from './columns.js';

// Evaluations: realisasi, feedback, events, organisation results, signed scans and SIASN's codes.

/** Migration 0030: the employee's realisasi of one rencana aksi in one evaluation. */
export interface EvaluationRealisasiAksiTable {
  agency_id: string;
  evaluation_id: string;
  rencana_aksi_id: string;
  rhk_id: string;
  text: string;
  updated_by_account_id: string;
  updated_at: Timestamp;
}

/** Migration 0032: a signed scan kept with a finalised evaluation, and the finalisation it signs. */
export interface SignedEvaluationScansTable {
  agency_id: string;
  evaluation_id: string;
  sha256: string;
  finalised_at: Date;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface EvaluationsTable {
  agency_id: string;
  id: string;
  skp_id: string;
  kind: 'periodik' | 'tahunan';
  label: string;
  period_from: DateString;
  period_to: DateString;
  covered_from: DateString;
  covered_to: DateString;
  credited_months: number;
  status: ColumnType<'berjalan' | 'final', 'berjalan' | 'final' | undefined, 'berjalan' | 'final'>;
  rating_hasil_kerja: string | null;
  rating_perilaku_kerja: string | null;
  rating_note: Generated<string>;
  rated_by_account_id: string | null;
  rated_at: Date | null;
  predikat: string | null;
  /** numeric(10,4): read as a string by both engines. */
  angka_kredit: ColumnType<string | null, number | string | null, number | string | null>;
  finalised_at: Date | null;
  finalised_by_account_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvaluationRealisasiTable {
  agency_id: string;
  evaluation_id: string;
  iki_id: string;
  rhk_id: string;
  text: string;
  bukti: Json<({ kind: 'link'; url: string } | { kind: 'file'; sha256: string })[]>;
  updated_by_account_id: string;
  updated_at: Timestamp;
}

export interface EvaluationFeedbackTable {
  agency_id: string;
  id: string;
  evaluation_id: string;
  target: string;
  target_id: string;
  preset: string | null;
  text: string;
  author_account_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  answer_text: string | null;
  answered_at: Date | null;
  answered_by_account_id: string | null;
}

export interface EvaluationEventsTable {
  agency_id: string;
  evaluation_id: string;
  id: string;
  action: 'finalise' | 'reopen';
  reason: string | null;
  actor_account_id: string;
  request_id: string | null;
  at: Timestamp;
}

export interface OrganisationResultsTable {
  agency_id: string;
  unit_id: string;
  period_from: DateString;
  period_to: DateString;
  capaian: string;
  note: string | null;
  set_by_account_id: string;
  set_at: Timestamp;
}

/** SIASN's reference codes (migration 0043): one row per list and our key; the BKD keeps `code`. */
export interface SiasnReferenceCodesTable {
  list: 'perilakuDanKinerja' | 'kuadranNilai' | 'periodik' | 'koefisien' | 'golonganPns';
  key: string;
  label: string;
  code: string;
  position: number;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}
