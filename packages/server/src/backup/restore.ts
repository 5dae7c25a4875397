import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { currentMigration, migrateTo, migrateToLatest } from '../db/migrate.js';
import { migrationProvider } from '../db/migrations/index.js';
import { isEncryptedBackup, nextEntry, openArchive, verifyEncryptedBackup, type OpenArchive } from './archive.js';
import { finishTables, loadTable, prepareTables } from './load.js';
import type { Manifest } from './manifest.js';
import { MESSAGES } from './messages.js';
import { restoreEvidenceFile } from './restore-evidence.js';
import { NEUTRAL_SETTINGS } from './snapshot.js';
import { withCopySession } from './session.js';
import { checkPgliteFolder, describeContents } from './target.js';

export interface RestoreOptions {
  file: string;
  /** The target: a PostgreSQL URL, or none for PGlite in `dataDir`. Evidence goes to `dataDir` either way. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL schema of the target when not the default (tests). */
  schema?: string | undefined;
  /** Replace whatever the target holds instead of refusing. */
  force?: boolean;
  /** The backup key (`readBackupKey`) of an encrypted archive; a plain archive is then refused. */
  key?: Buffer | undefined;
  onProgress?: (message: string) => void;
}

export interface RestoreResult {
  manifest: Manifest;
  rows: number;
  files: number;
  ms: number;
  /** The migration the database is at after restore (the backup's, then brought to the latest). */
  migration: string | null;
}

/**
 * Restores a `kinerja backup` archive: migrations to the backup's version, every table in one
 * transaction, sequences, evidence files checked one by one, row counts checked before commit.
 * Nothing is committed unless all of it succeeded; evidence files it added are removed on failure.
 */
export async function restoreBackup(o: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now();
  const say = o.onProgress ?? (() => undefined);
  if (o.key && (await isEncryptedBackup(o.file).catch(() => false))) {
    // Every chunk is checked once before anything is touched, and again as it is restored.
    say('Memeriksa keutuhan dan kunci cadangan terenkripsi…');
    await verifyEncryptedBackup(o.file, o.key);
  }
  const archive = await openArchive(o.file, o.key);
  let handle: DatabaseHandle | undefined;
  try {
    const m = archive.manifest;
    const known = Object.keys(await migrationProvider.getMigrations());
    if (!known.includes(m.migration)) throw new Error(MESSAGES.unknownMigration(m.migration));
    say(`Cadangan ${m.createdAt} dari ${m.databaseKind}, migrasi ${m.migration}: ${m.tables.length} tabel, ${m.evidence.length} berkas bukti.`);

    if (!o.databaseUrl) await checkPgliteFolder(o.dataDir);
    handle = await connectDatabase({ url: o.databaseUrl, dataDir: o.dataDir, schema: o.schema, poolSize: 2 });
    const contents = await withCopySession(handle, (s) => describeContents(s, o.dataDir));
    if (contents && !o.force) throw new Error(MESSAGES.targetNotEmpty(contents));
    const at = await currentMigration(handle.db, o.schema).catch(() => null);
    if (contents && at && at > m.migration) throw new Error(MESSAGES.targetNewer(at, m.migration));
    if (at !== m.migration) await migrateTo(handle.db, m.migration, o.schema);

    const loaded = await loadAll(handle, archive, o.dataDir, say);
    const latest = await migrateToLatest(handle.db, o.schema);
    return { manifest: m, rows: loaded.rows, files: loaded.files, ms: Math.round(performance.now() - started), migration: latest.current };
  } finally {
    archive.close();
    await handle?.close();
  }
}

async function loadAll(handle: DatabaseHandle, archive: OpenArchive, dataDir: string, say: (m: string) => void): Promise<{ rows: number; files: number }> {
  const m = archive.manifest;
  const tables = new Map(m.tables.map((t) => [t.file, t]));
  const evidence = new Map(m.evidence.map((e) => [e.path, e]));
  const created: string[] = [];
  return withCopySession(handle, async (s) => {
    await s.query('begin');
    try {
      for (const statement of NEUTRAL_SETTINGS) await s.query(statement);
      await prepareTables(s, m.tables);
      say('Memuat tabel…');
      for (let entry = await nextEntry(archive.entries); entry; entry = await nextEntry(archive.entries)) {
        const name = entry.header.name;
        const table = tables.get(name);
        const file = evidence.get(name);
        if (table) {
          tables.delete(name);
          await loadTable(s, table, entry);
        } else if (file) {
          if (tables.size) throw new Error(MESSAGES.missingEntries([...tables.keys()]));
          evidence.delete(name);
          if (await restoreEvidenceFile(dataDir, file, entry)) created.push(join(dataDir, file.path));
        } else {
          await buffer(entry);
          throw new Error(MESSAGES.unexpectedEntry(name));
        }
      }
      const missing = [...tables.keys(), ...evidence.keys()];
      if (missing.length) throw new Error(MESSAGES.missingEntries(missing));
      say('Memeriksa jumlah baris…');
      await finishTables(s, m.tables, m.sequences);
      await s.query('commit');
      return { rows: m.tables.reduce((n, t) => n + t.rows, 0), files: m.evidence.length };
    } catch (error) {
      await s.query('rollback').catch(() => undefined);
      for (const path of created) await rm(path, { force: true });
      throw error;
    }
  });
}
