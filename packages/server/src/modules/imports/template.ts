import { JF_LEVELS, POSITION_KINDS } from '@kinerja/core';
import ExcelJS from 'exceljs';
import { COLUMNS } from './columns.js';
import type { SheetName } from './types.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows that get drop-down lists and text formatting; far beyond one agency's size is not needed. */
const FORMATTED_ROWS = 5000;

/** Columns Excel must keep as text: NIPs lose digits as numbers, phones lose their leading 0. */
const TEXT_COLUMNS = new Set(['nip', 'nip_atasan', 'telepon', 'tmt_jabatan', 'tanggal_lahir', 'kode_opd', 'kode_unit', 'kode_unit_induk', 'kode_jabatan']);

const LISTS: Record<string, string[]> = {
  jenis_jabatan: [...POSITION_KINDS],
  jenjang: [...JF_LEVELS],
  kepala_unit: ['ya', 'tidak'],
  jenis_kelamin: ['L', 'P'],
};

export interface TemplateAgency {
  code: string;
  name: string;
}

function examples(a: TemplateAgency): Record<SheetName, Record<string, string>> {
  return {
    Unit: { kode_opd: a.code, nama_opd: a.name, kode_unit: `${a.code}-SEK`, nama_unit: 'Sekretariat', kode_unit_induk: a.code },
    Jabatan: {
      kode_opd: a.code,
      kode_jabatan: `${a.code}-SEKRETARIS`,
      nama_jabatan: 'Sekretaris',
      kode_unit: `${a.code}-SEK`,
      jenis_jabatan: 'administrator',
      jenjang: '',
      kelas_jabatan: '12',
      kepala_unit: 'ya',
    },
    Pegawai: {
      kode_opd: a.code,
      nip: '198504122010031001',
      nama: 'Budi Santoso',
      gelar_depan: '',
      gelar_belakang: 'S.E., M.M.',
      golongan: 'IV/a',
      kode_jabatan: `${a.code}-SEKRETARIS`,
      tmt_jabatan: '2024-01-02',
      email: 'budi.santoso@contoh.go.id',
      telepon: '081234567890',
      nip_atasan: '',
      jenis_kelamin: 'L',
      tanggal_lahir: '1985-04-12',
    },
  };
}

