import type { JfLevel } from '@kinerja/core';
import type { Weighted } from './random.js';
import type { Education, Field } from './titles.js';

/**
 * Staff posts (jabatan pelaksana and jabatan fungsional) the demo fills, and the mix of them each kind
 * of unit employs. Kelas jabatan follow the usual grading: pelaksana 5-7; fungsional by jenjang
 * (terampil 6, mahir 7, penyelia 8, ahli pertama 8, ahli muda 9, ahli madya 11).
 */
export interface JabatanDef {
  /** Short code used in position codes ("DINKES-SEK-UMPEG-PKEP"). */
  code: string;
  name: string;
  kind: 'pelaksana' | 'fungsional';
  /** Pelaksana only. */
  kelas?: number;
  /** Fungsional only: which jenjang occur, and how often. */
  levels?: Weighted<JfLevel>;
  field: Field;
  /** Share of women in this job (default 0.45). */
  female?: number;
  /** Chance that a holder is PPPK rather than PNS (default 0.1). */
  pppk?: number;
  /** Overrides the education implied by the jenjang for the skill track (Pol PP Terampil are mostly SMA). */
  education?: Weighted<Education>;
}

export const JF_KELAS: Record<JfLevel, number> = {
  pemula: 5,
  terampil: 6,
  mahir: 7,
  penyelia: 8,
  ahli_pertama: 8,
  ahli_muda: 9,
  ahli_madya: 11,
  ahli_utama: 13,
};

const p = (code: string, name: string, kelas: number, field: Field, extra: Partial<JabatanDef> = {}): JabatanDef => ({
  code,
  name,
  kind: 'pelaksana',
  kelas,
  field,
  ...extra,
});
const f = (code: string, name: string, levels: Weighted<JfLevel>, field: Field, extra: Partial<JabatanDef> = {}): JabatanDef => ({
  code,
  name,
  kind: 'fungsional',
  levels,
  field,
  ...extra,
});

const ahli = (pertama: number, muda = 0, madya = 0): Weighted<JfLevel> =>
  (
    [
      ['ahli_pertama', pertama],
      ['ahli_muda', muda],
      ['ahli_madya', madya],
    ] as const
  ).filter(([, n]) => n > 0);
const terampil = (t: number, m = 0, py = 0): Weighted<JfLevel> =>
  (
    [
      ['terampil', t],
      ['mahir', m],
      ['penyelia', py],
    ] as const
  ).filter(([, n]) => n > 0);

const NAKES_PPPK = 0.3;

