/**
 * What the printed SKP says in words (PermenPANRB 6/2022 lampiran, the JPT and JA/JF forms): the
 * title lines, the period and dates in Bahasa Indonesia, the Hasil Kerja rows grouped as printed
 * (utama, then tambahan; one row per IKI, the RHK spanning its IKI), and the Lampiran lists. The
 * server lays these out on A4; nothing here knows about PDF.
 */
import type { Period } from '../calendar/period.js';
import { ASPEK_IKI, PERSPEKTIF_LABEL, type AspekIki, type JenisRhk, type Pendekatan, type Perspektif, type SkpForm } from './forms.js';
import { EMPTY_MIK, mikRows, type ManualIndikator } from './manual-indikator.js';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** '2026-01-02' → '2 Januari 2026'. */
export function tanggalIndonesia(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) throw new RangeError(`Tanggal harus berformat yyyy-mm-dd: ${date}`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * As the form heads it: '1 Januari s.d. 31 Desember Tahun 2026'; a period across years names both
 * ('1 Juli 2026 s.d. 30 Juni 2027').
 */
export function periodePenilaian(period: Period): string {
  const [from, to] = [tanggalIndonesia(period.from), tanggalIndonesia(period.to)];
  if (period.from.slice(0, 4) !== period.to.slice(0, 4)) return `${from} s.d. ${to}`;
  const year = period.from.slice(0, 4);
  return `${from.slice(0, -(year.length + 1))} s.d. ${to.slice(0, -(year.length + 1))} Tahun ${year}`;
}

/** The three title lines: the form's name, the approach, and for whom the form is. */
export function skpTitleLines(form: SkpForm, pendekatan: Pendekatan): [string, string, string] {
  return [
    'SASARAN KINERJA PEGAWAI',
    `PENDEKATAN HASIL KERJA ${pendekatan.toUpperCase()}`,
    form === 'jpt' ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI' : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
  ];
}

export const ASPEK_LABEL: Record<AspekIki, string> = { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' };

export interface PrintIkiInput {
  aspek: AspekIki | null;
  text: string;
  target: string;
  /** JPT: the IKI's Manual Indikator Kinerja, if written. */
  mik?: ManualIndikator | null;
}

export interface PrintRhkInput {
  jenis: JenisRhk;
  text: string;
  parentRhkId: string | null;
  perspektif: Perspektif | null;
  penugasanDari: string | null;
  iki: readonly PrintIkiInput[];
}

/** One printed RHK: its number within its section, and one line per IKI. */
export interface PrintRhk {
  no: number;
  text: string;
  /** JA/JF: the text of the intervened RHK of the pimpinan; null when the link names nothing known. */
  parentText: string | null;
  /** True when the RHK names a parent whose text could not be found (a broken link, shown as such). */
  parentMissing: boolean;
  /** JPT: 'Penerima Layanan', …; null on JA/JF. */
  perspektif: string | null;
  penugasanDari: string | null;
  /**
   * At least one line: an RHK without IKI still prints, with empty aspect, IKI and target. `mik`: the
   * printed rows of its Manual Indikator Kinerja (every field, "-" where empty), on a JPT form only.
   */
  iki: { aspek: string; text: string; target: string; mik: { label: string; value: string }[] | null }[];
}

export interface PrintHasilKerja {
  utama: PrintRhk[];
  tambahan: PrintRhk[];
}

/**
 * The Hasil Kerja as printed: utama then tambahan, each numbered from 1 in stored order; the IKI of
 * an RHK in the order kuantitas, kualitas, waktu, biaya (as the form lists the aspects), IKI
 * without an aspect (JPT) in stored order.
 */
export function hasilKerjaRows(rhk: readonly PrintRhkInput[], parentTexts: ReadonlyMap<string, string>, form: SkpForm): PrintHasilKerja {
  const rows = (jenis: JenisRhk): PrintRhk[] =>
    rhk
      .filter((r) => r.jenis === jenis)
      .map((r, i) => {
        const parentText = r.parentRhkId === null ? null : (parentTexts.get(r.parentRhkId) ?? null);
        const rank = (k: PrintIkiInput) => (k.aspek === null ? ASPEK_IKI.length : ASPEK_IKI.indexOf(k.aspek));
        const iki = r.iki
          .map((k, at) => ({ k, at }))
          .sort((a, b) => rank(a.k) - rank(b.k) || a.at - b.at)
          .map(({ k }) => ({ aspek: k.aspek === null ? '' : ASPEK_LABEL[k.aspek], text: k.text, target: k.target, mik: form === 'jpt' ? mikRows(k.mik ?? EMPTY_MIK) : null }));
        return {
          no: i + 1,
          text: r.text,
          parentText,
          parentMissing: r.parentRhkId !== null && parentText === null,
          perspektif: r.perspektif === null ? null : PERSPEKTIF_LABEL[r.perspektif],
          penugasanDari: r.penugasanDari && r.penugasanDari.trim() !== '' ? r.penugasanDari : null,
          iki: iki.length > 0 ? iki : [{ aspek: '', text: '', target: '', mik: null }],
        };
      });
  return { utama: rows('utama'), tambahan: rows('tambahan') };
}

export const LAMPIRAN_SECTIONS = [
  { jenis: 'dukungan_sumber_daya', title: 'DUKUNGAN SUMBER DAYA' },
  { jenis: 'skema_pertanggungjawaban', title: 'SKEMA PERTANGGUNGJAWABAN' },
  { jenis: 'konsekuensi', title: 'KONSEKUENSI' },
] as const;

/** The three Lampiran lists in printed order, each in stored order (an empty list still prints its heading). */
export function lampiranSections(lampiran: readonly { jenis: string; text: string }[]): { title: string; items: string[] }[] {
  return LAMPIRAN_SECTIONS.map((s) => ({ title: s.title, items: lampiran.filter((l) => l.jenis === s.jenis).map((l) => l.text) }));
}
