/** What backup and restore tell the operator, in Bahasa Indonesia. */
export const MESSAGES = {
  foreignKeyCycle: (tables: string[]) => `Urutan tabel tidak dapat ditentukan: kunci asing saling merujuk (${tables.join(', ')}).`,
  noNative: 'Koneksi basis data ini tidak mendukung COPY.',
  notArchive: (file: string) => `${file} bukan berkas cadangan Kinerja (manifest.json tidak ada di awal arsip).`,
  badManifest: (why: string) => `Manifest cadangan tidak sah: ${why}.`,
  newerFormat: (v: number) => `Format cadangan versi ${v} lebih baru daripada yang dikenal versi Kinerja ini; perbarui Kinerja dulu.`,
  unknownMigration: (m: string) => `Cadangan memakai migrasi ${m} yang tidak dikenal versi Kinerja ini; perbarui Kinerja dulu.`,
  targetNotEmpty: (what: string) =>
    `Tujuan pemulihan tidak kosong (${what}). Pulihkan ke folder data atau basis data yang kosong, ` +
    'atau tambahkan --force untuk menghapus seluruh isi tabel tujuan dan menggantinya dengan isi cadangan.',
  targetNewer: (target: string, backup: string) =>
    `Basis data tujuan sudah berada pada migrasi ${target}, lebih baru daripada cadangan (${backup}), dan tidak kosong; ` +
    'pulihkan ke basis data yang kosong.',
  unexpectedEntry: (name: string) => `Arsip berisi entri yang tidak tercantum di manifest: ${name}.`,
  missingEntries: (names: string[]) =>
    `Arsip tidak lengkap: ${names.length} entri di manifest tidak ditemukan (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}).`,
  checksumMismatch: (name: string) => `Berkas ${name} di arsip rusak: checksum SHA-256 tidak cocok dengan manifest.`,
  sizeMismatch: (name: string, expected: number, actual: number) => `Berkas ${name} di arsip rusak: ukurannya ${actual} bita, manifest menyebut ${expected}.`,
  unreadableTable: (table: string, why: string) => `Data tabel ${table} di arsip rusak atau terpotong: ${why}`,
  rowCountMismatch: (table: string, expected: number, actual: number) =>
    `Jumlah baris tabel ${table} setelah pemulihan ${actual}, manifest menyebut ${expected}; pemulihan dibatalkan.`,
  missingTable: (table: string) => `Tabel ${table} dari cadangan tidak ada di basis data tujuan setelah migrasi.`,
  evidenceMissingOnDisk: (n: number) =>
    `Peringatan: ${n} berkas bukti tercatat di basis data tetapi tidak ada di folder data; dicatat di manifest (evidenceMissing).`,
  archiveNotFound: (file: string) => `Berkas cadangan ${file} tidak ditemukan.`,
  notDataFolder: (dir: string) =>
    `Folder ${dir} berisi berkas lain dan bukan folder data Kinerja; pulihkan ke folder baru yang kosong.`,
  notEncrypted: (file: string) =>
    `${file} bukan cadangan terenkripsi, padahal kunci diberikan; ditolak (berkas polos bisa saja tiruan). Pulihkan tanpa --key-file bila memang polos.`,
  keyNeeded: (file: string) => `${file} adalah cadangan terenkripsi: berikan berkas kuncinya dengan --key-file.`,
  corruptArchive: (why: string) => `Arsip cadangan rusak atau terpotong: ${why}`,
} as const;