const GUIDE: [string, string][] = [
  ['Templat impor Kinerja', ''],
  ['', ''],
  ['Cara memakai', 'Isi lembar Unit, Jabatan, dan Pegawai (boleh hanya sebagian lembar). Hapus baris contoh (huruf miring abu-abu), lalu unggah berkas ini.'],
  ['Coba dulu', 'Pilih "uji coba" saat mengunggah: berkas diperiksa dan ringkasannya ditampilkan tanpa menyimpan apa pun.'],
  ['Semua atau tidak sama sekali', 'Jika ada satu baris yang salah, tidak ada data yang disimpan. Daftar masalah menyebut lembar, nomor baris, kolom, dan alasannya.'],
  ['Impor ulang', 'Data dicocokkan menurut kode (OPD, unit, jabatan) dan NIP. Baris yang sama tidak mengubah apa pun; baris yang berubah memperbarui data.'],
  ['Berkas sebagian', 'Pegawai, unit, atau jabatan yang tidak ada di berkas tidak dihapus. Kolom opsional yang tidak ada di berkas tidak mengubah data tersimpan; kolom yang ada tetapi selnya kosong akan mengosongkan data itu.'],
  ['Riwayat jabatan', 'Jika kode_jabatan pegawai berubah, jabatan lama diakhiri sehari sebelum tmt_jabatan yang baru, dan jabatan baru dicatat. Riwayat tidak pernah ditimpa.'],
  ['NIP', 'Kolom nip dan nip_atasan harus berformat Teks. Jika NIP tersimpan sebagai angka, Excel mengubah digit terakhirnya dan baris itu akan ditolak.'],
  ['Tanggal', 'Tulis tanggal sebagai yyyy-mm-dd, mis. 2024-01-02.'],
  ['Akun', 'Setiap pegawai baru mendapat akun tanpa kata sandi. Admin OPD mengatur ulang kata sandi agar pegawai dapat masuk.'],
  ['', ''],
  ['Lembar Unit', ''],
  ['kode_opd', 'Wajib. Kode OPD. Admin OPD hanya boleh mengisi kode OPD-nya sendiri.'],
  ['nama_opd', 'Hanya untuk membuat OPD baru (Admin BKD). Diabaikan untuk OPD yang sudah ada.'],
  ['kode_unit', 'Wajib. Kode unit kerja, unik di dalam OPD.'],
  ['nama_unit', 'Wajib. Nama unit kerja.'],
  ['kode_unit_induk', 'Kode unit atasan (dari berkas ini atau yang sudah tersimpan). Kosongkan untuk unit teratas OPD.'],
  ['', ''],
  ['Lembar Jabatan', ''],
  ['kode_opd', 'Wajib.'],
  ['kode_jabatan', 'Wajib. Kode jabatan, unik di dalam OPD.'],
  ['nama_jabatan', 'Wajib.'],
  ['kode_unit', 'Wajib. Unit tempat jabatan berada.'],
  ['jenis_jabatan', `Wajib. Salah satu: ${POSITION_KINDS.join(', ')}. "Eselon II" dan sejenisnya juga diterima.`],
  ['jenjang', `Wajib untuk jabatan fungsional, kosong untuk lainnya: ${JF_LEVELS.join(', ')}.`],
  ['kelas_jabatan', 'Wajib. Angka 1–17.'],
  ['kepala_unit', 'ya atau tidak. Satu unit hanya punya satu jabatan kepala unit.'],
  ['', ''],
  ['Lembar Pegawai', ''],
  ['kode_opd', 'Wajib.'],
  ['nip', 'Wajib. 18 angka (PNS atau PPPK), berformat Teks. Jenis pegawai, jenis kelamin, dan tanggal lahir dibaca dari NIP.'],
  ['nama', 'Wajib. Nama tanpa gelar.'],
  ['gelar_depan, gelar_belakang', 'Opsional.'],
  ['golongan', 'PNS: III/a … IV/e. PPPK: I … XVII.'],
  ['kode_jabatan', 'Wajib. Jabatan definitif pegawai (dari lembar Jabatan atau yang sudah tersimpan).'],
  ['tmt_jabatan', 'Tanggal mulai jabatan (yyyy-mm-dd). Jika kosong dan jabatan berubah, dipakai tanggal hari ini.'],
  ['email, telepon', 'Opsional.'],
  ['nip_atasan', 'Opsional. Atasan langsung khusus (harus dari OPD yang sama). Kosongkan agar atasan mengikuti struktur organisasi.'],
  ['jenis_kelamin, tanggal_lahir', 'Opsional. Jika diisi, harus sama dengan yang tertulis di NIP (untuk memeriksa salah ketik NIP).'],
];

function addSheet(wb: ExcelJS.Workbook, kind: SheetName, example: Record<string, string>): void {
  const columns = [...COLUMNS[kind].required, ...COLUMNS[kind].optional];
  const ws = wb.addWorksheet(kind, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(14, c.length + 4) }));
  ws.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (TEXT_COLUMNS.has(c)) col.numFmt = '@';
    if (COLUMNS[kind].required.includes(c)) ws.getCell(1, i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    const list = LISTS[c];
    if (list) {
      const letter = col.letter;
      // The dataValidations collection exists at runtime but not in exceljs' type declarations.
      (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(`${letter}2:${letter}${FORMATTED_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
      });
    }
  });
  const row = ws.addRow(columns.map((c) => example[c] ?? ''));
  row.font = { italic: true, color: { argb: 'FF808080' } };
}

/** The import template: a Petunjuk sheet in Bahasa Indonesia and the three sheets with one example row each. */
export async function buildTemplate(agency: TemplateAgency): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  const guide = wb.addWorksheet('Petunjuk');
  guide.columns = [{ width: 28 }, { width: 110 }];
  for (const [a, b] of GUIDE) guide.addRow([a, b]);
  guide.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  guide.getColumn(1).alignment = { vertical: 'top' };
  guide.getCell('A1').font = { bold: true, size: 14 };
  guide.eachRow((r) => {
    if (r.getCell(2).value === '' && r.getCell(1).value) r.getCell(1).font = { bold: true };
  });
  const ex = examples(agency);
  for (const kind of ['Unit', 'Jabatan', 'Pegawai'] as const) addSheet(wb, kind, ex[kind]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
