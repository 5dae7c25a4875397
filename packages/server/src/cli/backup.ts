import { resolve } from 'node:path';
import { writeBackup } from '../backup/backup.js';
import { readBackupKey, writeBackupKey } from '../backup/key-file.js';
import { loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { openDatabase } from '../runtime.js';

/** `kinerja backup --out <file> [--key-file <k>]`: one archive of the database and the evidence files, encrypted with a key. */
export async function backupCommand(o: { out: string; keyFile?: string }): Promise<void> {
  const config = loadConfig();
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), o.out);
  // The key is read before the database is opened: a bad key file costs nothing.
  const key = o.keyFile ? await readBackupKey(resolve(process.env.INIT_CWD ?? process.cwd(), o.keyFile)) : undefined;
  const handle = await openDatabase(config).catch((error: unknown) => {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new Error(`${error.message} Untuk mencadangkan tanpa menghentikan server, atur KINERJA_BACKUP_DIR: server mencadangkan sendiri setiap malam.`);
  });
  try {
    const r = await writeBackup(handle, { dataDir: config.dataDir, out, key, onProgress: (m) => console.log(`  ${m}`) });
    const rows = r.manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Cadangan${key ? ' terenkripsi' : ''} selesai dalam ${(r.ms / 1000).toFixed(1)} detik: ${out} (${megabytes(r.bytes)} MB), ` +
        `${r.manifest.tables.length} tabel, ${rows} baris, ${r.manifest.evidence.length} berkas bukti, migrasi ${r.manifest.migration}.`,
    );
  } finally {
    await handle.close();
  }
}

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** `kinerja backup-key --out <file>`: a new random key file, readable by its owner only. */
export async function backupKeyCommand(o: { out: string }): Promise<void> {
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), o.out);
  await writeBackupKey(out);
  console.log(`Kunci cadangan baru ditulis ke ${out} (mode 0600). Simpan salinannya di tempat lain: tanpa kunci ini cadangan terenkripsi tidak dapat dipulihkan.`);
}
