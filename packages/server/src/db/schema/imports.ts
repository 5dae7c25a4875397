import type { Generated } from 'kysely';
import type { Timestamp, Json } from './columns.js';

// Organisation imports (CSV/XLSX) and their problems.

export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ImportJobsTable {
  id: string;
  account_id: string;
  agency_id: string | null;
  file_name: string;
  file_sha256: string;
  file_format: 'csv' | 'xlsx';
  dry_run: boolean;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  problems: Json<ImportProblem[]>;
  summary: Json<Record<string, unknown>>;
  created_at: Timestamp;
  finished_at: Date | null;
}
