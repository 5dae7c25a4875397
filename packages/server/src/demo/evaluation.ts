import { evaluationPeriodsOf, OrgChart, type Principal, type Rating } from '@kinerja/core';
import type { SkpContent, SkpSummary } from '@kinerja/core/api';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import {
  evaluationDetail,
  finaliseEvaluation,
  openEvaluation,
  saveFeedback,
  saveFeedbackAnswer,
  saveRatings,
  saveRealisasi,
  setCapaian,
  skpEvaluations,
  unitOfSkp,
} from '../modules/evaluation/index.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { actOnSkp, createSkp, myPeriods, skpDetail } from '../modules/skp/index.js';
import { accountOfEmployee, accountsByNip } from './queries.js';
import { planSnapshot } from './picks.js';
import type { DemoPlan } from './plan.js';

function seedContext(db: Kysely<Database>): AppContext {
  return { db, dbKind: 'postgres', config: loadConfig({}), charts: new OrgChartCache(db), now: () => new Date() };
}

const LAST_YEAR_KADIS_RHK = [
  { text: 'Meningkatnya derajat kesehatan masyarakat', perspektif: 'penerima_layanan', iki: 'Angka kematian ibu per 100.000 kelahiran hidup', target: '160', realisasi: '154' },
  { text: 'Terwujudnya tata kelola dinas yang akuntabel', perspektif: 'proses_bisnis', iki: 'Nilai SAKIP Dinas Kesehatan', target: 'B', realisasi: 'BB' },
] as const;

function kadisContent(jpt: boolean): SkpContent {
  return {
    rhk: LAST_YEAR_KADIS_RHK.map((r) => ({
      id: newId(),
      jenis: 'utama' as const,
      text: r.text,
      parentRhkId: null,
      cascadingType: null,
      perspektif: jpt ? r.perspektif : null,
      penugasanDari: jpt ? 'Gubernur Kalimantan Barat' : null,
      iki: [{ id: newId(), aspek: jpt ? null : ('kuantitas' as const), text: r.iki, target: r.target }],
    })),
    perilaku: [],
    lampiran: [],
  };
}

/**
 * The penilai's judgments for last year's subordinates, in order: a mix that fits the pola distribusi
 * of an organisation rated Baik (at most 70 % Baik, and some Butuh Perbaikan), so the curve is green.
 */
const LAST_YEAR_RATINGS: readonly [Rating, Rating, string][] = [
  ['di_atas_ekspektasi', 'di_atas_ekspektasi', 'Seluruh target terlampaui dengan bukti dukung lengkap; menjadi teladan tim.'],
  ['sesuai_ekspektasi', 'sesuai_ekspektasi', 'Target tercapai sesuai rencana aksi.'],
  ['sesuai_ekspektasi', 'di_atas_ekspektasi', 'Target tercapai; kolaborasi lintas bidang sangat baik.'],
  ['di_bawah_ekspektasi', 'sesuai_ekspektasi', 'Dua IKI belum tercapai; perlu rencana perbaikan pada triwulan I.'],
  ['sesuai_ekspektasi', 'sesuai_ekspektasi', 'Target tercapai sesuai rencana aksi.'],
];

/**
 * Evaluations at Dinas Kesehatan made through the evaluation module's own steps: last year's SKP of
 * the Kepala Dinas and of their direct subordinates (Kepala Bidang and the others of the SKP demo),
 * approved, with every annual evaluation finalised (realisasi with a link, umpan balik and an answer,
 * ratings, the capaian Baik set by the agency's pengelola kinerja, the Kepala Dinas's by the Sekda)
 * and the Kepala Bidang's four quarters too; and this quarter's evaluations of this year's approved
 * SKP in progress (the Dinas's capaian Baik set, realisasi entered, umpan balik given, one rated, none
 * finalised). Answers the counts.
 */
