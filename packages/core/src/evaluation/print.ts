/**
 * What the printed Evaluasi Kinerja form says in words (PermenPANRB 6/2022 lampiran, "EVALUASI
 * KINERJA PEGAWAI … PERIODE …"): the Hasil Kerja rows of the SKP as the SKP prints them, each IKI
 * with its realisasi berdasarkan bukti dukung and each RHK with its umpan balik berkelanjutan, and
 * the seven BerAKHLAK values with the Ekspektasi Khusus Pimpinan and their umpan balik. The server
 * lays these out on A4; nothing here knows about PDF.
 */
import { ASPEK_IKI, PERSPEKTIF_LABEL, type AspekIki, type JenisRhk, type Perspektif, type SkpForm } from '../skp/forms.js';
import { ASPEK_LABEL } from '../skp/print.js';
import { BERAKHLAK, BERAKHLAK_VALUES } from '../skp/berakhlak.js';
import { FEEDBACK_PRESET_LABEL, type FeedbackPreset, type FeedbackTarget } from './feedback.js';

export interface EvaluationPrintFeedback {
  target: FeedbackTarget;
  targetId: string;
  preset: FeedbackPreset | null;
  text: string;
  /** The employee's answer, if any. */
  answer: string | null;
}

export interface EvaluationPrintRhkInput {
  id: string;
  jenis: JenisRhk;
  text: string;
  parentRhkId: string | null;
  perspektif: Perspektif | null;
  penugasanDari: string | null;
  iki: readonly {
    id: string;
    aspek: AspekIki | null;
    text: string;
    target: string;
    realisasi: { text: string; bukti: readonly ({ kind: 'link'; url: string } | { kind: 'file'; sha256: string })[] } | null;
  }[];
  /** The SKP's rencana aksi of this RHK in the covered days (issue 16), each with its realisasi. */
  rencanaAksi?: readonly { label: string; text: string; target: string; realisasi: string | null }[];
}

/** One umpan balik as printed: the preset phrase and the free text in one sentence, and the employee's answer. */
export interface PrintedFeedback {
  text: string;
  answer: string | null;
}

export interface EvaluationPrintRhk {
  no: number;
  text: string;
  parentText: string | null;
  parentMissing: boolean;
  perspektif: string | null;
  penugasanDari: string | null;
  /** Umpan balik on the RHK itself, then on its IKI (named by aspect or number when the RHK has more than one). */
  umpanBalik: { about: string | null; feedback: PrintedFeedback }[];
  /** At least one line, as the SKP prints. */
  iki: { aspek: string; text: string; target: string; realisasi: string | null; bukti: string[] }[];
  /** Its rencana aksi in the covered days, in the order given, each as '<label>: <text> (target: …)' and its realisasi. */
  rencanaAksi: { text: string; realisasi: string | null }[];
}

export interface EvaluationPrintPerilaku {
  no: number;
  label: string;
  panduan: readonly string[];
  ekspektasi: string;
  umpanBalik: PrintedFeedback[];
}

/** '<preset>. <text>' with either part left out when empty; '-' when both are. */
export function feedbackSentence(preset: FeedbackPreset | null, text: string): string {
  const parts = [preset ? FEEDBACK_PRESET_LABEL[preset] : '', text.trim()].filter((s) => s !== '');
  if (parts.length === 0) return '-';
  return parts.map((s, i) => (i < parts.length - 1 && !/[.!?]$/.test(s) ? `${s}.` : s)).join(' ');
}

const printed = (f: EvaluationPrintFeedback): PrintedFeedback => ({ text: feedbackSentence(f.preset, f.text), answer: f.answer && f.answer.trim() !== '' ? f.answer.trim() : null });

/** A bukti dukung as the form lists it: a link as its address, a file of the evidence store by the start of its SHA-256. */
export function buktiLine(b: { kind: 'link'; url: string } | { kind: 'file'; sha256: string }): string {
  return b.kind === 'link' ? b.url : `Berkas bukti dukung ${b.sha256.slice(0, 12)}`;
}