export const JABATAN = {
  // Pelaksana (PermenPANRB 41/2018 names and their 2024 successors, as rosters mix both today).
  ADMUM: p('ADMUM', 'Pengadministrasi Umum', 5, 'umum'),
  ADMPK: p('ADMPK', 'Pengadministrasi Perkantoran', 6, 'umum'),
  OLO: p('OLO', 'Operator Layanan Operasional', 5, 'umum'),
  PLO: p('PLO', 'Pengelola Layanan Operasional', 6, 'umum'),
  PNLO: p('PNLO', 'Penata Layanan Operasional', 7, 'umum'),
  OLD: p('OLD', 'Pengolah Data dan Informasi', 6, 'komputer'),
  ADI: p('ADI', 'Analis Data dan Informasi', 7, 'statistik'),
  PKEU: p('PKEU', 'Pengelola Keuangan', 6, 'ekonomi'),
  BEND: p('BEND', 'Bendahara', 7, 'ekonomi'),
  VERK: p('VERK', 'Verifikator Keuangan', 7, 'ekonomi'),
  PBMD: p('PBMD', 'Pengelola Barang Milik Daerah', 6, 'ekonomi'),
  PKEP: p('PKEP', 'Pengelola Kepegawaian', 6, 'umum'),
  PPAP: p('PPAP', 'Penyusun Program Anggaran dan Pelaporan', 7, 'ekonomi'),
  PSP: p('PSP', 'Pengelola Sarana dan Prasarana', 6, 'teknik'),
  TEKSP: p('TEKSP', 'Teknisi Sarana dan Prasarana', 6, 'teknik'),
  PPIZ: p('PPIZ', 'Pengelola Perizinan', 6, 'umum'),
  PUSTL: p('PUSTL', 'Pengelola Perpustakaan', 6, 'perpustakaan'),
  KASIR: p('KASIR', 'Kasir', 5, 'ekonomi'),
  PPRD: p('PPRD', 'Pengelola Pajak dan Retribusi Daerah', 6, 'ekonomi'),
  PLL: p('PLL', 'Petugas Pengatur Lalu Lintas', 6, 'teknik', { female: 0.15 }),
  PLAP: p('PLAP', 'Pengawas Lapangan', 7, 'teknik', { female: 0.2 }),
  PENGASUH: p('PENGASUH', 'Pengasuh', 5, 'sosial', { female: 0.7 }),

  // Fungsional: umum and keuangan.
  ASDM: f('ASDM', 'Analis Sumber Daya Manusia Aparatur', ahli(5, 3, 1), 'umum'),
  PRAKOM: f('PRAKOM', 'Pranata Komputer', [...terampil(2, 1), ...ahli(3, 2)], 'komputer', { female: 0.3 }),
  ARSIP: f('ARSIP', 'Arsiparis', [...terampil(2, 1), ...ahli(2, 1)], 'umum'),
  PERENC: f('PERENC', 'Perencana', ahli(3, 3, 1), 'ekonomi'),
  AKPD: f('AKPD', 'Analis Keuangan Pusat dan Daerah', ahli(3, 2), 'ekonomi'),
  PPBJ: f('PPBJ', 'Pengelola Pengadaan Barang/Jasa', ahli(3, 2, 1), 'teknik'),
  ANKEB: f('ANKEB', 'Analis Kebijakan', ahli(3, 3, 1), 'pemerintahan'),
  ANHUK: f('ANHUK', 'Analis Hukum', ahli(3, 2), 'hukum'),
  PERUU: f('PERUU', 'Perancang Peraturan Perundang-undangan', ahli(2, 2, 1), 'hukum'),
  HUMAS: f('HUMAS', 'Pranata Hubungan Masyarakat', [...terampil(1), ...ahli(2, 1)], 'komunikasi'),
  AUDITOR: f('AUDITOR', 'Auditor', ahli(4, 3, 2), 'ekonomi'),
  P2UPD: f('P2UPD', 'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', ahli(3, 3, 1), 'pemerintahan'),
  STAT: f('STAT', 'Statistisi', [...terampil(1), ...ahli(2, 1)], 'statistik'),
  SANDI: f('SANDI', 'Sandiman', [...terampil(1), ...ahli(1)], 'komputer', { female: 0.25 }),
  WI: f('WI', 'Widyaiswara', ahli(1, 2, 2), 'pemerintahan'),

  // Pendidikan.
  GURU: f('GURU', 'Guru', ahli(6, 3, 1), 'pendidikan', { female: 0.62, pppk: 0.47 }),
  PENGSEK: f('PENGSEK', 'Pengawas Sekolah', ahli(0, 1, 2), 'pendidikan'),
  PTP: f('PTP', 'Pengembang Teknologi Pembelajaran', ahli(1, 1), 'pendidikan'),
  PAMBUD: f('PAMBUD', 'Pamong Budaya', ahli(2, 1), 'budaya'),

  // Kesehatan.
  PERAWAT: f('PERAWAT', 'Perawat', [...terampil(3, 2, 1), ...ahli(3, 1)], 'keperawatan', { female: 0.75, pppk: NAKES_PPPK }),
  BIDAN: f('BIDAN', 'Bidan', [...terampil(3, 1), ...ahli(1)], 'kebidanan', { female: 1, pppk: NAKES_PPPK }),
  DOKTER: f('DOKTER', 'Dokter', ahli(3, 3, 2), 'kedokteran', { female: 0.55, pppk: 0.1 }),
  DOKSPKJ: f('DOKSPKJ', 'Dokter', ahli(1, 1, 2), 'kedokteran_jiwa', { female: 0.5 }),
  DRG: f('DRG', 'Dokter Gigi', ahli(1, 1), 'kedokteran_gigi', { female: 0.65, pppk: 0.1 }),
  APT: f('APT', 'Apoteker', ahli(2, 1), 'apoteker', { female: 0.7, pppk: 0.2 }),
  TTK: f('TTK', 'Asisten Apoteker', terampil(2, 1), 'farmasi', { female: 0.75, pppk: NAKES_PPPK }),
  PLK: f('PLK', 'Pranata Laboratorium Kesehatan', [...terampil(2, 1), ...ahli(1)], 'laboratorium', { female: 0.65, pppk: NAKES_PPPK }),
  RAD: f('RAD', 'Radiografer', terampil(2, 1), 'radiologi', { female: 0.4, pppk: NAKES_PPPK }),
  NUTR: f('NUTR', 'Nutrisionis', [...terampil(1), ...ahli(1)], 'gizi', { female: 0.85, pppk: NAKES_PPPK }),
  PMIK: f('PMIK', 'Perekam Medis', terampil(2, 1), 'rekam_medis', { female: 0.6, pppk: NAKES_PPPK }),
  FISIO: f('FISIO', 'Fisioterapis', terampil(1), 'fisioterapi', { female: 0.55, pppk: NAKES_PPPK }),
  EPID: f('EPID', 'Epidemiolog Kesehatan', ahli(2, 1), 'kesmas', { female: 0.6 }),
  SANIT: f('SANIT', 'Tenaga Sanitasi Lingkungan', [...terampil(1), ...ahli(1)], 'kesmas', { female: 0.55 }),
  PKM: f('PKM', 'Penyuluh Kesehatan Masyarakat', ahli(2, 1), 'kesmas', { female: 0.65 }),
  ADMKES: f('ADMKES', 'Administrator Kesehatan', ahli(2, 2), 'kesmas', { female: 0.6 }),
  PSIKOLOG: f('PSIKOLOG', 'Psikolog Klinis', ahli(1, 1), 'psikologi', { female: 0.7 }),

  // Pekerjaan umum, perumahan, perhubungan, energi.
  TJJ: f('TJJ', 'Teknik Jalan dan Jembatan', [...terampil(1), ...ahli(2, 1)], 'teknik', { female: 0.2 }),
  TPA: f('TPA', 'Teknik Pengairan', [...terampil(1), ...ahli(2, 1)], 'teknik', { female: 0.2 }),
  TTBP: f('TTBP', 'Teknik Tata Bangunan dan Perumahan', [...terampil(1), ...ahli(2, 1)], 'teknik', { female: 0.3 }),
  PRUANG: f('PRUANG', 'Penata Ruang', ahli(2, 1), 'teknik', { female: 0.35 }),
  PJK: f('PJK', 'Pembina Jasa Konstruksi', ahli(1, 1), 'teknik', { female: 0.3 }),
  PKB: f('PKB', 'Penguji Kendaraan Bermotor', [...terampil(2, 1), ...ahli(1)], 'teknik', { female: 0.1 }),
  PBUMI: f('PBUMI', 'Penyelidik Bumi', ahli(2, 1), 'geologi', { female: 0.25 }),
  IKETL: f('IKETL', 'Inspektur Ketenagalistrikan', ahli(1, 1), 'teknik', { female: 0.2 }),

  // Sosial, pemberdayaan, kependudukan, ketertiban.
  PEKSOS: f('PEKSOS', 'Pekerja Sosial', [...terampil(1), ...ahli(2, 1)], 'sosial', { female: 0.6 }),
  PENSOS: f('PENSOS', 'Penyuluh Sosial', ahli(1, 1), 'sosial'),
  PSM: f('PSM', 'Penggerak Swadaya Masyarakat', ahli(2, 1), 'pemerintahan'),
  ADBKEP: f('ADBKEP', 'Administrator Database Kependudukan', [...terampil(1), ...ahli(2)], 'komputer'),
  POLPP: f('POLPP', 'Polisi Pamong Praja', [...terampil(4, 2, 1), ...ahli(1)], 'umum', {
    female: 0.2,
    education: [
      ['sma', 6],
      ['d3', 2],
      ['s1', 2],
    ],
  }),
  ANBENC: f('ANBENC', 'Analis Kebencanaan', ahli(2, 1), 'lingkungan', { female: 0.3 }),
  PPB: f('PPB', 'Penata Penanggulangan Bencana', terampil(2, 1), 'umum', { female: 0.25 }),

  // Pertanian, peternakan, perikanan, kehutanan, lingkungan, pangan.
  PPERT: f('PPERT', 'Penyuluh Pertanian', [...terampil(2), ...ahli(2, 1)], 'pertanian', { pppk: 0.15 }),
  POPT: f('POPT', 'Pengendali Organisme Pengganggu Tumbuhan', [...terampil(2), ...ahli(1)], 'pertanian'),
  PBT: f('PBT', 'Pengawas Benih Tanaman', [...terampil(1), ...ahli(1)], 'pertanian'),
  PMHP: f('PMHP', 'Pengawas Mutu Hasil Pertanian', [...terampil(1), ...ahli(1)], 'pertanian'),
  AKP: f('AKP', 'Analis Ketahanan Pangan', ahli(2, 1), 'pertanian'),
  MEDVET: f('MEDVET', 'Medik Veteriner', ahli(2, 1), 'kedokteran_hewan'),
  PARAVET: f('PARAVET', 'Paramedik Veteriner', terampil(2, 1), 'peternakan'),
  PWSPI: f('PWSPI', 'Pengawas Perikanan', [...terampil(1), ...ahli(1)], 'perikanan', { female: 0.25 }),
  PYLPI: f('PYLPI', 'Penyuluh Perikanan', [...terampil(1), ...ahli(1)], 'perikanan'),
  POLHUT: f('POLHUT', 'Polisi Kehutanan', [...terampil(3, 2, 1), ...ahli(1)], 'kehutanan', { female: 0.12 }),
  PYLHUT: f('PYLHUT', 'Penyuluh Kehutanan', [...terampil(1), ...ahli(2, 1)], 'kehutanan', { female: 0.3 }),
  PEH: f('PEH', 'Pengendali Ekosistem Hutan', [...terampil(1), ...ahli(2, 1)], 'kehutanan', { female: 0.3 }),
  PDL: f('PDL', 'Pengendali Dampak Lingkungan', ahli(2, 1), 'lingkungan'),
  PLHK: f('PLHK', 'Pengawas Lingkungan Hidup', ahli(1, 1), 'lingkungan'),

  // Ekonomi, tenaga kerja, pariwisata, perpustakaan, kearsipan.
  ADYA: f('ADYA', 'Adyatama Kepariwisataan dan Ekonomi Kreatif', ahli(2, 1), 'pariwisata', { female: 0.55 }),
  PKOP: f('PKOP', 'Pengawas Koperasi', ahli(2, 1), 'ekonomi'),
  PDAG: f('PDAG', 'Pengawas Perdagangan', ahli(2, 1), 'ekonomi'),
  PMB: f('PMB', 'Penguji Mutu Barang', [...terampil(1), ...ahli(1)], 'teknik'),
  PIND: f('PIND', 'Pembina Industri', ahli(2, 1), 'teknik'),
  PNAKER: f('PNAKER', 'Pengawas Ketenagakerjaan', ahli(2, 2, 1), 'hukum', { female: 0.35 }),
  MHI: f('MHI', 'Mediator Hubungan Industrial', ahli(1, 1), 'hukum'),
  INSTR: f('INSTR', 'Instruktur', [...terampil(2), ...ahli(2, 1)], 'teknik', { female: 0.3 }),
  PUSTAK: f('PUSTAK', 'Pustakawan', [...terampil(2), ...ahli(2, 1)], 'perpustakaan', { female: 0.6 }),
} satisfies Record<string, JabatanDef>;

