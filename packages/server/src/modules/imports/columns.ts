import type { SheetName } from './types.js';

/** Column names of each sheet, as documented in docs/api.md and the template's Petunjuk sheet. */
export const COLUMNS: Record<SheetName, { required: readonly string[]; optional: readonly string[] }> = {
  Unit: { required: ['kode_opd', 'kode_unit', 'nama_unit'], optional: ['nama_opd', 'kode_unit_induk'] },
  Jabatan: {
    required: ['kode_opd', 'kode_jabatan', 'nama_jabatan', 'kode_unit', 'jenis_jabatan', 'kelas_jabatan'],
    optional: ['jenjang', 'kepala_unit'],
  },
  Pegawai: {
    required: ['kode_opd', 'nip', 'nama', 'kode_jabatan'],
    optional: [
      'gelar_depan',
      'gelar_belakang',
      'golongan',
      'tmt_jabatan',
      'email',
      'telepon',
      'nip_atasan',
      'jenis_kelamin',
      'tanggal_lahir',
    ],
  },
};

/** Columns whose value is an 18-digit NIP: Excel keeps only 15 significant digits of a number. */
export const NIP_COLUMNS = new Set(['nip', 'nip_atasan']);

// Headers people commonly write instead of ours; matched after normalisation.
const ALIASES: Record<string, string> = {
  nama_lengkap: 'nama',
  nama_pegawai: 'nama',
  pangkat_golongan: 'golongan',
  gol: 'golongan',
  golongan_ruang: 'golongan',
  tmt: 'tmt_jabatan',
  kelas: 'kelas_jabatan',
  no_hp: 'telepon',
  hp: 'telepon',
  no_telepon: 'telepon',
  nomor_telepon: 'telepon',
  e_mail: 'email',
  nip_atasan_langsung: 'nip_atasan',
  jenjang_jabatan: 'jenjang',
};

/** "Kode OPD", "kode-opd" and " KODE_OPD " all mean kode_opd. */
export function normaliseHeader(raw: string): string {
  const h = raw
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ALIASES[h] ?? h;
}

export function knownColumns(kind: SheetName): Set<string> {
  return new Set([...COLUMNS[kind].required, ...COLUMNS[kind].optional]);
}

/**
 * Which sheet a header row belongs to, for CSV files and unnamed worksheets. Each sheet has a column
 * no earlier sheet has: Pegawai its nip, Jabatan its jenis/kelas/nama jabatan, Unit its nama_unit.
 */
export function detectSheetKind(headers: readonly string[]): SheetName | undefined {
  const h = new Set(headers);
  if (h.has('nip')) return 'Pegawai';
  if (h.has('jenis_jabatan') || h.has('kelas_jabatan') || h.has('nama_jabatan')) return 'Jabatan';
  if (h.has('nama_unit') || h.has('kode_unit_induk')) return 'Unit';
  return undefined;
}

/** A sheet name as typed ("pegawai", " UNIT ") to ours. */
export function sheetKindByName(name: string): SheetName | undefined {
  const n = name.trim().toLowerCase();
  if (n === 'unit') return 'Unit';
  if (n === 'jabatan') return 'Jabatan';
  if (n === 'pegawai') return 'Pegawai';
  return undefined;
}
