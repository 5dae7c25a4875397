/**
 * Opening one SKP and approving one, on the demo province: the work of GET /agencies/{id}/skp/{skpId}
 * after authentication (the access check, the read record, the summary, people, last version, events,
 * the cascade check and the journal per RHK) as the employee opens their approved SKP; and the work
 * of POST …/approve (the access point's capacities, the state machine, the cascade check against the
 * penilai's approved SKP, the rows and the event) as the pejabat penilai. Each approval needs an SKP
 * waiting, so every round first revises and resubmits it as the employee (not timed): the SKP grows
 * one version a round. PGlite, and with BENCH_DATABASE_URL PostgreSQL. The target (issue 16) is
 * p99 < 300 ms for opening an SKP.
 *
 * `npx tsx bench/skp-read.ts` (BENCH_DATABASE_URL=postgres://… adds PostgreSQL; BENCH_N reads,
 * default 200; BENCH_APPROVALS, default 50; BENCH_EMPLOYEES for the demo province, default 5200)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { loadConfig } from '../packages/server/src/config.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { actOnSkp } from '../packages/server/src/modules/skp/actions.js';
import { readableSkp, skpDetail } from '../packages/server/src/modules/skp/read.js';
import { createContext } from '../packages/server/src/runtime.js';
import { closeBenchDatabase, openBenchDatabase } from './lib/bench-database.js';
import { machineLine } from './lib/report.js';
import { summarise } from './lib/stats.js';

const READS = Number(process.env.BENCH_N ?? 200);
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 50);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5200);
const SERVER_URL = process.env.BENCH_DATABASE_URL;

async function principalOfEmployee(db: Kysely<Database>, agencyId: string, employeeId: string): Promise<Principal> {
  const a = await db.selectFrom('accounts').select(['id', 'role', 'agency_id', 'employee_id']).where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).executeTakeFirstOrThrow();
  return { accountId: a.id, role: a.role, agencyId: a.agency_id, employeeId: a.employee_id };
}

async function run(kind: 'pglite' | 'postgres'): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-skp-read-'));
  const handle = await openBenchDatabase(kind, folder, 'bench_skp_read', SERVER_URL);
  try {
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    await seedDemoProvince(handle.db, { employees: EMPLOYEES });
    const ctx = createContext(handle, { ...loadConfig({}), dataDir: folder });
    // An approved JA/JF SKP of the demo whose RHK intervene the Kepala Dinas's: the cascade check has work to do.
    const skp = await handle.db
      .selectFrom('skp')
      .select(['id', 'agency_id', 'employee_id'])
      .where('status', '=', 'disetujui')
      .where('form', '!=', 'jpt')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const penilaiRow = await handle.db
      .selectFrom('skp_people')
      .select(['person_agency_id', 'employee_id'])
      .where('agency_id', '=', skp.agency_id)
      .where('skp_id', '=', skp.id)
      .where('role', '=', 'pejabat_penilai')
      .executeTakeFirstOrThrow();
    const owner = await principalOfEmployee(handle.db, skp.agency_id, skp.employee_id);
    const penilai = await principalOfEmployee(handle.db, penilaiRow.person_agency_id!, penilaiRow.employee_id!);

    let rhk = 0;
    const t0 = performance.now();
    rhk = (await skpDetail(ctx, owner, await readableSkp(ctx, owner, skp.agency_id, skp.id))).content.rhk.length;
    const cold = performance.now() - t0;
    const reads: number[] = [];
    for (let i = 0; i < READS; i++) {
      const t = performance.now();
      await skpDetail(ctx, owner, await readableSkp(ctx, owner, skp.agency_id, skp.id));
      reads.push(performance.now() - t);
    }

    const approvals: number[] = [];
    for (let i = 0; i < APPROVALS; i++) {
      await actOnSkp(ctx, owner, skp.agency_id, skp.id, { type: 'revise' });
      await actOnSkp(ctx, owner, skp.agency_id, skp.id, { type: 'submit' });
      const t = performance.now();
      const done = await actOnSkp(ctx, penilai, skp.agency_id, skp.id, { type: 'approve' });
      await skpDetail(ctx, penilai, done);
      approvals.push(performance.now() - t);
    }

    const f = (n: number) => n.toFixed(0);
    const row = (what: string, values: number[], first: string) => {
      const s = summarise(values);
      return `| ${kind} | ${what} | ${first} | ${s.n} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.p99)} | ${f(s.max)} |`;
    };
    return [row(`open the SKP (${rhk} RHK), as its employee`, reads, f(cold)), row('approve it (and answer the SKP), as the penilai', approvals, '-')];
  } finally {
    await closeBenchDatabase(handle);
    rmSync(folder, { recursive: true, force: true });
  }
}

const load = os.loadavg()[0]!.toFixed(1);
const rows: string[] = [];
for (const kind of ['pglite', ...(SERVER_URL ? ['postgres' as const] : [])] as const) {
  const r = await run(kind);
  for (const line of r) console.log(line);
  rows.push(...r);
}
console.log(
  [
    `Opening and approving one SKP (bench/skp-read.ts, demo province of ${EMPLOYEES} employees, an approved JA/JF SKP of Dinas Kesehatan; ${READS} reads, ${APPROVALS} approvals each after an untimed revise and submit; ${machineLine()}; load ${load} at start, ${os.loadavg()[0]!.toFixed(1)} at end). Target p99 < 300 ms for opening an SKP.`,
    '',
    '| engine | call | first call ms | calls | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
