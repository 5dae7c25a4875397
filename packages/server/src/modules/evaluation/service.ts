import {
  angkaKredit,
  BERAKHLAK_VALUES,
  canReadAgency,
  checkDistribution,
  checkFinalisation,
  evaluationPeriodsOf,
  evaluationPeriodWithin,
  resolveEvaluationSettings,
  type CapaianOrganisasi,
  type EvaluationSettings,
  type JfLevel,
  type Predikat,
  type Principal,
} from '@kinerja/core';
import type {
  BuktiDukung,
  EvaluationDetail,
  EvaluationOpenBody,
  EvaluationPeriodsAnswer,
  EvaluationProposalAnswer,
  EvaluationSummary,
  FeedbackBody,
  RatingBody,
  RealisasiAksiBody,
  RealisasiBody,
} from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { allowedIds, may, requireAccess, type Permission } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { recordReads } from '../data-reads/index.js';
import { employeesOfAccounts } from '../org/index.js';
import { agencyToday, settingsOn } from '../settings/index.js';
import { rencanaAksiWithin } from '../skp/index.js';
import { realisasiAksiOf, upsertRealisasiAksi } from './queries/realisasi-aksi.js';
import { curvesOf, livePredikat, organisationContext } from './organisation.js';
import {
  answerFeedback,
  approvedWorkPerRhk,
  evaluationOfPeriod,
  evaluationRow,
  evaluationSkp,
  evaluationsOfSkp,
  eventOfRequest,
  eventsOf,
  feedbackOf,
  feedbackRow,
  insertEvaluation,
  insertEvent,
  insertFeedback,
  realisasiOf,
  saveRating,
  setFinal,
  skpRhkIki,
  updateFeedback,
  upsertRealisasi,
  type EvaluationRow,
  type EvaluationSkpRow,
} from './queries.js';

export const EVALUATION_NOT_FOUND = 'Evaluasi kinerja tidak ditemukan.';
const SKP_NOT_FOUND = 'SKP tidak ditemukan.';

/** The agency's evaluation settings in force on a date. */
export async function evaluationSettingsOn(db: Db, agencyId: string, date: string): Promise<EvaluationSettings> {
  return resolveEvaluationSettings((await settingsOn(db, agencyId, date)).evaluation);
}

interface SkpPeriod {
  kind: 'periodik' | 'tahunan';
  label: string;
  periodFrom: string;
  periodTo: string;
  coveredFrom: string;
  coveredTo: string;
  creditedMonths: number;
}

/**
 * The evaluation periods of one SKP: the agency's periodic ones (the frequency in force when the SKP
 * starts) and the annual one, each cut to the days the SKP covers (core evaluationPeriodWithin).
 */
function periodsOfSkp(skp: { period_from: string; period_to: string }, settings: EvaluationSettings): SkpPeriod[] {
  const out: SkpPeriod[] = [];
  const skpPeriod = { from: skp.period_from, to: skp.period_to };
  for (let year = Number(skp.period_from.slice(0, 4)); year <= Number(skp.period_to.slice(0, 4)); year++) {
    for (const [kind, frequency] of [['periodik', settings.frequency], ['tahunan', 'tahunan']] as const) {
      for (const period of evaluationPeriodsOf(year, frequency)) {
        const within = evaluationPeriodWithin(period, skpPeriod);
        if (!within) continue;
        out.push({
          kind,
          label: period.label,
          periodFrom: period.period.from,
          periodTo: period.period.to,
          coveredFrom: within.period.from,
          coveredTo: within.period.to,
          creditedMonths: within.creditedMonths.length,
        });
      }
    }
  }
  return out;
}

function iso(d: Date | string): string {
  return (d instanceof Date ? d : new Date(d)).toISOString();
}

export function summaryOf(row: EvaluationRow, skp: EvaluationSkpRow, live: { ratingHasilKerja: string | undefined; predikat: Predikat | undefined }): EvaluationSummary {
  return {
    id: row.id,
    agencyId: row.agency_id,
    skpId: row.skp_id,
    employeeId: skp.employee_id,
    employeeName: skp.employee_name,
    kind: row.kind,
    label: row.label,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    coveredFrom: row.covered_from,
    coveredTo: row.covered_to,
    creditedMonths: row.credited_months,
    status: row.status,
    ratingHasilKerja: (live.ratingHasilKerja ?? null) as EvaluationSummary['ratingHasilKerja'],
    ratingPerilakuKerja: row.rating_perilaku_kerja as EvaluationSummary['ratingPerilakuKerja'],
    predikat: live.predikat ?? null,
    angkaKredit: row.angka_kredit === null ? null : Number(row.angka_kredit),
    finalisedAt: row.finalised_at ? iso(row.finalised_at) : null,
    updatedAt: iso(row.updated_at),
  };
}

