import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { currentMigration } from '../db/migrate.js';
import { openDatabase } from '../runtime.js';
import { accountStateCommand } from './account-state.js';
import { auditVerifyCommand, grantAppRoleCommand } from './audit.js';
import { backupCommand, backupKeyCommand } from './backup.js';
import { createAdmin } from './create-admin.js';
import { runImport } from './import.js';
import { resetPasswordCommand } from './reset-password.js';
import { serverKeyCommand } from './server-key.js';
import { resetTwoFactorCommand } from './reset-two-factor.js';
import { restoreCommand } from './restore.js';
import { seedDemoCommand } from './seed-demo.js';
import { tppCheck, tppCompute, tppDiff, tppWriteSchemas } from './tpp.js';

/** `npm run kinerja -- <command>`: the operator's tools. Each opens the configured database itself. */
const program = new Command('kinerja').description('Alat administrasi Kinerja').showHelpAfterError();

program
  .command('migrate')
  .description('Jalankan migrasi basis data sampai versi terbaru')
  .action(async () => {
    const handle = await openDatabase(loadConfig());
    console.log(`Basis data (${handle.kind}) pada versi ${await currentMigration(handle.db)}.`);
    await handle.close();
  });

program
  .command('seed-demo')
  .description('Buat provinsi demo pada basis data kosong')
  .option('--employees <n>', 'jumlah pegawai', (v) => positiveInt(v), 5200)
  .action(async (o: { employees: number }) => seedDemoCommand(o.employees));

program
  .command('import <file>')
  .description('Impor unit, jabatan dan pegawai dari CSV/XLSX')
  .option('--dry-run', 'periksa saja, jangan simpan', false)
  .option('--disable-missing', 'lembar Pegawai adalah daftar lengkap setiap OPD yang disebutnya: nonaktifkan pegawai aktif OPD itu yang tidak tercantum beserta akunnya (lebih dari seperlima ditolak; dengan --dry-run hanya didaftar)', false)
  .requiredOption('--as <nip>', 'NIP admin yang menjalankan impor (hak aksesnya dipakai)')
  .action(async (file: string, o: { dryRun: boolean; disableMissing: boolean; as: string }) => runImport(file, o));

program
  .command('create-admin')
  .description('Buat atau jadikan akun admin')
  .requiredOption('--nip <nip>', 'NIP (18 angka)')
  .requiredOption('--role <role>', 'agency_admin | bkd_admin | auditor | finance')
  .option('--agency <kode>', 'kode OPD (wajib untuk agency_admin dan finance)')
  .option('--name <nama>', 'nama yang ditampilkan, untuk akun tanpa data pegawai (mis. auditor)')
  .action(async (o: { nip: string; role: string; agency?: string; name?: string }) => createAdmin(o));

program
  .command('reset-password <nip>')
  .description('Atur ulang kata sandi; pengguna wajib menggantinya saat masuk')
  .action(async (nip: string) => resetPasswordCommand(nip));

program
  .command('reset-two-factor <nip>')
  .description('Hapus verifikasi dua langkah akun (ponsel dan kode pemulihan hilang) dan akhiri semua sesinya')
  .action(async (nip: string) => resetTwoFactorCommand(nip));

program
  .command('disable-account <nip>')
  .description('Nonaktifkan akun (pegawai yang berhenti atau pindah keluar) dan akhiri semua sesinya')
  .action(async (nip: string) => accountStateCommand(nip, false));

program
  .command('enable-account <nip>')
  .description('Aktifkan kembali akun yang dinonaktifkan')
  .action(async (nip: string) => accountStateCommand(nip, true));

program
  .command('backup')
  .description('Cadangkan basis data dan berkas bukti ke satu berkas arsip (.tar)')
  .requiredOption('--out <file>', 'berkas arsip yang ditulis, mis. kinerja-2026-11-23.tar')
  .option('--key-file <file>', 'enkripsi arsip dengan kunci ini (dari `kinerja backup-key`), mis. --out kinerja.tar.enc')
  .action(async (o: { out: string; keyFile?: string }) => backupCommand(o));

