import { hasilKerjaRows, lampiranSections, type PrintRhkInput } from '@kinerja/core';
import type { SkpPrintModel } from './layout.js';

const P1 = '0190b7a0-0000-7000-8000-0000000000p1';
const P2 = '0190b7a0-0000-7000-8000-0000000000p2';

/** The Kepala Seksi's RHK, which the staff member's intervene. */
const PARENTS = new Map([
  [P1, 'Meningkatnya cakupan imunisasi dasar lengkap di kabupaten/kota binaan'],
  [P2, 'Tersusunnya laporan kinerja seksi yang akuntabel dan tepat waktu'],
]);

const iki = (text: string, target: string, aspek: 'kuantitas' | 'kualitas' | 'waktu') => ({ aspek, text, target });

const JA_RHK: PrintRhkInput[] = [
  {
    jenis: 'utama',
    text: 'Terdatanya sasaran imunisasi dasar lengkap per puskesmas',
    parentRhkId: P1,
    perspektif: null,
    penugasanDari: null,
    iki: [
      iki('Waktu penyampaian rekapitulasi sasaran', '12 Bulan', 'waktu'),
      iki('Jumlah rekapitulasi sasaran imunisasi yang disusun', '12 Laporan', 'kuantitas'),
      iki('Persentase data sasaran yang sesuai hasil verifikasi', '100%', 'kualitas'),
    ],
  },
  {
    jenis: 'utama',
    text: 'Tersusunnya bahan laporan kinerja bulanan seksi',
    parentRhkId: P2,
    perspektif: null,
    penugasanDari: null,
    iki: [iki('Jumlah bahan laporan kinerja yang disusun', '12 Dokumen', 'kuantitas'), iki('Bahan laporan diterima tanpa revisi', '90%', 'kualitas')],
  },
  {
    jenis: 'tambahan',
    text: 'Terlaksananya tugas sekretariat panitia Bulan Imunisasi Anak Nasional',
    parentRhkId: null,
    perspektif: null,
    penugasanDari: null,
    iki: [iki('Jumlah notulen rapat panitia', '4 Notulen', 'kuantitas')],
  },
];

/** A JA/JF SKP as printed for a PNS staff member (tests and the bench render it without a database). */
export function sampleJaModel(over: Partial<SkpPrintModel> = {}): SkpPrintModel {
  return {
    agencyName: 'Dinas Kesehatan Provinsi Kalimantan Barat',
    form: 'ja',
    pendekatan: 'kuantitatif',
    period: { from: '2026-01-01', to: '2026-12-31' },
    version: 2,
    approved: true,
    approvedOn: '2026-01-14',
    pegawai: {
      status: 'pns',
      name: 'Maimunah Handayani, A.Md.',
      nip: '199905292024022005',
      rank: 'II/c',
      positionName: 'Pengadministrasi Perkantoran',
      unitName: 'Seksi Kesehatan Keluarga dan Gizi',
    },
    penilai: {
      status: 'pns',
      name: 'dr. Hermansyah Kurniawan, M.A.R.S.',
      nip: '196707031998121003',
      rank: 'III/d',
      positionName: 'Kepala Seksi Kesehatan Keluarga dan Gizi',
      unitName: 'Bidang Kesehatan Masyarakat',
    },
    hasilKerja: hasilKerjaRows(JA_RHK, PARENTS, 'ja'),
    ekspektasi: {
      berorientasi_pelayanan: 'Menanggapi permintaan data puskesmas paling lambat dua hari kerja.',
      akuntabel: 'Menyerahkan rekapitulasi tepat waktu setiap bulan.',
      kolaboratif: 'Berkoordinasi dengan pengelola program di kabupaten/kota.',
    },
    lampiran: lampiranSections([
      { jenis: 'dukungan_sumber_daya', text: 'Akses aplikasi pencatatan imunisasi dan data sasaran dari Pusdatin.' },
      { jenis: 'skema_pertanggungjawaban', text: 'Rekapitulasi dilaporkan bulanan kepada Kepala Seksi melalui aplikasi.' },
      { jenis: 'konsekuensi', text: 'Keterlambatan laporan menjadi catatan dalam umpan balik berkelanjutan.' },
    ]),
    ...over,
  };
}