async function skpOrNotFound(db: Db, agencyId: string, skpId: string): Promise<EvaluationSkpRow> {
  const skp = await evaluationSkp(db, agencyId, skpId);
  if (!skp) throw new AppError('NOT_FOUND', SKP_NOT_FOUND);
  return skp;
}

function requireApproved(skp: EvaluationSkpRow): number {
  if (skp.version_in_force === null) throw new AppError('CONFLICT', 'SKP ini belum disetujui; evaluasi kinerja dimulai setelah SKP disetujui pejabat penilai.');
  return skp.version_in_force;
}

const isJf = (skp: EvaluationSkpRow) => skp.position_kind === 'fungsional' && skp.jf_level !== null;

/** The periods of an SKP with their evaluations (as far as opened), and the angka kredit of the finalised periodic ones. */
export async function skpEvaluations(ctx: AppContext, p: Principal, agencyId: string, skpId: string): Promise<EvaluationPeriodsAnswer> {
  await requireAccess(ctx, p, 'evaluation.read', { agencyId, ids: [skpId] });
  const skp = await skpOrNotFound(ctx.db, agencyId, skpId);
  const settings = await evaluationSettingsOn(ctx.db, agencyId, skp.period_from);
  const rows = await evaluationsOfSkp(ctx.db, agencyId, skpId);
  const orgs = new Map<string, Awaited<ReturnType<typeof organisationContext>>>();
  const items = [];
  for (const period of periodsOfSkp(skp, settings)) {
    const row = rows.find((r) => r.period_from === period.periodFrom && r.period_to === period.periodTo);
    let evaluation: EvaluationSummary | null = null;
    if (row) {
      const key = `${row.period_from}/${row.period_to}`;
      if (!orgs.has(key)) orgs.set(key, await organisationContext(ctx.db, agencyId, row.period_from, row.period_to));
      evaluation = summaryOf(row, skp, liveOf(row, skp, orgs.get(key)!));
    }
    items.push({ ...period, evaluation });
  }
  // Evaluations opened under an earlier frequency stay listed.
  for (const row of rows) {
    if (items.some((i) => i.evaluation?.id === row.id)) continue;
    const org = await organisationContext(ctx.db, agencyId, row.period_from, row.period_to);
    items.push({ kind: row.kind, label: row.label, periodFrom: row.period_from, periodTo: row.period_to, coveredFrom: row.covered_from, coveredTo: row.covered_to, creditedMonths: row.credited_months, evaluation: summaryOf(row, skp, liveOf(row, skp, org)) });
  }
  const ak = isJf(skp) ? rows.filter((r) => r.kind === 'periodik' && r.status === 'final' && r.angka_kredit !== null).reduce((sum, r) => sum + Number(r.angka_kredit), 0) : null;
  return { skpId, employeeId: skp.employee_id, frequency: settings.frequency, items, angkaKreditPeriodik: ak };
}

function liveOf(row: EvaluationRow, skp: EvaluationSkpRow, org: Awaited<ReturnType<typeof organisationContext>>) {
  const { ledUnit } = org.place(skp.unit_id, skp.is_unit_head);
  return livePredikat(row, ledUnit ? (org.capaianOf.get(ledUnit) ?? null) : null, ledUnit !== undefined);
}

/**
 * Opens the evaluation of one period of an approved SKP, or answers the one already open (idempotent):
 * by the employee or the pejabat penilai.
 */
