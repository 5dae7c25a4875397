/**
 * Issue 17's measured part at province scale, on PGlite and, with BENCH_DATABASE_URL, on PostgreSQL:
 * - the team view of a pejabat penilai with 40 subordinates (GET /evaluation-team's work after
 *   authentication) and the agency evaluation overview of the largest OPD (GET
 *   /agencies/{id}/evaluation-overview's work, the BKD admin asking): p99 < 300 ms;
 * - every PDF of that 40-person team (the one-page Dokumen Evaluasi and the Evaluasi Kinerja detail,
 *   each read through the service as the penilai): < 10 s.
 * The demo province has approved SKP only at Dinas Kesehatan, so after seeding the bench gives every
 * placed employee of the largest OPD an approved SKP for this year (a copy of a demo SKP's RHK, IKI
 * and perilaku under new ids, the people snapshot their own) and this quarter's evaluation: a third
 * not opened, a third in progress with ratings, a third finalised; 40 of them name one employee of
 * that OPD as pejabat penilai (all opened, half finalised). Realisasi and umpan balik are not copied.
 *
 * `npx tsx bench/evaluation-overview.ts` (BENCH_DATABASE_URL=postgres://… adds PostgreSQL; BENCH_N
 * calls, default 50; BENCH_EMPLOYEES for the demo province, default 5200; BENCH_KINDS=pglite or postgres
 * for one engine)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { predikatOf, type Principal, type Rating } from '@kinerja/core';
import { loadConfig } from '../packages/server/src/config.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { refreshStatistics } from '../packages/server/src/db/statistics.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { evaluationDetailPdf } from '../packages/server/src/modules/evaluation/detail.js';
import { evaluationDocumentPdf } from '../packages/server/src/modules/evaluation/document.js';
import { evaluationOverview } from '../packages/server/src/modules/evaluation/overview.js';
import { evaluationTeam } from '../packages/server/src/modules/evaluation/team.js';
import { createContext } from '../packages/server/src/runtime.js';
import { closeBenchDatabase, openBenchDatabase, type BenchDatabase } from './lib/bench-database.js';
import { machineLine } from './lib/report.js';
import { summarise } from './lib/stats.js';

const CALLS = Number(process.env.BENCH_N ?? 50);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5200);
const SERVER_URL = process.env.BENCH_DATABASE_URL;
const TEAM = 40;

async function chunks<T>(rows: T[], write: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 400) await write(rows.slice(i, i + 400));
}

/** Approved SKP and this quarter's evaluations for the largest OPD; returns the penilai of the 40. */
async function populate(handle: BenchDatabase, agencyId: string, period: { periodFrom: string; periodTo: string; label: string }) {
  const db = handle.db;
  const year = period.periodFrom.slice(0, 4);
  const template = await db
    .selectFrom('skp')
    .select(['agency_id', 'id', 'version_in_force', 'form', 'pendekatan'])
    .where('version_in_force', 'is not', null)
    .where('period_from', '<=', `${year}-12-31`)
    .where('period_to', '>=', `${year}-01-01`)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const v = template.version_in_force!;
  const [version, rhk, iki, atasan] = await Promise.all([
    db.selectFrom('skp_versions').selectAll().where('agency_id', '=', template.agency_id).where('skp_id', '=', template.id).where('version', '=', v).executeTakeFirstOrThrow(),
    db.selectFrom('skp_rhk').selectAll().where('agency_id', '=', template.agency_id).where('skp_id', '=', template.id).where('version', '=', v).execute(),
    db.selectFrom('skp_iki').selectAll().where('agency_id', '=', template.agency_id).where('skp_id', '=', template.id).where('version', '=', v).execute(),
    db.selectFrom('skp_people').selectAll().where('agency_id', '=', template.agency_id).where('skp_id', '=', template.id).where('role', '=', 'atasan_pejabat_penilai').executeTakeFirst(),
  ]);
  const withSkp = new Set(
    (await db.selectFrom('skp').select('employee_id').where('agency_id', '=', agencyId).where('period_from', '<=', `${year}-12-31`).where('period_to', '>=', `${year}-01-01`).execute()).map((r) => r.employee_id),
  );
  const placed = await db
    .selectFrom('position_assignments as a')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'a.agency_id').onRef('e.id', '=', 'a.employee_id'))
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
    .innerJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
    .select(['e.id', 'e.name', 'e.nip', 'a.position_id', 'p.name as position_name', 'u.name as unit_name'])
    .where('a.agency_id', '=', agencyId)
    .where('a.role', '=', 'definitive')
    .where('e.active', '=', true)
    .orderBy('e.id')
    .execute();
  const seen = new Set<string>();
  const people = placed.filter((r) => !withSkp.has(r.id) && !seen.has(r.id) && seen.add(r.id));
  // The penilai of the 40 has an account (the team view is theirs); everyone else names another.
  const accounts = new Set((await db.selectFrom('accounts').select('employee_id').where('agency_id', '=', agencyId).where('employee_id', 'is not', null).execute()).map((a) => a.employee_id));
  const penilai = people.find((x) => accounts.has(x.id))!;
  const other = people.find((x) => x.id !== penilai.id)!;
  const rated = people.filter((x) => x.id !== penilai.id);
  const at = new Date();
  const skps = rated.map((x, i) => ({ person: x, id: randomUUID(), i, team: i < TEAM }));
  await chunks(skps, (part) =>
    db
      .insertInto('skp')
      .values(part.map((s) => ({ agency_id: agencyId, id: s.id, employee_id: s.person.id, position_id: s.person.position_id, period_from: `${year}-01-01`, period_to: `${year}-12-31`, form: template.form, pendekatan: template.pendekatan, status: 'disetujui', current_version: 1, version_in_force: 1, created_at: at, updated_at: at })))
      .execute(),
  );
  await chunks(skps, (part) =>
    db
      .insertInto('skp_versions')
      .values(part.map((s) => ({ agency_id: agencyId, skp_id: s.id, version: 1, status: 'disetujui', perilaku: JSON.stringify(version.perilaku), lampiran: JSON.stringify(version.lampiran), created_at: at, updated_at: at })) as never)
      .execute(),
  );
  const rhkRows = skps.flatMap((s) => rhk.map((r) => ({ ...r, agency_id: agencyId, skp_id: s.id, version: 1, id: `${s.id.slice(0, 24)}${r.id.slice(24)}` })));
  await chunks(rhkRows, (part) => db.insertInto('skp_rhk').values(part).execute());
  const ikiRows = skps.flatMap((s) => iki.map((r) => ({ ...r, agency_id: agencyId, skp_id: s.id, version: 1, rhk_id: `${s.id.slice(0, 24)}${r.rhk_id.slice(24)}`, id: randomUUID(), mik: r.mik === null ? null : JSON.stringify(r.mik) })));
  await chunks(ikiRows, (part) => db.insertInto('skp_iki').values(part).execute());
  const person = (role: 'pegawai' | 'pejabat_penilai', x: (typeof people)[number]) => ({
    role,
    person_agency_id: agencyId,
    employee_id: x.id,
    official_id: null,
    capacity: 'definitif',
    status: 'pns' as const,
    name: x.name,
    nip: x.nip,
    rank: null,
    position_name: x.position_name,
    unit_name: x.unit_name,
    taken_at: at,
  });
  const peopleRows = skps.flatMap((s) => [
    { agency_id: agencyId, skp_id: s.id, ...person('pegawai', s.person) },
    { agency_id: agencyId, skp_id: s.id, ...person('pejabat_penilai', s.team ? penilai : other) },
    ...(atasan ? [{ ...atasan, agency_id: agencyId, skp_id: s.id }] : []),
  ]);
  await chunks(peopleRows, (part) => db.insertInto('skp_people').values(part).execute());
  const ratings: Rating[] = ['di_atas_ekspektasi', 'sesuai_ekspektasi', 'di_bawah_ekspektasi'];
  const evaluations = skps
    .map((s) => ({ s, state: s.team ? (s.i % 2 === 0 ? 'final' : 'berjalan') : (['none', 'berjalan', 'final'] as const)[s.i % 3]! }))
    .filter((x) => x.state !== 'none')
    .map(({ s, state }) => {
      const hasil = ratings[s.i % 3]!;
      const perilaku = ratings[(s.i >> 1) % 2]!;
      return {
        agency_id: agencyId,
        id: randomUUID(),
        skp_id: s.id,
        kind: 'periodik' as const,
        label: period.label,
        period_from: period.periodFrom,
        period_to: period.periodTo,
        covered_from: period.periodFrom,
        covered_to: period.periodTo,
        credited_months: 3,
        status: state as 'berjalan' | 'final',
        rating_hasil_kerja: hasil,
        rating_perilaku_kerja: perilaku,
        rated_at: at,
        predikat: state === 'final' ? predikatOf(hasil, perilaku) : null,
        finalised_at: state === 'final' ? at : null,
        created_at: at,
        updated_at: at,
      };
    });
  await chunks(evaluations, (part) => db.insertInto('evaluations').values(part).execute());
  return { penilai, skps: skps.length, evaluations: evaluations.length, teamEvaluations: evaluations.filter((e) => skps.find((s) => s.id === e.skp_id)!.team).map((e) => e.id) };
}

