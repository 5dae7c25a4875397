/**
 * The cascade rule checked when an SKP is submitted (PermenPANRB 6/2022): every RHK utama of a JA
 * or JF "intervenes" an RHK of the direct supervisor, so it must link to an RHK of the current
 * pejabat penilai's approved SKP for an overlapping period. A JPT's RHK come from the Perjanjian
 * Kinerja instead and carry one of the four perspektif.
 *
 * A link to an RHK that is no longer in the penilai's SKP in force (removed in a revision, or the
 * penilai changed) is reported, never dropped: the employee must pick again. RHK ids are expected
 * to be stable across versions of the penilai's SKP, so a revision that keeps an RHK keeps its links.
 */
import type { Period } from '../calendar/index.js';
import type { CascadingType, JenisRhk, Perspektif, SkpForm } from './forms.js';

export interface RhkForCascade {
  id: string;
  jenis: JenisRhk;
  /** The intervened RHK of the pimpinan; null when none is chosen. */
  parentRhkId: string | null;
  cascadingType: CascadingType | null;
  perspektif: Perspektif | null;
}

/** One approved SKP of the current pejabat penilai, as its version in force. */
export interface PenilaiSkp {
  period: Period;
  rhkIds: readonly string[];
}

export interface CascadeInput {
  form: SkpForm;
  period: Period;
  rhk: readonly RhkForCascade[];
  /**
   * The approved SKP of the current pejabat penilai; null when the employee has no pejabat
   * penilai, or the penilai keeps no SKP here (a kepala daerah).
   */
  penilaiSkps: readonly PenilaiSkp[] | null;
}

export const CASCADE_ISSUE_CODES = [
  'RHK_UTAMA_MISSING',
  'PENILAI_MISSING',
  'PENILAI_SKP_NOT_APPROVED',
  'RHK_PARENT_REQUIRED',
  'RHK_PARENT_NOT_IN_FORCE',
  'CASCADING_TYPE_REQUIRED',
  'PERSPEKTIF_REQUIRED',
  'PERSPEKTIF_JPT_ONLY',
] as const;
export type CascadeIssueCode = (typeof CASCADE_ISSUE_CODES)[number];

export interface CascadeIssue {
  code: CascadeIssueCode;
  /** The RHK concerned; null for a problem of the whole SKP. */
  rhkId: string | null;
  message: string;
}

function overlaps(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Every reason the SKP cannot be submitted yet under the cascade rule; empty when it can. */
export function checkCascade(input: CascadeInput): CascadeIssue[] {
  const issues: CascadeIssue[] = [];
  if (!input.rhk.some((r) => r.jenis === 'utama')) {
    issues.push({ code: 'RHK_UTAMA_MISSING', rhkId: null, message: 'SKP belum memiliki Rencana Hasil Kerja (RHK) utama.' });
  }
  if (input.form === 'jpt') {
    for (const r of input.rhk) {
      if (r.perspektif === null) {
        issues.push({ code: 'PERSPEKTIF_REQUIRED', rhkId: r.id, message: 'RHK pada SKP JPT wajib memiliki perspektif (Penerima Layanan, Proses Bisnis, Penguatan Internal, atau Anggaran).' });
      }
    }
    return issues;
  }

  for (const r of input.rhk) {
    if (r.perspektif !== null) {
      issues.push({ code: 'PERSPEKTIF_JPT_ONLY', rhkId: r.id, message: 'Perspektif hanya diisi pada SKP Jabatan Pimpinan Tinggi; hapus perspektif dari RHK ini.' });
    }
  }

  const linked = input.rhk.filter((r) => r.jenis === 'utama' || r.parentRhkId !== null);
  if (linked.length === 0) return issues;
  if (input.penilaiSkps === null) {
    issues.push({ code: 'PENILAI_MISSING', rhkId: null, message: 'Pejabat penilai kinerja belum ditentukan, sehingga RHK atasan yang diintervensi belum dapat dipilih. Hubungi pengelola kinerja.' });
    return issues;
  }
  const inForce = new Set(input.penilaiSkps.filter((s) => overlaps(s.period, input.period)).flatMap((s) => s.rhkIds));
  if (inForce.size === 0) {
    // Nothing to link to yet: one issue for the SKP, not one per RHK for a choice nobody can make.
    issues.push({ code: 'PENILAI_SKP_NOT_APPROVED', rhkId: null, message: 'SKP pejabat penilai untuk periode ini belum disetujui, sehingga RHK yang mengintervensi RHK atasan belum dapat diajukan.' });
    return issues;
  }
  for (const r of linked) {
    if (r.parentRhkId === null) {
      issues.push({ code: 'RHK_PARENT_REQUIRED', rhkId: r.id, message: 'RHK utama wajib mengintervensi RHK pejabat penilai: pilih RHK atasan yang diintervensi.' });
      continue;
    }
    if (!inForce.has(r.parentRhkId)) {
      issues.push({
        code: 'RHK_PARENT_NOT_IN_FORCE',
        rhkId: r.id,
        message: 'RHK atasan yang diintervensi tidak ada pada SKP pejabat penilai yang berlaku untuk periode ini (dihapus pada revisi SKP atasan, atau pejabat penilai telah berganti). Pilih kembali RHK atasan.',
      });
    }
    if (r.cascadingType === null) {
      issues.push({ code: 'CASCADING_TYPE_REQUIRED', rhkId: r.id, message: 'Pilih jenis cascading (langsung atau tidak langsung) untuk RHK yang mengintervensi RHK atasan.' });
    }
  }
  return issues;
}