export async function openEvaluation(ctx: AppContext, p: Principal, agencyId: string, skpId: string, body: EvaluationOpenBody): Promise<string> {
  await requireAccess(ctx, p, 'evaluation.read', { agencyId, ids: [skpId] });
  if (!(await may(ctx, p, 'evaluation.self', { agencyId, ids: [skpId] })) && !(await may(ctx, p, 'evaluation.rate', { agencyId, ids: [skpId] }))) {
    throw new AppError('FORBIDDEN', 'Evaluasi kinerja dibuka oleh pegawai yang dinilai atau pejabat penilainya.');
  }
  const skp = await skpOrNotFound(ctx.db, agencyId, skpId);
  requireApproved(skp);
  const settings = await evaluationSettingsOn(ctx.db, agencyId, skp.period_from);
  const period = periodsOfSkp(skp, settings).find((x) => x.kind === body.kind && x.periodFrom === body.periodFrom);
  if (!period) {
    const message = 'Periode penilaian tidak dikenal untuk SKP ini; pilih salah satu periode dari daftar periode evaluasi SKP.';
    throw new AppError('VALIDATION', message, [{ field: 'periodFrom', message }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = newId();
    const inserted = await insertEvaluation(trx, {
      agency_id: agencyId,
      id,
      skp_id: skpId,
      kind: period.kind,
      label: period.label,
      period_from: period.periodFrom,
      period_to: period.periodTo,
      covered_from: period.coveredFrom,
      covered_to: period.coveredTo,
      credited_months: period.creditedMonths,
    });
    const row = await evaluationOfPeriod(trx, agencyId, skpId, period.periodFrom, period.periodTo);
    if (Number(inserted[0]?.numInsertedOrUpdatedRows ?? 0) > 0) {
      await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'evaluation.opened', entity: 'evaluation', entityId: id, data: { skpId, kind: period.kind, periodFrom: period.periodFrom, periodTo: period.periodTo } });
    }
    return row!.id;
  });
}

/** An evaluation after `permission` on its SKP: 404 when the agency has no such evaluation. */
async function evaluationFor(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, permission: Permission): Promise<{ row: EvaluationRow; skp: EvaluationSkpRow }> {
  const row = await evaluationRow(ctx.db, agencyId, evaluationId, false);
  if (!row) throw new AppError('NOT_FOUND', EVALUATION_NOT_FOUND);
  if (permission !== 'evaluation.read') await requireAccess(ctx, p, 'evaluation.read', { agencyId, ids: [row.skp_id] });
  await requireAccess(ctx, p, permission, { agencyId, ids: [row.skp_id] });
  return { row, skp: await skpOrNotFound(ctx.db, agencyId, row.skp_id) };
}

/** Inside a write: the evaluation locked, refused once final. */
async function lockedOpen(trx: Db, agencyId: string, evaluationId: string): Promise<EvaluationRow> {
  const row = await evaluationRow(trx, agencyId, evaluationId, true);
  if (!row) throw new AppError('NOT_FOUND', EVALUATION_NOT_FOUND);
  if (row.status === 'final') throw new AppError('EVALUATION_FINALISED');
  return row;
}

interface Judgement {
  leads: boolean;
  capaian: CapaianOrganisasi | null;
  ratingHasilKerja: string | undefined;
  predikat: Predikat | undefined;
  curve: Awaited<ReturnType<typeof curvesOf>>[number] | null;
  check: ReturnType<typeof checkFinalisation>;
}

/** Where the evaluation stands now: its predikat, its organisation's curve, and core's finalisation check. */
async function judge(db: Db, agencyId: string, row: EvaluationRow, skp: EvaluationSkpRow, today: string): Promise<Judgement> {
  const [org, settings] = await Promise.all([organisationContext(db, agencyId, row.period_from, row.period_to), evaluationSettingsOn(db, agencyId, today)]);
  const { curveUnit, ledUnit } = org.place(skp.unit_id, skp.is_unit_head);
  const leads = ledUnit !== undefined;
  const ledCapaian = ledUnit ? (org.capaianOf.get(ledUnit) ?? null) : null;
  const live = livePredikat(row, ledCapaian, leads);
  const curve = curveUnit ? ((await curvesOf(db, agencyId, row.period_from, row.period_to, org)).find((c) => c.unitId === curveUnit) ?? null) : null;
  const curveCapaian = curveUnit ? (org.capaianOf.get(curveUnit) ?? null) : null;
  const check = checkFinalisation({
    leadsOrganisation: leads,
    // A leader's rating follows the unit they lead; the curve they count in is the one above.
    capaianOrganisasi: leads ? ledCapaian : curveCapaian,
    ratingHasilKerja: row.rating_hasil_kerja as never,
    ratingPerilakuKerja: row.rating_perilaku_kerja as never,
    breaches: curve && curveCapaian ? checkDistribution(curveCapaian, curve.counts) : [],
    curvePolicy: settings.curvePolicy,
  });
  return { leads, capaian: leads ? ledCapaian : curveCapaian, ratingHasilKerja: live.ratingHasilKerja, predikat: live.predikat, curve, check };
}

