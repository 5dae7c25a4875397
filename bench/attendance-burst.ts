/**
 * The morning burst at the attendance machines: BENCH_MACHINES (40) ZKTeco push machines, spread over
 * 4 agencies, take the check-in of BENCH_EMPLOYEES (3,000) employees between 07:00 and 07:30 local
 * time (WIB), each at a random minute; 10 % scan twice (the second scan a few seconds later, a new
 * punch), and BENCH_DROP (5 %) of the machines' `OK` answers are lost on the way back, so those
 * batches are sent again. Every machine runs its own loop, all 40 at once, as fast as the server
 * answers (no pacing: a worst case for the half hour): it sends what it holds as one ATTLOG batch
 * (`POST /iclock/cdata?table=ATTLOG`, the machine's protocol byte for byte, through Fastify's
 * inject, so HTTP parsing is left out) and polls `GET /iclock/getrequest` every 10 punches. The
 * server's clock follows the simulated time, so clock drift is measured as in production.
 *
 * Reported per engine: requests, p50/p95/p99 per request, CPU per punch (this process; for
 * PostgreSQL plus its backends serving the bench's database), and the check: every punch the
 * machines made is stored exactly once (0 lost, 0 duplicated).
 *
 * Environment: BENCH_KINDS ("pglite,postgres"), BENCH_MACHINES, BENCH_EMPLOYEES, BENCH_DROP (0.05),
 * BENCH_DATABASE_URL, BENCH_WRITE (0: do not write bench/README.md).
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import type { AppContext } from '../packages/server/src/context.js';
import { connectDatabase } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { OrgChartCache } from '../packages/server/src/modules/org/chart-cache.js';
import { PostgresCpu } from './lib/cpu.js';
import { machineLine, writeSection } from './lib/report.js';
import { summarise } from './lib/stats.js';

const KINDS = (process.env.BENCH_KINDS ?? 'pglite,postgres').split(',');
const MACHINES = Number(process.env.BENCH_MACHINES ?? 40);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 3000);
const DROP = Number(process.env.BENCH_DROP ?? 0.05);
/** How much faster than real time the half hour runs (10: in 3 minutes); 0: no pacing, every machine sends as fast as it is answered. */
const SPEEDS = (process.env.BENCH_SPEED ?? '10,0').split(',').map(Number);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const AGENCIES = 4;
const DAY = '2026-11-23';

/** A small deterministic generator, so both engines get the same morning. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Punch {
  pin: string;
  local: string;
  /** Seconds after 07:00. */
  t: number;
}

function morning(nips: string[]): Punch[][] {
  const rand = rng(7);
  const perMachine: Punch[][] = Array.from({ length: MACHINES }, () => []);
  nips.forEach((pin, i) => {
    const machine = i % MACHINES;
    const t = Math.floor(rand() * 1800);
    const scans = rand() < 0.1 ? [t, Math.min(1799, t + 2 + Math.floor(rand() * 20))] : [t];
    for (const s of scans) {
      const hh = 7;
      const mm = Math.floor(s / 60);
      const ss = s % 60;
      perMachine[machine]!.push({ pin, t: s, local: `${DAY} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}` });
    }
  });
  for (const list of perMachine) list.sort((a, b) => a.t - b.t);
  return perMachine;
}

