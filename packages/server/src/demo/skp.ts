import { OrgChart, type Principal } from '@kinerja/core';
import type { SkpContent } from '@kinerja/core/api';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { actOnSkp, createSkp, myPeriods, rencanaAksiAnswer, saveRencanaAksi, skpDetail, type SkpRequest } from '../modules/skp/index.js';
import { accountOfEmployee, accountsByNip } from './queries.js';
import { planSnapshot } from './picks.js';
import type { DemoPlan } from './plan.js';

/** What the Kepala Dinas returns the demo's "dikembalikan" SKP with. */
export const DEMO_RETURN_NOTE = 'Target IKI dibuat per triwulan agar dapat dipantau, bukan hanya di akhir tahun.';

const KADIS_RHK = [
  { text: 'Meningkatnya derajat kesehatan masyarakat', perspektif: 'penerima_layanan', iki: 'Angka kematian ibu per 100.000 kelahiran hidup', target: '150' },
  { text: 'Meningkatnya cakupan imunisasi dasar lengkap', perspektif: 'penerima_layanan', iki: 'Persentase bayi yang mendapat imunisasi dasar lengkap', target: '95%' },
  { text: 'Terwujudnya tata kelola dinas yang akuntabel', perspektif: 'proses_bisnis', iki: 'Nilai SAKIP Dinas Kesehatan', target: 'BB' },
  { text: 'Terserapnya anggaran program kesehatan sesuai rencana', perspektif: 'anggaran', iki: 'Persentase realisasi anggaran', target: '95%' },
] as const;

/** The first IKI's Manual Indikator Kinerja, so the demo's JPT form shows one filled in. */
const KADIS_MIK = {
  tujuan: 'Mengukur keberhasilan pelayanan kesehatan ibu selama kehamilan, persalinan dan nifas',
  definisi: 'Jumlah kematian ibu selama kehamilan, persalinan dan nifas per 100.000 kelahiran hidup dalam satu tahun',
  formula: '(Jumlah kematian ibu / jumlah kelahiran hidup) x 100.000',
  satuanPengukuran: 'Per 100.000 kelahiran hidup',
  kualitasTingkatKendali: 'Outcome; tingkat kendali sedang (bergantung pada layanan kabupaten/kota)',
  sumberData: 'Laporan Kesehatan Ibu dan Anak (KIA) kabupaten/kota',
  periodePelaporan: 'Triwulanan',
  jenisIndikator: 'outcome' as const,
};

function kadisContent(): SkpContent {
  return {
    rhk: KADIS_RHK.map((r) => ({
      id: newId(),
      jenis: 'utama' as const,
      text: r.text,
      parentRhkId: null,
      cascadingType: null,
      perspektif: r.perspektif,
      penugasanDari: 'Gubernur Kalimantan Barat',
      iki: [{ id: newId(), aspek: null, text: r.iki, target: r.target, mik: r === KADIS_RHK[0] ? KADIS_MIK : null }],
    })),
    perilaku: [],
    lampiran: [{ id: newId(), jenis: 'dukungan_sumber_daya', text: 'Anggaran program kesehatan masyarakat dan tenaga kesehatan di 14 kabupaten/kota.' }],
  };
}

/**
 * Rencana aksi per period, as a plan is usually broken down: prepare, carry out in two steps, report.
 * Used for each period of the agency's setting (per quarter in the demo; per month the list repeats).
 */
const RENCANA_AKSI_STEPS = [
  { text: (rhk: string) => `Menyusun rencana kegiatan dan jadwal: ${rhk}`, target: '1 Dokumen' },
  { text: (rhk: string) => `Melaksanakan kegiatan tahap I dan memantau capaiannya: ${rhk}`, target: '50%' },
  { text: (rhk: string) => `Melaksanakan kegiatan tahap II dan menindaklanjuti hasil pemantauan: ${rhk}`, target: '100%' },
  { text: (rhk: string) => `Menyusun laporan capaian: ${rhk}`, target: '1 Laporan' },
] as const;
/** RHK of each approved demo SKP given rencana aksi: enough to see them in the SKP, the evaluation and the PDF, few enough to keep the seed quick. */
const RENCANA_AKSI_RHK = 2;

/** Rencana aksi for the first RHK utama (up to two) of an approved SKP, one per period of the agency's setting, written by the employee through the module's own step. */
async function writeDemoRencanaAksi(ctx: AppContext, p: Principal, skp: { agency_id: string; id: string }): Promise<number> {
  const { periods, rhk } = await rencanaAksiAnswer(ctx, p, skp.agency_id, skp.id);
  let made = 0;
  for (const r of rhk.filter((x) => x.jenis === 'utama').slice(0, RENCANA_AKSI_RHK)) {
    for (const [i, period] of periods.entries()) {
      const step = RENCANA_AKSI_STEPS[Math.min(i, RENCANA_AKSI_STEPS.length - 1)]!;
      const text = step.text(r.text.charAt(0).toLowerCase() + r.text.slice(1));
      await saveRencanaAksi(ctx, p, skp.agency_id, skp.id, newId(), { rhkId: r.id, periode: period.key, text: text.slice(0, 1000), target: step.target });
      made++;
    }
  }
  return made;
}

