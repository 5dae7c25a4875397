import type { Generated } from 'kysely';
import type { Timestamp } from './columns.js';

// Evidence files (one row per file, shared by every agency), resumable uploads and what entries attach.

export interface EvidenceFilesTable {
  sha256: string;
  byte_size: number;
  stored_size: number;
  media_type: 'image/jpeg' | 'application/pdf';
  width: number | null;
  height: number | null;
  captured_at: Date | null;
  created_at: Timestamp;
}

export interface EvidenceUploadsTable {
  sha256: string;
  account_id: string;
  uploaded_at: Timestamp;
}

export interface JournalEntryEvidenceTable {
  agency_id: string;
  entry_id: string;
  sha256: string;
  file_name: Generated<string>;
  added_at: Timestamp;
}