async function run(kind: string, speed: number): Promise<string> {
  const schema = kind === 'postgres' ? `bench_attburst_${process.pid}` : undefined;
  if (schema) {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
  }
  const handle = await connectDatabase({ url: schema ? SERVER_URL : undefined, dataDir: 'memory://', schema });
  try {
    await migrateToLatest(handle.db, schema);
    await ensureReferenceData(handle.db);
    // Agencies, employees (the PIN on the machines is the NIP) and machines, written directly: setup, not measured.
    const agencies = Array.from({ length: AGENCIES }, (_, i) => ({ id: randomUUID(), code: `BENCH${i}`, name: `Instansi ${i}`, short_name: null, time_zone: 'Asia/Pontianak' }));
    await handle.db.insertInto('agencies').values(agencies).execute();
    const nips = Array.from({ length: EMPLOYEES }, (_, i) => `19850412201003${String(i).padStart(4, '0')}`);
    const machineAgency = (m: number) => agencies[m % AGENCIES]!.id;
    const rows = nips.map((nip, i) => ({
      agency_id: machineAgency(i % MACHINES),
      id: randomUUID(),
      nip,
      kind: 'pns' as const,
      name: `Pegawai ${i}`,
      front_title: null,
      back_title: null,
      sex: 'L' as const,
      birth_date: '1985-04-12',
      rank_code: null,
      email: null,
      phone: null,
      supervisor_override_id: null,
    }));
    for (let i = 0; i < rows.length; i += 500) await handle.db.insertInto('employees').values(rows.slice(i, i + 500)).execute();
    const machines = Array.from({ length: MACHINES }, (_, m) => ({ agency_id: machineAgency(m), id: randomUUID(), serial_number: `BENCH${String(m).padStart(6, '0')}`, name: `Mesin ${m}`, zone: 'WIB' as const, created_by_account_id: null }));
    await handle.db.insertInto('attendance_machines').values(machines).execute();
    await handle.db
      .insertInto('attendance_serials')
      .values(machines.map((m) => ({ serial_number: m.serial_number, state: 'accepted' as const, agency_id: m.agency_id, machine_id: m.id })))
      .execute();
    if (kind !== 'postgres') await sql`analyze`.execute(handle.db);

    // The server's clock is the simulated one: 07:00 WIB plus the machine's progress.
    const start = Date.parse(`${DAY}T00:00:00Z`);
    let simulated = start;
    const config = { ...loadConfig({}), webDistDir: '/nonexistent', iclockRequestsPerMinute: 1e9 };
    const ctx: AppContext = { db: handle.db, dbKind: handle.kind, dbSchema: schema, config, charts: new OrgChartCache(handle.db), now: () => new Date(simulated) };
    const app = await buildApp(ctx, { logger: false });

    const plan = morning(nips);
    const made = plan.reduce((n, l) => n + l.length, 0);
    const rand = rng(11);
    const ms: number[] = [];
    let requests = 0;
    let resent = 0;
    let maxBatch = 0;
    // The machines shake hands when they start, before the morning (and the process warms up): not measured.
    const hs0 = performance.now();
    for (const m of machines) {
      const hs = await app.inject({ method: 'GET', url: `/iclock/cdata?SN=${m.serial_number}&options=all&pushver=2.4.1&language=69` });
      if (!hs.body.startsWith(`GET OPTION FROM: ${m.serial_number}\n`)) throw new Error(`handshake ${hs.statusCode} ${hs.body}`);
    }
    const handshakes = performance.now() - hs0;
    const pgCpu = schema ? await PostgresCpu.open(SERVER_URL) : null;
    const pgBefore = pgCpu ? await pgCpu.snapshot() : null;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();

    const slowest: { kind: string; ms: number; at: number }[] = [];
    const timed = async (f: () => Promise<{ statusCode: number; body: string }>, kind = 'attlog') => {
      const started = performance.now();
      const res = await f();
      const took = performance.now() - started;
      ms.push(took);
      if (process.env.BENCH_TRACE) slowest.push({ kind, ms: Math.round(took), at: Math.round(started - t0) });
      requests++;
      return res;
    };

    await Promise.all(
      plan.map(async (punches, m) => {
        const sn = machines[m]!.serial_number;
        const outbox: string[] = [];
        let stamp = 0;
        let next = 0;
        let sinceHeartbeat = 0;
        while (next < punches.length || outbox.length > 0) {
          // Paced: wait until the next punch happens (unless something is still unacknowledged).
          if (speed > 0 && outbox.length === 0 && next < punches.length) {
            const due = t0 + (punches[next]!.t * 1000) / speed;
            const wait = due - performance.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          }
          // Whatever the machine took while the last request was out goes into the next batch.
          const now = speed > 0 ? Math.max(Math.min(1799, Math.floor(((performance.now() - t0) * speed) / 1000)), outbox.length === 0 ? (punches[next]?.t ?? 0) : 0) : (punches[next]?.t ?? punches.at(-1)!.t);
          simulated = Math.max(simulated, start + now * 1000);
          while (next < punches.length && punches[next]!.t <= now) {
            const p = punches[next++]!;
            outbox.push(`${p.pin}\t${p.local}\t0\t1\t0\t0`);
          }
          const batch = outbox.slice(0, 500);
          const res = await timed(() => app.inject({ method: 'POST', url: `/iclock/cdata?SN=${sn}&table=ATTLOG&Stamp=${stamp + batch.length}`, headers: { 'content-type': 'text/plain' }, payload: batch.join('\n') + '\n' }));
          if (res.statusCode !== 200 || res.body !== `OK: ${batch.length}`) throw new Error(`${sn}: ${res.statusCode} ${res.body}`);
          maxBatch = Math.max(maxBatch, batch.length);
          if (rand() < DROP) {
            resent++;
            continue; // the OK was lost: the batch stays and goes again with whatever comes next
          }
          outbox.splice(0, batch.length);
          stamp += batch.length;
          sinceHeartbeat += batch.length;
          if (sinceHeartbeat >= 10) {
            sinceHeartbeat = 0;
            const hb = await timed(() => app.inject({ method: 'GET', url: `/iclock/getrequest?SN=${sn}` }), 'heartbeat');
            if (hb.body !== 'OK') throw new Error(`${sn}: heartbeat ${hb.body}`);
          }
        }
      }),
    );

    const wall = performance.now() - t0;
    if (process.env.BENCH_TRACE) console.error(JSON.stringify(slowest.sort((a, b) => b.ms - a.ms).slice(0, 25)));
    const cpu = process.cpuUsage(cpu0);
    const dbCpu = pgCpu && pgBefore ? await pgCpu.since(pgBefore) : 0;
    await pgCpu?.close();
    await app.close();

    // Every punch made is stored once: the stored keys are exactly the distinct (machine, PIN, time) made.
    const expected = new Set(plan.flatMap((l, m) => l.map((p) => `${machines[m]!.id}|${p.pin}|${p.local}`)));
    const stored = await sql<{ k: string }>`select machine_id || '|' || pin || '|' || to_char(local_time, 'YYYY-MM-DD HH24:MI:SS') as k from attendance_punches`.execute(handle.db);
    const storedKeys = stored.rows.map((r) => r.k);
    const storedSet = new Set(storedKeys);
    const lost = [...expected].filter((k) => !storedSet.has(k)).length;
    const duplicated = storedKeys.length - storedSet.size + storedKeys.filter((k) => !expected.has(k)).length;
    const unmapped = Number((await sql<{ n: number }>`select count(*)::int as n from attendance_punches where employee_id is null`.execute(handle.db)).rows[0]!.n);
    const s = summarise(ms);
    const cpuPerPunch = (cpu.user + cpu.system) / 1000 / made;
    const line = `| ${kind} | ${speed > 0 ? `${speed}× (${(1800 / speed).toFixed(0)} s)` : 'none'} | ${made} | ${requests} | ${resent} | ${maxBatch} | ${(wall / 1000).toFixed(1)} s | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.p99.toFixed(2)} | ${cpuPerPunch.toFixed(2)}${schema ? ` + ${(dbCpu / made).toFixed(2)} db` : ''} | ${lost} | ${duplicated} | ${unmapped} | ${os.loadavg()[0]!.toFixed(1)} | ${(handshakes / 1000).toFixed(1)} s |`;
    console.log(line);
    if (lost !== 0 || duplicated !== 0 || unmapped !== 0) throw new Error(`${kind}: ${lost} lost, ${duplicated} duplicated, ${unmapped} unmapped`);
    return line;
  } finally {
    if (schema) await handle.db.schema.dropSchema(schema).cascade().execute();
    await handle.close();
  }
}

