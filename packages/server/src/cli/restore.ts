import { resolve } from 'node:path';
import { readBackupKey } from '../backup/key-file.js';
import { restoreBackup } from '../backup/restore.js';
import { loadConfig } from '../config.js';

/**
 * `kinerja restore --in <file> [--force] [--key-file <k>]`: into an empty data folder (PGlite) or an empty database
 * (DATABASE_URL). With --force the target's tables are emptied and replaced, in the same transaction.
 */
export async function restoreCommand(o: { in: string; force: boolean; keyFile?: string }): Promise<void> {
  const config = loadConfig();
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), o.in);
  const key = o.keyFile ? await readBackupKey(resolve(process.env.INIT_CWD ?? process.cwd(), o.keyFile)) : undefined;
  const where = config.databaseUrl ? 'basis data PostgreSQL (DATABASE_URL)' : `folder data ${config.dataDir}`;
  console.log(`Memulihkan ${file} ke ${where}${o.force ? ' — --force: seluruh isi tabel tujuan diganti' : ''}.`);
  const r = await restoreBackup({
    file,
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    force: o.force,
    key,
    onProgress: (m) => console.log(`  ${m}`),
  });
  console.log(
    `Pemulihan selesai dalam ${(r.ms / 1000).toFixed(1)} detik: ${r.manifest.tables.length} tabel, ${r.rows} baris, ` +
      `${r.files} berkas bukti (checksum cocok), jumlah baris sesuai manifest; basis data pada migrasi ${r.migration}.`,
  );
}