/** The evaluation screen: the SKP's RHK/IKI with realisasi, perilaku, umpan balik, ratings, check and curve. */
export async function evaluationDetail(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string): Promise<EvaluationDetail> {
  const { row, skp } = await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.read');
  const version = requireApproved(skp);
  const today = await agencyToday(ctx, agencyId);
  await recordReads(ctx, p, agencyId, [skp.employee_id], 'evaluation', today);
  const [content, realisasi, feedback, events, judgement, self, rate, reopen, curveReader, aksi, realisasiAksi] = await Promise.all([
    skpRhkIki(ctx.db, agencyId, skp.id, version),
    realisasiOf(ctx.db, agencyId, row.id),
    feedbackOf(ctx.db, agencyId, row.id),
    eventsOf(ctx.db, agencyId, row.id),
    judge(ctx.db, agencyId, row, skp, today),
    allowedIds(ctx, p, 'evaluation.self', { agencyId, ids: [skp.id] }),
    allowedIds(ctx, p, 'evaluation.rate', { agencyId, ids: [skp.id] }),
    allowedIds(ctx, p, 'evaluation.reopen', { agencyId, ids: [skp.id] }),
    Promise.resolve(canReadAgency(p, agencyId)),
    rencanaAksiWithin(ctx.db, agencyId, skp.id, { from: row.covered_from, to: row.covered_to }),
    realisasiAksiOf(ctx.db, agencyId, row.id),
  ]);
  const byAksi = new Map(realisasiAksi.map((r) => [r.rencana_aksi_id, r]));
  const capacities: EvaluationDetail['capacities'] = [];
  if (self.has(skp.id)) capacities.push('pegawai');
  if (rate.has(skp.id)) capacities.push('pejabat_penilai');
  if (reopen.has(skp.id) && !rate.has(skp.id)) capacities.push('pengelola_kinerja');
  const byIki = new Map(realisasi.map((r) => [r.iki_id, r]));
  const actorOf = await employeesOfAccounts(ctx.db, [...feedback, ...events]);
  return {
    evaluation: summaryOf(row, skp, judgement),
    ratingNote: row.rating_note,
    leadsOrganisation: judgement.leads,
    capaianOrganisasi: judgement.capaian,
    jf: isJf(skp),
    rhk: content.rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis as 'utama' | 'tambahan',
      text: r.text,
      iki: content.iki
        .filter((i) => i.rhk_id === r.id)
        .map((i) => {
          const real = byIki.get(i.id);
          return {
            id: i.id,
            aspek: i.aspek as EvaluationDetail['rhk'][number]['iki'][number]['aspek'],
            text: i.text,
            target: i.target,
            realisasi: real ? { text: real.text, bukti: real.bukti as BuktiDukung[], updatedAt: iso(real.updated_at) } : null,
          };
        }),
      rencanaAksi: aksi
        .filter((a) => a.rhkId === r.id)
        .map(({ rhkId: _rhk, ...a }) => {
          const real = byAksi.get(a.id);
          return { ...a, realisasi: real ? { text: real.text, updatedAt: iso(real.updated_at) } : null };
        }),
    })),
    perilaku: BERAKHLAK_VALUES.map((id) => ({ id, ekspektasi: content.perilaku.find((x) => x.id === id)?.ekspektasi ?? '' })),
    feedback: feedback.map((f) => ({
        id: f.id,
        target: f.target as FeedbackBody['target'],
        targetId: f.target_id,
        preset: f.preset as FeedbackBody['preset'],
        text: f.text,
        authorName: actorOf(f)?.name ?? f.display_name,
        at: iso(f.created_at),
        answer: f.answer_text !== null && f.answered_at ? { text: f.answer_text, at: iso(f.answered_at) } : null,
      })),
    check: { blocking: [...judgement.check.blocking], warnings: [...judgement.check.warnings] },
    curve: rate.has(skp.id) || curveReader ? judgement.curve : null,
    capacities,
    events: events.map((e) => ({ action: e.action, reason: e.reason, actorName: actorOf(e)?.name ?? e.display_name, at: iso(e.at) })),
  };
}