const header = [
  `${machineLine()}. ${MACHINES} machines over ${AGENCIES} agencies take the 07:00–07:30 check-in of ${EMPLOYEES} employees (10 % scan twice); each machine sends a punch as it happens (paced: the half hour run faster than real time), or what it held while its last request was out as one ATTLOG batch (unpaced: as soon as the last one is answered, all ${MACHINES} at once, the worst case), polls getrequest every 10 punches (the handshakes happen before, as machines start), and loses ${Math.round(DROP * 100)} % of its OK answers (those batches go again). Through Fastify's inject; CPU per punch is this process (app, and PGlite's engine) plus, on PostgreSQL, its backends for the bench's database.`,
  '',
  '| engine | pacing | punches | requests | OKs lost (resent) | largest batch | wall | p50 ms | p95 ms | p99 ms | CPU ms/punch | lost | duplicated | unmapped PIN | load (1 min) | 40 handshakes before (cold) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
console.log(header.join('\n'));
const rows: string[] = [];
for (const kind of KINDS) for (const speed of SPEEDS) rows.push(await run(kind, speed));
// BENCH_WRITE=0: print only (a side run with other settings must not replace the README's figures).
if (process.env.BENCH_WRITE !== '0') writeSection('attendance-burst', [...header, ...rows].join('\n'));