export type JabatanKey = keyof typeof JABATAN;

type Mix = Weighted<JabatanKey>;

/** The staff mix per kind of unit. Units inherit their parent's profile unless they name one. */
export const PROFILES = {
  umpeg: [['ADMPK', 3], ['PKEP', 2], ['ASDM', 2], ['ARSIP', 1], ['PRAKOM', 1], ['PSP', 1], ['OLO', 1], ['ADMUM', 1]],
  keuangan: [['PKEU', 3], ['BEND', 1], ['VERK', 2], ['AKPD', 2], ['PBMD', 1], ['PPAP', 1]],
  program: [['PERENC', 3], ['PPAP', 2], ['ADI', 1], ['PRAKOM', 1], ['OLD', 1]],
  tu: [['ADMPK', 3], ['PKEU', 2], ['BEND', 1], ['PKEP', 1], ['PSP', 1], ['OLO', 1]],
  setda: [['ANKEB', 3], ['ADMPK', 2], ['PNLO', 1], ['PLO', 1], ['ADI', 1]],
  hukum: [['ANHUK', 3], ['PERUU', 3], ['ADMPK', 1]],
  pbj: [['PPBJ', 4], ['ADMPK', 1]],
  humas: [['HUMAS', 3], ['ADMPK', 1], ['PLO', 1]],
  rumahtangga: [['ADMPK', 2], ['PSP', 2], ['TEKSP', 1], ['OLO', 2], ['PKEU', 1], ['BEND', 1]],
  setwan: [['ADMPK', 2], ['ANKEB', 2], ['ANHUK', 1], ['PERUU', 1], ['HUMAS', 1], ['PLO', 1], ['PNLO', 1]],
  inspektorat: [['AUDITOR', 5], ['P2UPD', 4], ['ADMPK', 1]],
  perencanaan: [['PERENC', 5], ['ANKEB', 1], ['STAT', 1], ['ADI', 1], ['ADMPK', 1]],
  kepegawaian: [['ASDM', 5], ['PRAKOM', 1], ['ADMPK', 2], ['PKEP', 2], ['ARSIP', 1]],
  kepegawaianInfo: [['PRAKOM', 3], ['ASDM', 2], ['OLD', 2]],
  keuanganDaerah: [['AKPD', 4], ['PKEU', 2], ['VERK', 2], ['PBMD', 1], ['PRAKOM', 1]],
  aset: [['PBMD', 3], ['AKPD', 1], ['ADMPK', 1]],
  pendapatan: [['PPRD', 3], ['KASIR', 2], ['OLD', 2], ['PKEU', 1], ['ADMPK', 1], ['AKPD', 1]],
  pendidikan: [['ADMPK', 2], ['ANKEB', 1], ['PTP', 1], ['PENGSEK', 1], ['OLD', 1], ['PLO', 1]],
  cabdin: [['PENGSEK', 2], ['ADMPK', 2], ['OLD', 1]],
  sekolah: [['GURU', 20], ['ADMPK', 1.2], ['PUSTL', 0.4], ['OLO', 0.4]],
  kebudayaan: [['PAMBUD', 3], ['ADMPK', 1], ['ANKEB', 1]],
  kesehatan: [['ADMKES', 3], ['EPID', 1], ['PKM', 1], ['NUTR', 1], ['SANIT', 1], ['ADMPK', 2]],
  kesmas: [['PKM', 2], ['NUTR', 2], ['BIDAN', 2], ['SANIT', 2], ['ADMKES', 1], ['ADMPK', 1.5]],
  p2p: [['EPID', 3], ['SANIT', 1], ['ADMKES', 2], ['PERAWAT', 1], ['ADMPK', 2], ['PLO', 1]],
  yankes: [['ADMKES', 3], ['DOKTER', 1], ['PERAWAT', 2], ['ADMPK', 2]],
  sdk: [['APT', 2], ['TTK', 2], ['ADMKES', 2], ['ADMPK', 1.5]],
  labkes: [['PLK', 5], ['ADMKES', 1], ['ADMPK', 1]],
  pelatihanKes: [['ADMKES', 2], ['WI', 2], ['ADMPK', 1]],
  rsMedik: [['DOKTER', 6], ['DRG', 1], ['PERAWAT', 2], ['ADMPK', 1]],
  rsPerawat: [['PERAWAT', 10], ['BIDAN', 2], ['ADMPK', 0.5]],
  rsPenunjang: [['PLK', 3], ['RAD', 2], ['APT', 2], ['TTK', 3], ['NUTR', 2], ['FISIO', 1], ['PMIK', 1]],
  rsAdmin: [['ADMPK', 3], ['PKEU', 1], ['PMIK', 2], ['PRAKOM', 1], ['PSP', 1]],
  rsjLayanan: [['PERAWAT', 10], ['DOKSPKJ', 3], ['PSIKOLOG', 2], ['PEKSOS', 1]],
  binaMarga: [['TJJ', 4], ['PLAP', 1], ['ADMPK', 1]],
  sda: [['TPA', 4], ['PLAP', 1], ['ADMPK', 1]],
  ciptaKarya: [['TTBP', 3], ['PLAP', 1], ['ADMPK', 1]],
  tataRuang: [['PRUANG', 3], ['ADMPK', 1]],
  konstruksi: [['PJK', 3], ['PPBJ', 1], ['ADMPK', 1]],
  labTeknik: [['TEKSP', 2], ['PLAP', 2], ['TJJ', 1], ['ADMPK', 1]],
  perhubungan: [['PKB', 2], ['PLL', 3], ['ADMPK', 2], ['ANKEB', 1], ['TEKSP', 1]],
  sosial: [['PEKSOS', 4], ['PENSOS', 2], ['ADMPK', 2]],
  panti: [['PEKSOS', 3], ['PENGASUH', 3], ['PERAWAT', 1], ['ADMPK', 1]],
  pertanian: [['PPERT', 3], ['POPT', 2], ['PBT', 1], ['ADMPK', 1]],
  perkebunan: [['PBT', 2], ['PPERT', 2], ['POPT', 1], ['ADMPK', 1]],
  peternakan: [['MEDVET', 2], ['PARAVET', 3], ['ADMPK', 1]],
  perikanan: [['PWSPI', 2], ['PYLPI', 2], ['ADMPK', 1]],
  kominfo: [['PRAKOM', 4], ['HUMAS', 3], ['STAT', 2], ['SANDI', 1], ['ADMPK', 1]],
  lingkungan: [['PDL', 3], ['PLHK', 2], ['ADMPK', 1]],
  kehutanan: [['POLHUT', 4], ['PYLHUT', 2], ['PEH', 2], ['ADMPK', 1]],
  pariwisata: [['ADYA', 3], ['ADMPK', 1], ['ANKEB', 1]],
  koperasi: [['PKOP', 3], ['ANKEB', 1], ['ADMPK', 1]],
  perdagangan: [['PDAG', 3], ['PMB', 1], ['PIND', 2], ['ADMPK', 1]],
  tenagaKerja: [['PNAKER', 3], ['MHI', 2], ['ADMPK', 1]],
  blk: [['INSTR', 4], ['ADMPK', 1]],
  transmigrasi: [['ANKEB', 2], ['PSM', 1], ['ADMPK', 1]],
  pemudaOlahraga: [['ANKEB', 2], ['ADMPK', 2], ['PLO', 1], ['PSP', 1]],
  perpustakaan: [['PUSTAK', 5], ['ADMPK', 1], ['PUSTL', 1]],
  kearsipan: [['ARSIP', 5], ['ADMPK', 1]],
  investasi: [['ANKEB', 2], ['PPIZ', 3], ['PRAKOM', 1], ['ADMPK', 1]],
  pangan: [['AKP', 3], ['PMHP', 2], ['ADMPK', 1]],
  desa: [['PSM', 4], ['ANKEB', 1], ['ADMPK', 1]],
  dukcapil: [['ADBKEP', 3], ['ADMPK', 2], ['PRAKOM', 1]],
  perempuanAnak: [['ANKEB', 2], ['PEKSOS', 1], ['PSIKOLOG', 1], ['ADMPK', 1]],
  satpol: [['POLPP', 6], ['ADMPK', 1]],
  bencana: [['ANBENC', 2], ['PPB', 3], ['ADMPK', 1]],
  kesbangpol: [['ANKEB', 4], ['ADMPK', 2]],
  bpsdm: [['WI', 3], ['ANKEB', 1], ['ADMPK', 1], ['ASDM', 1]],
  perumahan: [['TTBP', 3], ['PRUANG', 1], ['ADMPK', 1]],
  esdm: [['PBUMI', 3], ['IKETL', 2], ['ADMPK', 1]],
  riset: [['ANKEB', 4], ['PRAKOM', 1], ['ADMPK', 1]],
} satisfies Record<string, Mix>;

export type ProfileKey = keyof typeof PROFILES;

/** Education implied by a post when the jabatan does not say (shares, not certainties). */
export function educationMix(kind: 'pelaksana' | 'fungsional', kelas: number, level: JfLevel | null): Weighted<Education> {
  if (kind === 'pelaksana') {
    if (kelas <= 5) return [['sma', 6], ['d3', 2.5], ['s1', 1.5]];
    if (kelas === 6) return [['sma', 3.5], ['d3', 3.5], ['s1', 3]];
    return [['d3', 2], ['s1', 7.5], ['s2', 0.5]];
  }
  switch (level) {
    case 'pemula':
      return [['sma', 1]];
    case 'terampil':
    case 'mahir':
    case 'penyelia':
      return [['d3', 8.5], ['sma', 1], ['s1', 0.5]];
    case 'ahli_pertama':
      return [['s1', 9], ['s2', 1]];
    case 'ahli_muda':
      return [['s1', 6.5], ['s2', 3.5]];
    default:
      return [['s1', 3], ['s2', 6], ['s3', 1]];
  }
}
