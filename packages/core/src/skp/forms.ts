/**
 * The three SKP forms (PermenPANRB 6/2022) and the vocabulary of their RHK rows: JPT RHK carry
 * one of four perspektif, JA and JF RHK the RHK of the pimpinan they intervene.
 */
import { isJpt, type PositionKind } from '../org/positions.js';

export const SKP_FORMS = ['jpt', 'ja', 'jf'] as const;
export type SkpForm = (typeof SKP_FORMS)[number];

export const SKP_FORM_LABEL: Record<SkpForm, string> = {
  jpt: 'Jabatan Pimpinan Tinggi',
  ja: 'Jabatan Administrasi',
  jf: 'Jabatan Fungsional',
};

/** Administrator, pengawas and pelaksana are all jabatan administrasi. */
export function skpFormOf(kind: PositionKind): SkpForm {
  if (isJpt(kind)) return 'jpt';
  return kind === 'fungsional' ? 'jf' : 'ja';
}

export const JENIS_RHK = ['utama', 'tambahan'] as const;
export type JenisRhk = (typeof JENIS_RHK)[number];

/** The balanced-scorecard perspectives of a JPT RHK. */
export const PERSPEKTIF = ['penerima_layanan', 'proses_bisnis', 'penguatan_internal', 'anggaran'] as const;
export type Perspektif = (typeof PERSPEKTIF)[number];

export const PERSPEKTIF_LABEL: Record<Perspektif, string> = {
  penerima_layanan: 'Penerima Layanan',
  proses_bisnis: 'Proses Bisnis',
  penguatan_internal: 'Penguatan Internal',
  anggaran: 'Anggaran',
};

/**
 * Direct: the pimpinan's RHK passed down unchanged, the subordinate delivers it whole. Indirect:
 * a different result that contributes to it.
 */
export const CASCADING_TYPES = ['langsung', 'tidak_langsung'] as const;
export type CascadingType = (typeof CASCADING_TYPES)[number];

export const CASCADING_TYPE_LABEL: Record<CascadingType, string> = {
  langsung: 'Langsung',
  tidak_langsung: 'Tidak langsung',
};

export const PENDEKATAN = ['kuantitatif', 'kualitatif'] as const;
export type Pendekatan = (typeof PENDEKATAN)[number];

export const ASPEK_IKI = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export type AspekIki = (typeof ASPEK_IKI)[number];
