import { evaluationHasilKerjaRows, evaluationPerilakuRows, localDateOf, type EvaluationPrintFeedback, type EvaluationPrintRhkInput, type Pendekatan, type Principal, type SkpForm } from '@kinerja/core';
import type { EvaluationSummary } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { peopleOf } from '../skp/index.js';
import { agencyHeading, renderPdf, rhkTexts } from '../skp-print/index.js';
import { evaluationDetailDocument, type EvaluationDetailPrintModel } from './detail-layout.js';
import { slug, snapshot, type EvaluationPdf } from './document.js';
import { skpFormFacts } from './queries/documents.js';
import { EVALUATION_NOT_FOUND, evaluationDetail } from './service.js';

/**
 * What the Evaluasi Kinerja form shows, for the evaluation's readers (evaluation.read, through
 * evaluationDetail, which also records the read): the RHK and IKI of the SKP's version in force with
 * the realisasi and bukti dukung, the umpan balik and the employee's answers (oldest first), the
 * BerAKHLAK values with the Ekspektasi Khusus Pimpinan, the ratings and the predikat as the screen
 * shows them; the people from the SKP's snapshot; the intervened RHK from the penilai's agency, as the
 * printed SKP reads them.
 */
export async function evaluationDetailPrintModel(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string): Promise<EvaluationDetailPrintModel> {
  const detail = await evaluationDetail(ctx, p, agencyId, evaluationId);
  // The schema refers to EvaluationSummary by $ref, which Static leaves as unknown.
  const e = detail.evaluation as EvaluationSummary;
  const [people, agency, facts] = await Promise.all([peopleOf(ctx.db, agencyId, e.skpId), agencyHeading(ctx.db, agencyId), skpFormFacts(ctx.db, agencyId, e.skpId)]);
  const pegawai = snapshot(people.find((x) => x.role === 'pegawai'));
  const penilaiRow = people.find((x) => x.role === 'pejabat_penilai');
  if (!pegawai || !agency || !facts.skp) throw new AppError('NOT_FOUND', EVALUATION_NOT_FOUND);
  const form = facts.skp.form as SkpForm;
  const byRhk = new Map(facts.rhk.map((r) => [r.id, r]));
  const rhk: EvaluationPrintRhkInput[] = detail.rhk.map((r) => {
    const f = byRhk.get(r.id);
    return {
      id: r.id,
      jenis: r.jenis,
      text: r.text,
      parentRhkId: f?.parent_rhk_id ?? null,
      perspektif: (f?.perspektif ?? null) as EvaluationPrintRhkInput['perspektif'],
      penugasanDari: f?.penugasan_dari ?? null,
      iki: r.iki.map((k) => ({ id: k.id, aspek: k.aspek, text: k.text, target: k.target, realisasi: k.realisasi ? { text: k.realisasi.text, bukti: k.realisasi.bukti } : null })),
      rencanaAksi: (r.rencanaAksi ?? []).map((a) => ({ label: a.label, text: a.text, target: a.target, realisasi: a.realisasi?.text ?? null })),
    };
  });
  const parentIds = [...new Set(rhk.flatMap((r) => (r.parentRhkId ? [r.parentRhkId] : [])))];
  const parentTexts = new Map<string, string>();
  if (parentIds.length > 0 && form !== 'jpt') {
    for (const row of await rhkTexts(ctx.db, penilaiRow?.personAgencyId ?? agencyId, parentIds)) if (!parentTexts.has(row.id)) parentTexts.set(row.id, row.text);
  }
  const feedback: EvaluationPrintFeedback[] = [...detail.feedback]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((f) => ({ target: f.target, targetId: f.targetId, preset: f.preset, text: f.text, answer: f.answer?.text ?? null }));
  const final = e.status === 'final';
  return {
    agencyName: agency.name,
    form,
    pendekatan: facts.skp.pendekatan as Pendekatan,
    label: e.label,
    covered: { from: e.coveredFrom, to: e.coveredTo },
    final,
    finalisedOn: final && e.finalisedAt ? localDateOf(new Date(e.finalisedAt), agency.time_zone) : null,
    pegawai,
    penilai: snapshot(penilaiRow),
    hasilKerja: evaluationHasilKerjaRows(rhk, feedback, parentTexts, form),
    perilaku: evaluationPerilakuRows(Object.fromEntries(detail.perilaku.map((x) => [x.id, x.ekspektasi])), feedback),
    leadsOrganisation: detail.leadsOrganisation,
    capaianOrganisasi: detail.capaianOrganisasi,
    ratingHasilKerja: e.ratingHasilKerja,
    ratingPerilakuKerja: e.ratingPerilakuKerja,
    predikat: e.predikat,
    note: detail.ratingNote,
  };
}

/** The Evaluasi Kinerja form (detail) as an A4 landscape PDF; a draft (not finalised) is marked DRAF. */
export async function evaluationDetailPdf(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string): Promise<EvaluationPdf> {
  const model = await evaluationDetailPrintModel(ctx, p, agencyId, evaluationId);
  const bytes = await renderPdf(evaluationDetailDocument(model));
  const nip = (model.pegawai.nip ?? '').replace(/\D/g, '');
  const fileName = `Evaluasi-Kinerja-Rinci-${nip || 'pegawai'}-${model.covered.from.slice(0, 4)}-${slug(model.label) || 'periode'}${model.final ? '' : '-draf'}.pdf`;
  return { bytes, fileName };
}