/**
 * The Hasil Kerja of the evaluation: utama then tambahan, numbered from 1 in stored order; IKI in the
 * order kuantitas, kualitas, waktu, biaya (IKI without an aspect, JPT, in stored order), each with
 * its realisasi and bukti; umpan balik in the order given (the caller's: oldest first). Feedback
 * naming an RHK or IKI not in `rhk` is left out (it cannot be placed on the form).
 */
export function evaluationHasilKerjaRows(
  rhk: readonly EvaluationPrintRhkInput[],
  feedback: readonly EvaluationPrintFeedback[],
  parentTexts: ReadonlyMap<string, string>,
  form: SkpForm,
): { utama: EvaluationPrintRhk[]; tambahan: EvaluationPrintRhk[] } {
  const rank = (a: AspekIki | null) => (a === null ? ASPEK_IKI.length : ASPEK_IKI.indexOf(a));
  const rows = (jenis: JenisRhk): EvaluationPrintRhk[] =>
    rhk
      .filter((r) => r.jenis === jenis)
      .map((r, i) => {
        const iki = r.iki
          .map((k, at) => ({ k, at }))
          .sort((a, b) => rank(a.k.aspek) - rank(b.k.aspek) || a.at - b.at)
          .map(({ k }) => k);
        const many = iki.length > 1;
        const ikiName = (k: (typeof iki)[number], at: number) => (k.aspek !== null ? `IKI ${ASPEK_LABEL[k.aspek].toLowerCase()}` : `IKI ${at + 1}`);
        const umpanBalik = [
          ...feedback.filter((f) => f.target === 'rhk' && f.targetId === r.id).map((f) => ({ about: null, feedback: printed(f) })),
          ...iki.flatMap((k, at) => feedback.filter((f) => f.target === 'iki' && f.targetId === k.id).map((f) => ({ about: many ? ikiName(k, at) : null, feedback: printed(f) }))),
        ];
        const parentText = r.parentRhkId === null ? null : (parentTexts.get(r.parentRhkId) ?? null);
        return {
          no: i + 1,
          text: r.text,
          parentText: form === 'jpt' ? null : parentText,
          parentMissing: form !== 'jpt' && r.parentRhkId !== null && parentText === null,
          perspektif: r.perspektif === null ? null : PERSPEKTIF_LABEL[r.perspektif],
          penugasanDari: r.penugasanDari && r.penugasanDari.trim() !== '' ? r.penugasanDari : null,
          umpanBalik,
          iki:
            iki.length > 0
              ? iki.map((k) => ({
                  aspek: k.aspek === null ? '' : ASPEK_LABEL[k.aspek],
                  text: k.text,
                  target: k.target,
                  realisasi: k.realisasi ? k.realisasi.text : null,
                  bukti: k.realisasi ? k.realisasi.bukti.map(buktiLine) : [],
                }))
              : [{ aspek: '', text: '', target: '', realisasi: null, bukti: [] }],
          rencanaAksi: (r.rencanaAksi ?? []).map((a) => ({
            text: `${a.label}: ${a.text}${a.target.trim() !== '' ? ` (target: ${a.target.trim()})` : ''}`,
            realisasi: a.realisasi !== null && a.realisasi.trim() !== '' ? a.realisasi.trim() : null,
          })),
        };
      });
  return { utama: rows('utama'), tambahan: rows('tambahan') };
}

/** The seven BerAKHLAK values in the form's order, each with its panduan, the leader's expectation and its umpan balik. */
export function evaluationPerilakuRows(ekspektasi: Readonly<Record<string, string>>, feedback: readonly EvaluationPrintFeedback[]): EvaluationPrintPerilaku[] {
  return BERAKHLAK_VALUES.map((v, i) => ({
    no: i + 1,
    label: BERAKHLAK[v].label,
    panduan: BERAKHLAK[v].panduanPerilaku,
    ekspektasi: ekspektasi[v]?.trim() ? ekspektasi[v]!.trim() : '-',
    umpanBalik: feedback.filter((f) => f.target === 'perilaku' && f.targetId === v).map(printed),
  }));
}