/** The journal's proposal: approved minutes and volume per RHK of the SKP in the covered days. */
export async function journalProposal(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string): Promise<EvaluationProposalAnswer> {
  const { row, skp } = await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.read');
  const content = await skpRhkIki(ctx.db, agencyId, skp.id, requireApproved(skp));
  const work = await approvedWorkPerRhk(ctx.db, agencyId, skp.employee_id, row.covered_from, row.covered_to);
  const byRhk = new Map(work.filter((w) => w.rhk_id !== null).map((w) => [w.rhk_id!, w]));
  const unlinked = { entries: 0, minutes: 0 };
  for (const w of work) {
    if (w.rhk_id !== null && content.rhk.some((r) => r.id === w.rhk_id)) continue;
    unlinked.entries += Number(w.entries);
    unlinked.minutes += Number(w.minutes);
  }
  return {
    items: content.rhk.map((r) => {
      const w = byRhk.get(r.id);
      return { rhkId: r.id, rhkText: r.text, entries: Number(w?.entries ?? 0), minutes: Number(w?.minutes ?? 0), volume: Number(w?.volume ?? 0) };
    }),
    unlinked,
  };
}

/** Bukti compared by what they name (jsonb keeps its own key order). */
function buktiKey(bukti: readonly BuktiDukung[]): string {
  return bukti.map((b) => (b.kind === 'link' ? `link ${b.url}` : `file ${b.sha256}`)).join('\n');
}

/** The employee's realisasi of one IKI with bukti dukung; a repeat with the same content changes nothing. */
export async function saveRealisasi(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, ikiId: string, body: RealisasiBody): Promise<void> {
  const { skp } = await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.self');
  const content = await skpRhkIki(ctx.db, agencyId, skp.id, requireApproved(skp));
  const iki = content.iki.find((i) => i.id === ikiId);
  if (!iki) throw new AppError('NOT_FOUND', 'IKI tidak ada pada SKP yang berlaku untuk evaluasi ini.');
  const files = body.bukti.flatMap((b, i) => (b.kind === 'file' ? [{ i, sha256: b.sha256 }] : []));
  if (files.length > 0) {
    const readable = await allowedIds(ctx, p, 'evidence.read', { ids: files.map((f) => f.sha256) });
    const missing = files.filter((f) => !readable.has(f.sha256));
    if (missing.length > 0) throw new AppError('EVIDENCE_MISSING', undefined, missing.map((f) => ({ field: `bukti[${f.i}].sha256`, message: 'Berkas bukti belum diunggah atau bukan milik Anda.' })));
  }
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockedOpen(trx, agencyId, evaluationId);
    const before = (await realisasiOf(trx, agencyId, row.id)).find((r) => r.iki_id === ikiId);
    if (before && before.text === body.realisasi && buktiKey(before.bukti) === buktiKey(body.bukti)) return;
    await upsertRealisasi(trx, { agencyId, evaluationId, ikiId, rhkId: iki.rhk_id, text: body.realisasi, bukti: body.bukti, accountId: p.accountId, at: ctx.now() });
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'evaluation.realisasi_saved', entity: 'evaluation', entityId: evaluationId, data: { ikiId, realisasi: body.realisasi, bukti: body.bukti } });
  });
}

/** The employee's realisasi of one rencana aksi of the covered days (issue 16 item 5); a repeat changes nothing. */
export async function saveRealisasiAksi(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, rencanaAksiId: string, body: RealisasiAksiBody): Promise<void> {
  const { row, skp } = await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.self');
  const content = await skpRhkIki(ctx.db, agencyId, skp.id, requireApproved(skp));
  const aksi = (await rencanaAksiWithin(ctx.db, agencyId, skp.id, { from: row.covered_from, to: row.covered_to })).find((a) => a.id === rencanaAksiId && content.rhk.some((r) => r.id === a.rhkId));
  if (!aksi) throw new AppError('NOT_FOUND', 'Rencana aksi tidak ada pada periode evaluasi ini (atau RHK-nya tidak ada pada SKP yang berlaku).');
  await ctx.db.transaction().execute(async (trx) => {
    await lockedOpen(trx, agencyId, evaluationId);
    const before = (await realisasiAksiOf(trx, agencyId, evaluationId)).find((r) => r.rencana_aksi_id === rencanaAksiId);
    if (before && before.text === body.realisasi) return;
    await upsertRealisasiAksi(trx, { agencyId, evaluationId, rencanaAksiId, rhkId: aksi.rhkId, text: body.realisasi, accountId: p.accountId, at: ctx.now() });
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'evaluation.realisasi_aksi_saved', entity: 'evaluation', entityId: evaluationId, data: { rencanaAksiId, realisasi: body.realisasi } });
  });
}

