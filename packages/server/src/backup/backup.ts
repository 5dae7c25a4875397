import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DatabaseHandle } from '../db/connect.js';
import { listEvidence } from './evidence.js';
import { hashing } from './files.js';
import { appVersion, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, type Manifest } from './manifest.js';
import { MESSAGES } from './messages.js';
import { createEncryptStream } from './encryption.js';
import { dumpSnapshot } from './snapshot.js';
import { addEntry, createPack } from './tar.js';

export interface BackupOptions {
  /** Where evidence files live (`<dataDir>/evidence/…`). */
  dataDir: string;
  out: string;
  /** 32-byte key (`readBackupKey`): the archive is written encrypted (`encryption.ts`). */
  key?: Buffer | undefined;
  onProgress?: (message: string) => void;
  now?: () => Date;
}

export interface BackupResult {
  manifest: Manifest;
  bytes: number;
  ms: number;
}

/**
 * Writes one tar archive: manifest.json, then each table's CSV (gzip'd), then the evidence files;
 * with a key, the archive is encrypted as it is written (nothing plain reaches the disk but the
 * table dumps staged in the temporary folder, removed at the end).
 * It is written under a temporary name beside `out` and renamed when complete, so a crash never
 * leaves a half archive under the real name.
 */
export async function writeBackup(handle: DatabaseHandle, o: BackupOptions): Promise<BackupResult> {
  const started = performance.now();
  const say = o.onProgress ?? (() => undefined);
  await mkdir(dirname(o.out), { recursive: true });
  const workDir = await mkdtemp(join(dirname(o.out), `.${basename(o.out)}.`));
  const partial = `${o.out}.${randomBytes(4).toString('hex')}.partial`;
  try {
    say('Membaca basis data (satu snapshot)…');
    const snap = await dumpSnapshot(handle, workDir);
    say(`${snap.tables.length} tabel, ${snap.tables.reduce((n, t) => n + t.rows, 0)} baris; memeriksa ${snap.evidence.length} berkas bukti…`);
    const evidence = await listEvidence(o.dataDir, snap.evidence);
    if (evidence.missing.length) say(MESSAGES.evidenceMissingOnDisk(evidence.missing.length));
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: appVersion(),
      databaseKind: handle.kind,
      migration: snap.migration,
      createdAt: (o.now?.() ?? new Date()).toISOString(),
      tables: snap.tables,
      sequences: snap.sequences,
      evidence: evidence.files,
      evidenceMissing: evidence.missing,
    };

    const pack = createPack();
    const file = createWriteStream(partial, { flags: 'wx' });
    const written = o.key ? pipeline(pack, createEncryptStream(o.key), file) : pipeline(pack, file);
    written.catch(() => undefined);
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
    await addEntry(pack, MANIFEST_ENTRY, manifestBytes.length, manifestBytes);
    for (const t of snap.tables) {
      await addEntry(pack, t.file, t.bytes, createReadStream(join(workDir, t.file.slice('db/'.length))));
    }
    say('Menulis berkas bukti…');
    for (const e of evidence.files) {
      const h = hashing();
      const file = createReadStream(join(o.dataDir, e.path)).on('error', (err) => h.destroy(err));
      await addEntry(pack, e.path, e.size, file.pipe(h));
      // Content-addressed files never change; if one did, the archive would lie about it.
      if (h.digest().sha256 !== e.sha256) throw new Error(MESSAGES.checksumMismatch(e.path));
    }
    pack.finalize();
    await written;
    await rename(partial, o.out);
    return { manifest, bytes: (await stat(o.out)).size, ms: Math.round(performance.now() - started) };
  } finally {
    await rm(workDir, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}
