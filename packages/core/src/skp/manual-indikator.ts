/**
 * The Manual Indikator Kinerja (MIK) of a JPT's IKI (PermenPANRB 6/2022, SKP JPT): what the
 * indicator is for, how it is defined and computed, its unit, how far the leader controls it, where
 * its data come from, how often it is reported, and whether it measures an output or an outcome. The
 * regulation prints the fields, not their length or which must be filled; here every field is free
 * text and may stay empty in a draft, and the printed form shows an empty field as "-".
 *
 * Nor is a JPT SKP refused at submission for an IKI without a manual. The sources (the form, the
 * e-Kinerja manual, implementations) show one per IKI but no rule that blocks submission or approval
 * without it, and a refusal could not say which fields would be enough; the Kepala Dinas and the
 * Sekda see the missing manual on the form and in the PDF, and the Sekda can return the SKP for it.
 */
export const JENIS_INDIKATOR = ['output', 'outcome_antara', 'outcome'] as const;
export type JenisIndikator = (typeof JENIS_INDIKATOR)[number];

export const JENIS_INDIKATOR_LABEL: Record<JenisIndikator, string> = {
  output: 'Output',
  outcome_antara: 'Outcome Antara',
  outcome: 'Outcome',
};

/** The text fields in printed order, with the form's words. */
export const MIK_FIELDS = [
  { key: 'tujuan', label: 'Tujuan' },
  { key: 'definisi', label: 'Definisi' },
  { key: 'formula', label: 'Formula' },
  { key: 'satuanPengukuran', label: 'Satuan Pengukuran' },
  { key: 'kualitasTingkatKendali', label: 'Kualitas dan Tingkat Kendali' },
  { key: 'sumberData', label: 'Sumber Data' },
  { key: 'periodePelaporan', label: 'Periode Pelaporan' },
] as const;
export type MikTextField = (typeof MIK_FIELDS)[number]['key'];

export type ManualIndikator = Record<MikTextField, string> & { jenisIndikator: JenisIndikator | null };

export const EMPTY_MIK: ManualIndikator = {
  tujuan: '',
  definisi: '',
  formula: '',
  satuanPengukuran: '',
  kualitasTingkatKendali: '',
  sumberData: '',
  periodePelaporan: '',
  jenisIndikator: null,
};

/** True when nothing is written in it: stored as no manual at all. */
export function isEmptyMik(mik: ManualIndikator | null | undefined): boolean {
  return !mik || (mik.jenisIndikator === null && MIK_FIELDS.every((f) => mik[f.key].trim() === ''));
}

/** The printed rows of one manual: every field with its label, empty ones as "-". */
export function mikRows(mik: ManualIndikator): { label: string; value: string }[] {
  return [
    ...MIK_FIELDS.map((f) => ({ label: f.label, value: mik[f.key].trim() || '-' })),
    { label: 'Jenis Indikator', value: mik.jenisIndikator ? JENIS_INDIKATOR_LABEL[mik.jenisIndikator] : '-' },
  ];
}