async function timed(fn: () => Promise<unknown>): Promise<{ cold: number; wall: number[] }> {
  const t0 = performance.now();
  await fn();
  const cold = performance.now() - t0;
  const wall: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
  }
  return { cold, wall };
}

async function run(kind: 'pglite' | 'postgres'): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-evaluation-overview-'));
  const handle = await openBenchDatabase(kind, folder, 'bench_evaluation_overview', SERVER_URL);
  try {
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    await seedDemoProvince(handle.db, { employees: EMPLOYEES });
    const ctx = createContext(handle, { ...loadConfig({}), dataDir: folder });
    const principalOf = async (where: { nip?: string; role?: string; agencyId?: string; employeeId?: string }): Promise<Principal> => {
      let q = handle.db.selectFrom('accounts').select(['id', 'role', 'agency_id', 'employee_id']);
      if (where.role) q = q.where('role', '=', where.role as never);
      if (where.agencyId) q = q.where('agency_id', '=', where.agencyId);
      if (where.employeeId) q = q.where('employee_id', '=', where.employeeId);
      const a = await q.orderBy('id').executeTakeFirstOrThrow();
      return { accountId: a.id, role: a.role, agencyId: a.agency_id, employeeId: a.employee_id };
    };
    const largest = await handle.db
      .selectFrom('employees')
      .select((eb) => ['agency_id', eb.fn.countAll<string>().as('n')])
      .groupBy('agency_id')
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const bkd = await principalOf({ role: 'bkd_admin' });
    const before = await evaluationOverview(ctx, bkd, largest.agency_id, {});
    const t0 = performance.now();
    const made = await populate(handle, largest.agency_id, before);
    const populateMs = performance.now() - t0;
    // The app's periodic step analyses grown tables (PGlite has no autovacuum): as it would after this load.
    await refreshStatistics(handle.db, kind);
    const penilai = await principalOf({ agencyId: largest.agency_id, employeeId: made.penilai.id });
    const team = await evaluationTeam(ctx, penilai, {});
    if (team.items.length !== TEAM) throw new Error(`the penilai rates ${team.items.length} people, not ${TEAM}`);
    const overview = await evaluationOverview(ctx, bkd, largest.agency_id, {});

    const teamTimes = await timed(() => evaluationTeam(ctx, penilai, {}));
    const overviewTimes = await timed(() => evaluationOverview(ctx, bkd, largest.agency_id, {}));
    // Wall time, and this process's CPU time (on a shared machine the wall time is mostly other people's).
    const pdfRun = async (render: typeof evaluationDocumentPdf) => {
      const t = performance.now();
      const cpu = process.cpuUsage();
      let bytes = 0;
      for (const id of made.teamEvaluations) bytes += (await render(ctx, penilai, largest.agency_id, id)).bytes.byteLength;
      const used = process.cpuUsage(cpu);
      return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, bytes };
    };
    await pdfRun(evaluationDocumentPdf); // warm the fonts and the renderer
    const documents = await pdfRun(evaluationDocumentPdf);
    const details = await pdfRun(evaluationDetailPdf);

    const f = (n: number) => n.toFixed(0);
    const row = (what: string, t: { cold: number; wall: number[] }) => {
      const w = summarise(t.wall);
      return `| ${kind} | ${what} | ${f(t.cold)} | ${w.n} | ${f(w.p50)} | ${f(w.p95)} | ${f(w.p99)} | ${f(w.max)} |`;
    };
    const totals = overview.totals;
    return [
      row(`team view, ${team.items.length} people, ${team.curves.length} curve`, teamTimes),
      row(`agency overview, ${largest.n} employees, ${overview.units.length} units, ${totals.total} SKP (${totals.belum_dibuka}/${totals.berjalan}/${totals.final}), ${overview.unfinished.length} named`, overviewTimes),
      `| ${kind} | ${made.teamEvaluations.length} Dokumen Evaluasi PDF in a row: ${(documents.ms / 1000).toFixed(1)} s (${f(documents.ms / made.teamEvaluations.length)} ms each, ${f(documents.bytes / 1024)} KiB; Node CPU ${(documents.cpuMs / 1000).toFixed(1)} s); ${made.teamEvaluations.length} Evaluasi Kinerja detail PDF: ${(details.ms / 1000).toFixed(1)} s (${f(details.ms / made.teamEvaluations.length)} ms each; Node CPU ${(details.cpuMs / 1000).toFixed(1)} s); both: ${((documents.ms + details.ms) / 1000).toFixed(1)} s | | | | | | |`,
      `<!-- ${kind}: populated ${made.skps} SKP and ${made.evaluations} evaluations in ${f(populateMs)} ms -->`,
    ];
  } finally {
    await closeBenchDatabase(handle);
    rmSync(folder, { recursive: true, force: true });
  }
}

const rows: string[] = [];
const KINDS = (process.env.BENCH_KINDS ?? 'pglite,postgres').split(',');
for (const kind of (['pglite', ...(SERVER_URL ? ['postgres' as const] : [])] as const).filter((k) => KINDS.includes(k))) {
  const r = await run(kind);
  console.log(r.join('\n'));
  rows.push(...r);
}
console.log(
  [
    `Evaluation at province scale (bench/evaluation-overview.ts, demo province of ${EMPLOYEES} employees, ${CALLS} calls each; ${machineLine()}; load ${loadavg()[0]!.toFixed(1)}). Targets: p99 < 300 ms; a 40-person team's PDFs < 10 s.`,
    '',
    '| engine | read | first call ms | calls | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