/**
 * The states a newcomer sees in the Kepala Dinas's inbox and the Matriks Peran Hasil, each on one of
 * the Kepala Dinas's other subordinates; the steps after "create" from the Kepala Bidang's RHK.
 */
const SUBORDINATE_STATES: readonly { state: string; steps: readonly ('submit' | 'return' | 'approve')[] }[] = [
  { state: 'draft', steps: [] },
  { state: 'diajukan', steps: ['submit'] },
  { state: 'dikembalikan', steps: ['submit', 'return'] },
  { state: 'disetujui', steps: ['submit', 'approve'] },
];

/**
 * The SKP steps read the database, the org charts and the clock; the seeder is given a Kysely, not a
 * handle, so the engine kind is a stand-in (only health and job locking read it) and the settings the defaults.
 */
function seedContext(db: Kysely<Database>): AppContext {
  return { db, dbKind: 'postgres', config: loadConfig({}), charts: new OrgChartCache(db), now: () => new Date() };
}

/**
 * This year's SKP at Dinas Kesehatan, made through the SKP module's own steps (so the rows are what
 * the app writes): the Kepala Dinas's approved by the Sekda; the Kepala Bidang above the demo's
 * "Atasan langsung (pengawas)" approved by the Kepala Dinas, so that Kepala Seksi can start from the
 * supervisor's RHK at once; and the Kepala Dinas's other subordinates one each in draft, diajukan,
 * dikembalikan (with a note) and disetujui. The demo Kepala Seksi and the staff under them have none:
 * they are the ones a newcomer (and the browser test) drafts as. Each approved SKP gets rencana aksi for its first
 * two RHK utama, one per period of the agency's setting. Answers how many SKP were made.
 */
export async function writeDemoSkp(db: Kysely<Database>, plan: DemoPlan, kasiNip: string): Promise<number> {
  const ctx = seedContext(db);
  const dinkes = plan.agencies.find((a) => a.spec.code === 'DINKES');
  if (!dinkes) return 0;
  const chart = new OrgChart(planSnapshot(dinkes), plan.today);
  const kabidNip = chart.supervisorOf(kasiNip)?.employeeId;
  const kadisNip = kabidNip ? chart.supervisorOf(kabidNip)?.employeeId : undefined;
  if (!kabidNip || !kadisNip) return 0;
  const others = chart
    .subordinatesOf(kadisNip)
    .filter((nip) => nip !== kabidNip && chart.supervisorOf(nip)?.capacity === 'definitive')
    .slice(0, SUBORDINATE_STATES.length);

  const principals = new Map<string, Principal>();
  for (const a of await accountsByNip(db, [kadisNip, kabidNip, ...others])) {
    principals.set(a.nip, { accountId: a.id, role: a.role, agencyId: a.agency_id, employeeId: a.employee_id });
  }
  const year = Number(plan.today.slice(0, 4));
  const as = (nip: string) => principals.get(nip)!;

  /** Creates the employee's SKP of the year's first period; null when they hold no definitive post. */
  const create = async (nip: string, start: 'kosong' | 'rhk_atasan') => {
    const p = as(nip);
    const period = (await myPeriods(ctx, p, year)).items[0];
    if (!period) return null;
    return createSkp(ctx, p, p.agencyId!, p.employeeId!, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start });
  };
  const step = (who: Principal, skp: { agency_id: string; id: string }, request: SkpRequest) => actOnSkp(ctx, who, skp.agency_id, skp.id, request);

  const kadis = await create(kadisNip, 'kosong');
  if (!kadis) return 0;
  await step(as(kadisNip), kadis, { type: 'edit', requestId: newId(), content: kadisContent() });
  await step(as(kadisNip), kadis, { type: 'submit' });
  const sekda = (await skpDetail(ctx, as(kadisNip), kadis)).people.find((x) => x.role === 'pejabat_penilai');
  const sekdaAccount = sekda?.agencyId && sekda.employeeId ? await accountOfEmployee(db, sekda.agencyId, sekda.employeeId) : undefined;
  if (!sekdaAccount) return 1;
  await step({ accountId: sekdaAccount.id, role: sekdaAccount.role, agencyId: sekdaAccount.agency_id, employeeId: sekdaAccount.employee_id }, kadis, { type: 'approve' });
  await writeDemoRencanaAksi(ctx, as(kadisNip), kadis);
  let made = 1;

  const kabid = await create(kabidNip, 'rhk_atasan');
  if (kabid) {
    await step(as(kabidNip), kabid, { type: 'submit' });
    await step(as(kadisNip), kabid, { type: 'approve' });
    await writeDemoRencanaAksi(ctx, as(kabidNip), kabid);
    made++;
  }

  for (const [i, nip] of others.entries()) {
    const skp = await create(nip, 'rhk_atasan');
    if (!skp) continue;
    made++;
    for (const s of SUBORDINATE_STATES[i]!.steps) {
      if (s === 'submit') await step(as(nip), skp, { type: 'submit' });
      else if (s === 'return') await step(as(kadisNip), skp, { type: 'return', note: DEMO_RETURN_NOTE });
      else await step(as(kadisNip), skp, { type: 'approve' });
    }
    if (SUBORDINATE_STATES[i]!.state === 'disetujui') await writeDemoRencanaAksi(ctx, as(nip), skp);
  }
  return made;
}
