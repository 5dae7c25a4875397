import { readFileSync } from 'node:fs';
import type { DatabaseKind } from '../db/connect.js';
import type { SequenceState } from './catalog.js';
import { MESSAGES } from './messages.js';

export const BACKUP_FORMAT = 'kinerja-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** The first entry of every archive: restore reads it before anything else. */
export const MANIFEST_ENTRY = 'manifest.json';

export interface TableEntry {
  name: string;
  columns: string[];
  rows: number;
  /** `db/NNN-<table>.csv.gz`: gzip'd CSV with a header line, as COPY writes it. */
  file: string;
  sha256: string;
  bytes: number;
}

export interface EvidenceEntry {
  /** `evidence/aa/bb/<sha256 of the upload>.<ext>`, the same place under the data folder. */
  path: string;
  /** Of the stored file's bytes (the name is the upload's hash; photos are re-encoded). */
  sha256: string;
  size: number;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  databaseKind: DatabaseKind;
  migration: string;
  createdAt: string;
  tables: TableEntry[];
  sequences: SequenceState[];
  evidence: EvidenceEntry[];
  /** Files the database names but the data folder lacked at backup time. */
  evidenceMissing: string[];
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export const EVIDENCE_ENTRY = /^evidence\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\.(jpg|pdf)$/;
const TABLE_FILE = /^db\/\d{3}-[A-Za-z0-9_]+\.csv\.gz$/;

/** Checks the shape restore relies on; a file name that could leave the target folder is refused. */
export function parseManifest(text: string): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(text) as Manifest;
  } catch {
    throw new Error(MESSAGES.badManifest('bukan JSON'));
  }
  const fail = (why: string): never => {
    throw new Error(MESSAGES.badManifest(why));
  };
  if (m?.format !== BACKUP_FORMAT) fail('format bukan kinerja-backup');
  if (!Number.isInteger(m.formatVersion)) fail('formatVersion tidak ada');
  if (m.formatVersion > BACKUP_FORMAT_VERSION) throw new Error(MESSAGES.newerFormat(m.formatVersion));
  if (typeof m.migration !== 'string' || !m.migration) fail('versi migrasi tidak ada');
  if (!Array.isArray(m.tables) || !Array.isArray(m.evidence) || !Array.isArray(m.sequences)) fail('daftar tabel, urutan atau bukti tidak ada');
  for (const t of m.tables) {
    if (!TABLE_FILE.test(t.file) || typeof t.name !== 'string' || !t.name || !Array.isArray(t.columns) || !Number.isInteger(t.rows)) fail(`entri tabel ${t.name}`);
  }
  for (const e of m.evidence) {
    if (!EVIDENCE_ENTRY.test(e.path) || !/^[0-9a-f]{64}$/.test(e.sha256) || !Number.isInteger(e.size)) fail(`entri bukti ${e.path}`);
  }
  m.evidenceMissing ??= [];
  return m;
}