/** The penilai's umpan balik (the id is the client's: a repeat changes nothing, a new text edits it). */
export async function saveFeedback(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, feedbackId: string, body: FeedbackBody): Promise<void> {
  const { skp } = await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.rate');
  const content = await skpRhkIki(ctx.db, agencyId, skp.id, requireApproved(skp));
  const known =
    body.target === 'rhk'
      ? content.rhk.some((r) => r.id === body.targetId)
      : body.target === 'iki'
        ? content.iki.some((i) => i.id === body.targetId)
        : (BERAKHLAK_VALUES as readonly string[]).includes(body.targetId);
  if (!known) {
    const message = body.target === 'perilaku' ? 'Nilai BerAKHLAK tidak dikenal.' : `${body.target === 'rhk' ? 'RHK' : 'IKI'} tidak ada pada SKP yang berlaku untuk evaluasi ini.`;
    throw new AppError('VALIDATION', message, [{ field: 'targetId', message }]);
  }
  const text = body.text.trim();
  if (!body.preset && text === '') {
    const message = 'Pilih umpan balik yang tersedia atau tulis umpan balik.';
    throw new AppError('VALIDATION', message, [{ field: 'text', message }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await lockedOpen(trx, agencyId, evaluationId);
    const existing = await feedbackRow(trx, agencyId, feedbackId);
    const at = ctx.now();
    if (existing) {
      if (existing.evaluation_id !== evaluationId || existing.target !== body.target || existing.target_id !== body.targetId) {
        throw new AppError('CONFLICT', 'Umpan balik dengan id ini sudah ada untuk hal lain.');
      }
      if (existing.text === text && existing.preset === body.preset) return;
      await updateFeedback(trx, agencyId, feedbackId, { preset: body.preset, text, at });
    } else {
      await insertFeedback(trx, { agency_id: agencyId, id: feedbackId, evaluation_id: evaluationId, target: body.target, target_id: body.targetId, preset: body.preset, text, author_account_id: p.accountId, created_at: at, updated_at: at });
    }
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: existing ? 'evaluation.feedback_edited' : 'evaluation.feedback_given', entity: 'evaluation', entityId: evaluationId, data: { feedbackId, target: body.target, targetId: body.targetId, preset: body.preset, text } });
  });
}

/** The employee's answer to one umpan balik. */
export async function saveFeedbackAnswer(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, feedbackId: string, text: string): Promise<void> {
  await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.self');
  await ctx.db.transaction().execute(async (trx) => {
    await lockedOpen(trx, agencyId, evaluationId);
    const existing = await feedbackRow(trx, agencyId, feedbackId);
    if (!existing || existing.evaluation_id !== evaluationId) throw new AppError('NOT_FOUND', 'Umpan balik tidak ditemukan.');
    if (existing.answer_text === text) return;
    await answerFeedback(trx, agencyId, feedbackId, text, p.accountId, ctx.now());
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'evaluation.feedback_answered', entity: 'evaluation', entityId: evaluationId, data: { feedbackId, text } });
  });
}

/**
 * The penilai's ratings and note: a judgment, never computed. A leader of an organisation with a
 * capaian gets no typed rating hasil kerja: theirs is the capaian (core ratingHasilKerjaOf).
 */