program
  .command('backup-key')
  .description('Buat berkas kunci acak (32 bita, mode 0600) untuk cadangan terenkripsi')
  .requiredOption('--out <file>', 'berkas kunci yang ditulis (tidak menimpa berkas yang ada)')
  .action(async (o: { out: string }) => backupKeyCommand(o));

program
  .command('restore')
  .description('Pulihkan cadangan ke folder data atau basis data yang kosong')
  .requiredOption('--in <file>', 'berkas arsip dari `kinerja backup`')
  .option('--force', 'tujuan tidak kosong: hapus seluruh isi tabelnya dan ganti dengan isi cadangan', false)
  .option('--key-file <file>', 'kunci cadangan terenkripsi; kunci salah atau arsip yang diubah ditolak sebelum apa pun ditulis')
  .action(async (o: { in: string; force: boolean; keyFile?: string }) => restoreCommand(o));

const audit = program.command('audit').description('Jejak audit');
audit
  .command('verify')
  .description('Periksa rantai hash jejak audit; gagal (kode keluar 1) pada tautan pertama yang putus di tiap rantai')
  .option('--agency <kode>', 'hanya rantai OPD ini')
  .action(async (o: { agency?: string }) => auditVerifyCommand(o));

const serverKey = program.command('server-key').description('Kunci server (KINERJA_TOTP_KEY_FILE): rahasia autentikator dan titik potong jejak audit');
for (const [name, resume, description] of [
  ['rotate', false, 'Buat kunci baru, enkripsi ulang semua rahasia dengan kunci itu per batch, lalu hapus kunci lama bila tidak ada lagi yang memakainya'],
  ['resume', true, 'Lanjutkan enkripsi ulang dengan kunci yang sekarang (setelah terputus), lalu hapus kunci lama bila tidak ada lagi yang memakainya'],
] as const) {
  serverKey
    .command(name)
    .description(description)
    .option('--keep-older', 'biarkan kunci lama di berkas', false)
    .option('--batch <n>', 'jumlah akun per batch', (v) => positiveInt(v), 500)
    .action(async (o: { keepOlder: boolean; batch: number }) => serverKeyCommand({ resume, ...o }));
}

// TPP from files, without a database: a region checks its Perkada (docs/tpp.md).
const tpp = program.command('tpp').description('TPP dari berkas aturan dan berkas masukan, tanpa basis data');
tpp
  .command('compute')
  .description('Hitung TPP sebulan dan cetak penjelasan setiap baris')
  .requiredOption('--rules <file>', 'berkas aturan TPP (JSON, docs/tpp-rule-set.schema.json)')
  .requiredOption('--inputs <file>', 'berkas masukan bulan (JSON, docs/tpp-inputs.schema.json)')
  .option('--employee <id>', 'hanya pegawai ini (employeeId atau NIP)')
  .option('--json', 'cetak hasil lengkap sebagai JSON', false)
  .action(async (o: { rules: string; inputs: string; employee?: string; json: boolean }) => console.log(await tppCompute(o)));
tpp
  .command('check <file>')
  .description('Periksa berkas aturan TPP')
  .action(async (file: string) => console.log(await tppCheck(file)));
tpp
  .command('diff <before> <after>')
  .description('Tampilkan perbedaan dua berkas aturan TPP')
  .action(async (before: string, after: string) => console.log(await tppDiff(before, after)));
tpp
  .command('schema')
  .description('Tulis JSON Schema berkas aturan dan berkas masukan')
  .requiredOption('--out-dir <dir>', 'folder tujuan, mis. docs')
  .action(async (o: { outDir: string }) => console.log((await tppWriteSchemas(o.outDir)).join('\n')));

program
  .command('grant-app-role <role>')
  .description('PostgreSQL: beri peran aplikasi hak baca-tulis, tetapi audit_log hanya SELECT dan INSERT')
  .action(async (role: string) => grantAppRoleCommand(role));

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('harus bilangan bulat positif');
  return n;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