export async function writeDemoEvaluations(db: Kysely<Database>, plan: DemoPlan, kasiNip: string, adminNip: string): Promise<{ finished: number; inProgress: number }> {
  const none = { finished: 0, inProgress: 0 };
  const ctx = seedContext(db);
  const dinkes = plan.agencies.find((a) => a.spec.code === 'DINKES');
  if (!dinkes) return none;
  const year = Number(plan.today.slice(0, 4));
  const last = year - 1;
  const yearEnd = `${last}-12-31`;
  const snapshot = planSnapshot(dinkes);
  // Today's chain, for this quarter; last year's, as it stood at the year's end (people moved since).
  const chart = new OrgChart(snapshot, plan.today);
  const then = new OrgChart(snapshot, yearEnd);
  const kabidNip = chart.supervisorOf(kasiNip)?.employeeId;
  const kadisNip = kabidNip ? chart.supervisorOf(kabidNip)?.employeeId : undefined;
  const topUnit = snapshot.units.find((u) => u.parentId === null)?.id;
  const headPost = topUnit ? then.headPositionOf(topUnit) : undefined;
  const headThen = headPost ? then.occupantOf(headPost) : undefined;
  if (!kabidNip || !kadisNip || !headThen || headThen.role !== 'definitive') return none;
  const kadisThen = headThen.employeeId;
  const others = chart.subordinatesOf(kadisNip).filter((nip) => nip !== kabidNip && chart.supervisorOf(nip)?.capacity === 'definitive');
  const othersThen = then.subordinatesOf(kadisThen).filter((nip) => then.supervisorOf(nip)?.capacity === 'definitive' && then.positionOf(nip) !== undefined).slice(0, LAST_YEAR_RATINGS.length);
  const principals = new Map<string, Principal>();
  for (const a of await accountsByNip(db, [kadisNip, kabidNip, adminNip, kadisThen, ...others, ...othersThen])) {
    principals.set(a.nip, { accountId: a.id, role: a.role, agencyId: a.agency_id, employeeId: a.employee_id });
  }
  const as = (nip: string) => principals.get(nip)!;
  const admin = principals.get(adminNip);
  if (!admin || !principals.has(kadisThen)) return none;

  /** The employee's SKP period of year `y` covering `date` (the post they held then). */
  const periodOn = async (nip: string, y: number, date: string) => (await myPeriods(ctx, as(nip), y)).items.find((i) => i.periodFrom <= date && date <= i.periodTo);

  // Last year's SKP: the then Kepala Dinas's approved by the Sekda, their subordinates' by them.
  const kadisPeriod = await periodOn(kadisThen, last, yearEnd);
  if (!kadisPeriod) return none;
  const kadis = await createSkp(ctx, as(kadisThen), admin.agencyId!, as(kadisThen).employeeId!, { positionId: kadisPeriod.positionId, periodFrom: kadisPeriod.periodFrom, pendekatan: 'kuantitatif', start: 'kosong' });
  await actOnSkp(ctx, as(kadisThen), kadis.agency_id, kadis.id, { type: 'edit', requestId: newId(), content: kadisContent(kadisPeriod.form === 'jpt') });
  await actOnSkp(ctx, as(kadisThen), kadis.agency_id, kadis.id, { type: 'submit' });
  const sekda = (await skpDetail(ctx, as(kadisThen), kadis)).people.find((x) => x.role === 'pejabat_penilai');
  const sekdaAccount = sekda?.agencyId && sekda.employeeId ? await accountOfEmployee(db, sekda.agencyId, sekda.employeeId) : undefined;
  if (!sekdaAccount) return none;
  const sekdaP: Principal = { accountId: sekdaAccount.id, role: sekdaAccount.role, agencyId: sekdaAccount.agency_id, employeeId: sekdaAccount.employee_id };
  await actOnSkp(ctx, sekdaP, kadis.agency_id, kadis.id, { type: 'approve' });
  const agencyId = kadis.agency_id;

  const subordinates: { nip: string; skpId: string }[] = [];
  for (const nip of othersThen) {
    const period = await periodOn(nip, last, yearEnd);
    if (!period) continue;
    const skp = await createSkp(ctx, as(nip), agencyId, as(nip).employeeId!, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start: 'rhk_atasan' });
    await actOnSkp(ctx, as(nip), agencyId, skp.id, { type: 'submit' });
    await actOnSkp(ctx, as(kadisThen), agencyId, skp.id, { type: 'approve' });
    subordinates.push({ nip, skpId: skp.id });
  }

  // The agency's capaian of last year and its quarters, recorded by its pengelola kinerja.
  const topUnitId = await unitOfSkp(ctx, agencyId, kadis.id);
  for (const period of [...evaluationPeriodsOf(last, 'triwulanan'), ...evaluationPeriodsOf(last, 'tahunan')]) {
    await setCapaian(ctx, admin, agencyId, topUnitId, { periodFrom: period.period.from, periodTo: period.period.to, capaian: 'baik', note: 'Ditetapkan Sekretaris Daerah atas capaian Perjanjian Kinerja.' });
  }

  /** One evaluation from opening to what `finish` says: realisasi per IKI, umpan balik, an answer, ratings. */
  const evaluate = async (
    skpId: string,
    employee: Principal,
    penilai: Principal,
    kind: 'periodik' | 'tahunan',
    periodFrom: string,
    finish: { ratings?: [Rating, Rating, string]; finalise: boolean; realisasi?: (i: number) => string },
  ): Promise<string> => {
    const id = await openEvaluation(ctx, employee, agencyId, skpId, { kind, periodFrom });
    const { rhk } = await evaluationDetail(ctx, employee, agencyId, id);
    let i = 0;
    for (const r of rhk) {
      for (const iki of r.iki) {
        const text = finish.realisasi ? finish.realisasi(i) : `${iki.target} (tercapai)`;
        await saveRealisasi(ctx, employee, agencyId, id, iki.id, { realisasi: text, bukti: [{ kind: 'link', url: `https://drive.kalbarprov.go.id/bukti/${periodFrom}/${iki.id.slice(-8)}` }] });
        i++;
      }
    }
    const first = rhk[0];
    if (first) await saveFeedback(ctx, penilai, agencyId, id, newId(), { target: 'rhk', targetId: first.id, preset: 'dapat_dipertahankan', text: 'Bukti dukung lengkap dan tepat waktu.' });
    const perilaku = newId();
    await saveFeedback(ctx, penilai, agencyId, id, perilaku, { target: 'perilaku', targetId: 'kolaboratif', preset: null, text: 'Libatkan seksi lain sejak perencanaan kegiatan.' });
    await saveFeedbackAnswer(ctx, employee, agencyId, id, perilaku, 'Baik, rapat koordinasi lintas seksi sudah dijadwalkan bulanan.');
    if (finish.ratings) await saveRatings(ctx, penilai, agencyId, id, { ratingHasilKerja: finish.ratings[0], ratingPerilakuKerja: finish.ratings[1], note: finish.ratings[2] });
    if (finish.finalise) await finaliseEvaluation(ctx, penilai, agencyId, id, undefined);
    return id;
  };

  let finished = 0;
  for (const [i, s] of subordinates.entries()) {
    const ratings = LAST_YEAR_RATINGS[i]!;
    await evaluate(s.skpId, as(s.nip), as(kadisThen), 'tahunan', `${last}-01-01`, { ratings, finalise: true });
    finished++;
  }
  // One of them through the four quarters as well (those the SKP covers).
  const quarterly = subordinates[0];
  if (quarterly) {
    const { items } = await skpEvaluations(ctx, as(quarterly.nip), agencyId, quarterly.skpId);
    for (const q of items.filter((x) => x.kind === 'periodik')) {
      await evaluate(quarterly.skpId, as(quarterly.nip), as(kadisThen), 'periodik', q.periodFrom, { ratings: ['sesuai_ekspektasi', 'sesuai_ekspektasi', 'Rencana aksi triwulan tercapai.'], finalise: true });
      finished++;
    }
  }
  // The Kepala Dinas leads the Dinas: the rating hasil kerja is the capaian; the Sekda rates perilaku.
  await evaluate(kadis.id, as(kadisThen), sekdaP, 'tahunan', `${last}-01-01`, {
    ratings: ['sesuai_ekspektasi', 'sesuai_ekspektasi', 'Capaian Perjanjian Kinerja Baik; perilaku sesuai ekspektasi.'],
    finalise: true,
    realisasi: (i) => LAST_YEAR_KADIS_RHK[i]?.realisasi ?? 'Tercapai',
  });
  finished++;

  // This quarter: the approved SKP of this year (made by the SKP demo) in progress.
  const quarter = evaluationPeriodsOf(year, 'triwulanan').find((q) => q.period.from <= plan.today && plan.today <= q.period.to)!;
  // Its capaian already set, so the Kepala Dinas's team view shows the live curve (and its warning) as they rate.
  await setCapaian(ctx, admin, agencyId, topUnitId, { periodFrom: quarter.period.from, periodTo: quarter.period.to, capaian: 'baik', note: 'Ditetapkan Sekretaris Daerah atas capaian rencana aksi triwulan.' });
  let inProgress = 0;
  for (const [i, nip] of [kabidNip, ...others].entries()) {
    const skp = (await periodOn(nip, year, plan.today))?.skp as SkpSummary | null | undefined;
    if (!skp || skp.versionInForce === null) continue;
    await evaluate(skp.id, as(nip), as(kadisNip), 'periodik', quarter.period.from, {
      ...(i === 0 ? { ratings: ['sesuai_ekspektasi', 'di_atas_ekspektasi', 'Sementara: rencana aksi berjalan sesuai jadwal.'] as [Rating, Rating, string] } : {}),
      finalise: false,
      realisasi: () => 'Sebagian tercapai; sisa dijadwalkan akhir triwulan',
    });
    inProgress++;
  }
  return { finished, inProgress };
}