export async function saveRatings(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, body: RatingBody): Promise<void> {
  const { row: first, skp } = await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.rate');
  const org = await organisationContext(ctx.db, agencyId, first.period_from, first.period_to);
  const leads = org.place(skp.unit_id, skp.is_unit_head).ledUnit !== undefined;
  const hasil = leads ? null : body.ratingHasilKerja;
  const note = body.note.trim();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockedOpen(trx, agencyId, evaluationId);
    if (row.rating_hasil_kerja === hasil && row.rating_perilaku_kerja === body.ratingPerilakuKerja && row.rating_note === note) return;
    await saveRating(trx, agencyId, evaluationId, { hasil, perilaku: body.ratingPerilakuKerja, note, accountId: p.accountId, at: ctx.now() });
    await recordAudit(trx, {
      agencyId,
      actorAccountId: p.accountId,
      action: 'evaluation.rated',
      entity: 'evaluation',
      entityId: evaluationId,
      data: { before: { hasil: row.rating_hasil_kerja, perilaku: row.rating_perilaku_kerja, note: row.rating_note }, after: { hasil, perilaku: body.ratingPerilakuKerja, note }, leadsOrganisation: leads },
    });
  });
}

/**
 * Finalises: core's check on the ratings, the leader rule and the curve (the agency's warn|block);
 * records the predikat and, for jabatan fungsional, the angka kredit. Read-only afterwards. A repeat
 * of the same request id answers as it is.
 */
export async function finaliseEvaluation(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, requestId: string | undefined): Promise<void> {
  const { skp } = await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.rate');
  const today = await agencyToday(ctx, agencyId);
  await ctx.db.transaction().execute(async (trx) => {
    if (requestId && (await eventOfRequest(trx, agencyId, evaluationId, requestId))) return;
    const row = await lockedOpen(trx, agencyId, evaluationId);
    const j = await judge(trx, agencyId, row, skp, today);
    if (j.check.blocking.length > 0 || !j.predikat) {
      throw new AppError('EVALUATION_NOT_READY', undefined, j.check.blocking.map((b) => ({ field: b.code, message: b.message })));
    }
    const ak = isJf(skp) ? angkaKredit({ months: row.credited_months, predikat: j.predikat, jenjang: skp.jf_level as JfLevel }) : null;
    const at = ctx.now();
    await setFinal(trx, agencyId, evaluationId, { final: true, predikat: j.predikat, angkaKredit: ak, accountId: p.accountId, at });
    await insertEvent(trx, { agency_id: agencyId, evaluation_id: evaluationId, id: newId(), action: 'finalise', reason: null, actor_account_id: p.accountId, request_id: requestId ?? null, at });
    await recordAudit(trx, {
      agencyId,
      actorAccountId: p.accountId,
      action: 'evaluation.finalised',
      entity: 'evaluation',
      entityId: evaluationId,
      data: { predikat: j.predikat, ratingHasilKerja: j.ratingHasilKerja, ratingPerilakuKerja: row.rating_perilaku_kerja, angkaKredit: ak, warnings: j.check.warnings.map((w) => w.code) },
    });
  });
}

/** Reopens a finalised evaluation for a correction, with the reason recorded. */
export async function reopenEvaluation(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, reason: string, requestId: string | undefined): Promise<void> {
  await evaluationFor(ctx, p, agencyId, evaluationId, 'evaluation.reopen');
  const why = reason.trim();
  if (why === '') {
    const message = 'Alasan membuka kembali evaluasi wajib diisi.';
    throw new AppError('VALIDATION', message, [{ field: 'reason', message }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (requestId && (await eventOfRequest(trx, agencyId, evaluationId, requestId))) return;
    const row = await evaluationRow(trx, agencyId, evaluationId, true);
    if (!row) throw new AppError('NOT_FOUND', EVALUATION_NOT_FOUND);
    if (row.status !== 'final') throw new AppError('CONFLICT', 'Evaluasi ini belum ditetapkan, jadi tidak perlu dibuka kembali.');
    const at = ctx.now();
    await setFinal(trx, agencyId, evaluationId, { final: false, predikat: null, angkaKredit: null, accountId: p.accountId, at });
    await insertEvent(trx, { agency_id: agencyId, evaluation_id: evaluationId, id: newId(), action: 'reopen', reason: why, actor_account_id: p.accountId, request_id: requestId ?? null, at });
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'evaluation.reopened', entity: 'evaluation', entityId: evaluationId, data: { reason: why, predikat: row.predikat, angkaKredit: row.angka_kredit } });
  });
}

/** The unit of an SKP's post (the demo sets the capaian of the unit its Kepala Dinas heads). */
export async function unitOfSkp(ctx: AppContext, agencyId: string, skpId: string): Promise<string> {
  return (await skpOrNotFound(ctx.db, agencyId, skpId)).unit_id;
}
