/**
 * Printing an SKP: ms per PDF (GET /agencies/{id}/skp/{id}/pdf's work: the access check, the
 * snapshot and version read, the layout and the PDF with its fonts) for the demo's SKP at Dinas
 * Kesehatan, in this process, on PGlite and, with BENCH_DATABASE_URL, on PostgreSQL. The target
 * (issue 16) is < 1 s per PDF. Wall time and this process's CPU per PDF, the first (cold: fonts and
 * pdfmake loaded) apart from the rest.
 *
 * `npx tsx bench/skp-pdf.ts` (BENCH_DATABASE_URL=postgres://… adds PostgreSQL; BENCH_N rounds over
 * every demo SKP, default 10; BENCH_EMPLOYEES for the demo province, default 1300; BENCH_SECTION
 * writes the figures to that section of bench/README.md)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '../packages/core/src/index.js';
import { loadConfig } from '../packages/server/src/config.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { skpPdf } from '../packages/server/src/modules/skp-print/index.js';
import { createContext } from '../packages/server/src/runtime.js';
import { closeBenchDatabase, openBenchDatabase } from './lib/bench-database.js';
import { machineLine, writeSection } from './lib/report.js';
import { summarise } from './lib/stats.js';

const ROUNDS = Number(process.env.BENCH_N ?? 10);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 1300);
const SERVER_URL = process.env.BENCH_DATABASE_URL;

/** The province's BKD admin reads every SKP; the access check is still made per PDF. */
const BKD: Principal = { accountId: '00000000-0000-4000-8000-0000000000bd', role: 'bkd_admin', agencyId: null, employeeId: null };

const fmt = (n: number) => n.toFixed(0);

async function run(kind: 'pglite' | 'postgres'): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-skp-pdf-'));
  const handle = await openBenchDatabase(kind, folder, 'bench_skp_pdf', SERVER_URL);
  try {
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    await seedDemoProvince(handle.db, { employees: EMPLOYEES });
    const ctx = createContext(handle, { ...loadConfig({}), dataDir: folder });
    const skps = await handle.db.selectFrom('skp').select(['agency_id', 'id', 'status', 'form']).orderBy('id').execute();
    if (skps.length === 0) throw new Error('the demo province has no SKP');

    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const first = await skpPdf(ctx, BKD, skps[0]!.agency_id, skps[0]!.id);
    const cold = { wall: performance.now() - t0, cpu: cpuMs(process.cpuUsage(cpu0)) };

    const wall: number[] = [];
    const cpu: number[] = [];
    let bytes = first.bytes.length;
    for (let r = 0; r < ROUNDS; r++) {
      for (const s of skps) {
        const c = process.cpuUsage();
        const t = performance.now();
        const pdf = await skpPdf(ctx, BKD, s.agency_id, s.id);
        wall.push(performance.now() - t);
        cpu.push(cpuMs(process.cpuUsage(c)));
        bytes = Math.max(bytes, pdf.bytes.length);
      }
    }
    const w = summarise(wall);
    const c = summarise(cpu);
    const states = [...new Set(skps.map((s) => `${s.form} ${s.status}`))].join(', ');
    return (
      `| ${kind} | ${skps.length} (${states}) | ${fmt(cold.wall)} / ${fmt(cold.cpu)} | ${w.n} | ${fmt(w.p50)} | ${fmt(w.p95)} | ${fmt(w.max)} | ${fmt(c.p50)} | ${Math.round(bytes / 1024)} KiB |`
    );
  } finally {
    await closeBenchDatabase(handle);
    rmSync(folder, { recursive: true, force: true });
  }
}

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

const rows: string[] = [];
for (const kind of ['pglite', ...(SERVER_URL ? ['postgres' as const] : [])] as const) {
  const row = await run(kind);
  console.log(row);
  rows.push(row);
}
const table = [
  `SKP PDF (bench/skp-pdf.ts, demo province of ${EMPLOYEES} employees, every demo SKP × ${ROUNDS}; ${machineLine()}; load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}). Target < 1 s per PDF. The first PDF of the process is cold (pdfmake and the fonts loaded): only the first engine's is; CPU is this process's (the app, and PGlite's engine).`,
  '',
  '| engine | SKP printed | first PDF ms wall / CPU | PDFs | p50 ms | p95 ms | max ms | CPU p50 ms | largest PDF |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(`\n${table}`);
if (process.env.BENCH_SECTION) writeSection(process.env.BENCH_SECTION, table);
