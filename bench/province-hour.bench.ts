/**
 * A province's busiest hour (issue 6): the server runs as its own process with the demo province
 * (5,200 employees); this process is the load generator, over loopback only.
 *
 *   1. every employee signs in;
 *   2. fetches the activity dictionary, then again with its ETag (answered 304);
 *   3. uploads 1–2 phone photos (already shrunk on the phone to ≤ 1280 px) and pushes today's
 *      8 entries with the photos attached, then sends the day;
 *   4. sustained: further days (no photos) pushed at a fixed arrival rate for BENCH_SUSTAIN_SECONDS;
 *   5. about 150 supervisors open their inbox and "approve all".
 * With raw baselines in the same run: a bare Fastify JSON route and a bare 8-row insert.
 *
 * Environment: BENCH_EMPLOYEES (5000), BENCH_SUSTAIN_SECONDS (300), BENCH_RATE (50 day-submits/s),
 * BENCH_SUPERVISORS (150), BENCH_KINDS ("postgres,pglite"), BENCH_CONCURRENCY (16).
 */
import { spawn } from 'node:child_process';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { v7 } from 'uuid';
import { pickDemoAccounts } from '../packages/server/src/demo/seed.js';
import { BenchClient } from './lib/api-client.js';
import { barePglite, barePostgres, type BareInsert } from './lib/bare-insert.js';
import { PostgresCpu, processCpuMs, processTreeCpuMs } from './lib/cpu.js';
import { machineLine, writeSection } from './lib/report.js';
import { startBenchServer, type BenchServer } from './lib/server-process.js';
import { summarise } from './lib/stats.js';
import { closedLoop, openLoop, type Sample, type StepResult } from './lib/load.js';
import { entryBody, SLOTS } from './lib/day.js';
import { addDays } from '../packages/core/src/calendar/index.js';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5000);
const SUSTAIN_S = Number(process.env.BENCH_SUSTAIN_SECONDS ?? 300);
const RATE = Number(process.env.BENCH_RATE ?? 50);
const SUPERVISORS = Number(process.env.BENCH_SUPERVISORS ?? 150);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const KINDS = (process.env.BENCH_KINDS ?? 'postgres,pglite').split(',').filter((k): k is 'postgres' | 'pglite' => k === 'postgres' || k === 'pglite');
const STEP_CAP_MS = Number(process.env.BENCH_STEP_CAP_SECONDS ?? 240) * 1000;
const PASSWORD = 'kinerja-demo';

interface Person {
  nip: string;
  client: BenchClient;
  supervisorNip: string | null;
}

async function employeeNips(base: string, wanted: number): Promise<string[]> {
  const bkd = pickDemoAccounts().find((a) => a.role === 'bkd_admin')!;
  const admin = await BenchClient.signIn(base, bkd.nip, PASSWORD);
  const agencies = (await admin.request('GET', '/api/v1/agencies')).json.items as { id: string }[];
  const nips: string[] = [];
  for (const a of agencies) {
    for (let offset = 0; ; offset += 100) {
      const page = (await admin.request('GET', `/api/v1/agencies/${a.id}/employees?limit=100&offset=${offset}`)).json.items as { nip: string; active: boolean }[];
      nips.push(...page.filter((e) => e.active).map((e) => e.nip));
      if (page.length < 100) break;
    }
  }
  // Spread over every agency rather than the first few.
  return nips.filter((_, i) => i % Math.max(1, Math.floor(nips.length / wanted)) === 0).slice(0, wanted);
}

/** A photo as the phone sends it: shrunk to 1280 px; each employee's differs by a JPEG comment. */
async function basePhotos(): Promise<Buffer[]> {
  return Promise.all(
    [0, 1, 2, 3].map((i) =>
      sharp({ create: { width: 1280, height: 960, channels: 3, background: { r: 80 + i * 30, g: 120, b: 150 }, noise: { type: 'gaussian', mean: 128, sigma: 14 } } })
        .jpeg({ quality: 80 })
        .toBuffer(),
    ),
  );
}

function uniquePhoto(base: Buffer, tag: string): Uint8Array {
  const text = Buffer.from(`kinerja-bench ${tag}`);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([base.subarray(0, 2), segment, text, base.subarray(2)]);
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** One day's 8 entries and "Kirim": through /sync/push when the server has it, else route by route. */
async function pushDay(p: Person, date: string, evidence: string[], useSync: boolean): Promise<Sample> {
  const started = performance.now();
  const ids = SLOTS.map(() => v7());
  if (useSync) {
    const items = [
      ...ids.map((entryId, i) => ({
        itemId: v7(),
        kind: 'entry.put',
        entryId,
        baseVersion: null,
        deviceTime: new Date().toISOString(),
        entry: { ...entryBody(date, i, p.nip.slice(-6)), ...(i < evidence.length ? { evidence: [evidence[i]] } : {}) },
      })),
      { itemId: v7(), kind: 'day.submit', date, deviceTime: new Date().toISOString() },
    ];
    const r = await p.client.request('POST', '/api/v1/sync/push', { deviceId: v7(), deviceNow: new Date().toISOString(), items });
    const bad = r.status !== 200 ? r.status : (r.json.results as { status: string }[]).filter((x) => x.status !== 'applied' && x.status !== 'already_applied').length;
    return { ms: performance.now() - started, ok: bad === 0, detail: bad ? JSON.stringify(r.json).slice(0, 300) : undefined };
  }
  for (let i = 0; i < ids.length; i++) {
    const r = await p.client.request('PUT', `/api/v1/journal/entries/${ids[i]}`, entryBody(date, i, p.nip.slice(-6)));
    if (r.status >= 300) return { ms: performance.now() - started, ok: false, detail: `PUT ${r.status} ${JSON.stringify(r.json).slice(0, 200)}` };
    if (i < evidence.length) {
      const a = await p.client.request('POST', `/api/v1/journal/entries/${ids[i]}/evidence`, { sha256: evidence[i], fileName: 'foto.jpg' });
      if (a.status >= 300) return { ms: performance.now() - started, ok: false, detail: `attach ${a.status}` };
    }
  }
  const s = await p.client.request('POST', `/api/v1/journal/days/${date}/submit`);
  return { ms: performance.now() - started, ok: s.status < 300, detail: s.status < 300 ? undefined : `submit ${s.status} ${JSON.stringify(s.json).slice(0, 200)}` };
}

async function cpuMeter(server: BenchServer, dbUrl: string | undefined) {
  const pgCpu = dbUrl ? await PostgresCpu.open(dbUrl) : undefined;
  return {
    async start() {
      return { server: processTreeCpuMs(server.child.pid!), db: pgCpu ? await pgCpu.snapshot() : new Map<number, number>() };
    },
    async stop(s: { server: number; db: Map<number, number> }) {
      return { serverMs: processTreeCpuMs(server.child.pid!) - s.server, dbMs: pgCpu ? await pgCpu.since(s.db) : 0 };
    },
    close: () => pgCpu?.close(),
  };
}

async function bareFastifyBaseline(port: number): Promise<StepResult> {
  const tsx = new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url).pathname;
  const child = spawn(process.execPath, [tsx, new URL('./lib/bare-fastify.ts', import.meta.url).pathname, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
  const before = processCpuMs(child.pid!);
  const url = `http://127.0.0.1:${port}/hello`;
  const r = await closedLoop('bare Fastify GET /hello', 20_000, CONCURRENCY, () => async () => {
    const t = performance.now();
    const res = await fetch(url);
    await res.text();
    return { ms: performance.now() - t, ok: res.status === 200 };
  });
  r.serverCpuMs = processCpuMs(child.pid!) - before;
  child.kill('SIGTERM');
  return r;
}

async function bareInsertBaseline(bare: BareInsert, label: string): Promise<StepResult> {
  return closedLoop(label, 20_000, CONCURRENCY, () => async () => {
    const t = performance.now();
    await bare.insertDay();
    return { ms: performance.now() - t, ok: true };
  });
}

async function storedBytes(kind: string, server: BenchServer, dbUrl: string | undefined): Promise<{ db: number; evidence: number }> {
  const du = (dir: string) => (existsSync(dir) ? Number(execSync(`du -sb ${dir}`).toString().split('\t')[0]) : 0);
  const evidence = du(join(server.dataDir, 'evidence'));
  if (kind === 'pglite') return { db: du(server.dataDir) - evidence, evidence };
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const r = await c.query(
    `select coalesce(sum(pg_total_relation_size(c.oid)),0)::bigint as b from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r','p') and (c.relname like 'journal_%' or c.relname like 'entry_%' or c.relname like 'sync_%' or c.relname like 'evidence_%')`,
  );
  await c.end();
  return { db: Number(r.rows[0].b), evidence };
}

function row(kind: string, r: StepResult, unit = 'req/s'): string {
  const s = summarise(r.samples.map((x) => x.ms));
  const cpu = r.serverCpuMs !== undefined && r.count ? `${(r.serverCpuMs / r.count).toFixed(1)}` : '';
  const dbCpu = r.dbCpuMs !== undefined && r.count ? `${(r.dbCpuMs / r.count).toFixed(1)}` : '';
  return `| ${kind} | ${r.label} | ${r.count} | ${r.throughput.toFixed(1)} ${unit} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)} | ${s.p99.toFixed(0)} | ${r.errors} | ${cpu} | ${dbCpu} |`;
}

const out: string[] = [];
const notes: string[] = [];
const photos = await basePhotos();
let port = 4100;
for (const kind of KINDS) {
  const server = await startBenchServer(kind, port++);
  const dbUrl = kind === 'postgres' ? process.env.BENCH_DATABASE_URL_EFFECTIVE : undefined;
  const cpu = await cpuMeter(server, dbUrl);
  const measured = async (r: Promise<StepResult>, s: Awaited<ReturnType<typeof cpu.start>>) => {
    const res = await r;
    const used = await cpu.stop(s);
    res.serverCpuMs = used.serverMs;
    if (dbUrl) res.dbCpuMs = used.dbMs;
    console.log(row(kind, res));
    out.push(row(kind, res, res.unit));
    for (const e of res.firstErrors) notes.push(`${kind} ${res.label}: ${e}`);
    return res;
  };
  try {
    const nips = await employeeNips(server.url, EMPLOYEES);
    console.log(`${kind}: ${nips.length} employees`);
    const people: Person[] = [];

    // 1. Sign in.
    let c = await cpu.start();
    await measured(
      closedLoop('sign in (Argon2id)', STEP_CAP_MS, CONCURRENCY, (i) => (i < nips.length ? async () => {
        const t = performance.now();
        const { client, me } = await BenchClient.signInWithMe(server.url, nips[i]!, PASSWORD);
        people.push({ nip: nips[i]!, client, supervisorNip: me.supervisor?.nip ?? null });
        return { ms: performance.now() - t, ok: true };
      } : null)),
      c,
    );

    // 2. Dictionary, then its repeat by ETag.
    const etags = new Map<string, string>();
    c = await cpu.start();
    await measured(
      closedLoop('GET /activities (dictionary, 200)', STEP_CAP_MS, CONCURRENCY, (i) => (i < people.length ? async () => {
        const r = await people[i]!.client.requestRaw('GET', '/api/v1/activities');
        etags.set(people[i]!.nip, r.etag ?? '');
        return { ms: r.ms, ok: r.status === 200, bytes: r.bytes };
      } : null)),
      c,
    );
    c = await cpu.start();
    await measured(
      closedLoop('GET /activities again (If-None-Match → 304)', STEP_CAP_MS, CONCURRENCY, (i) => (i < people.length ? async () => {
        const r = await people[i]!.client.requestRaw('GET', '/api/v1/activities', { 'if-none-match': etags.get(people[i]!.nip)! });
        return { ms: r.ms, ok: r.status === 304 };
      } : null)),
      c,
    );

    const useSync = (await people[0]!.client.request('POST', '/api/v1/sync/push', { deviceId: v7(), deviceNow: new Date().toISOString(), items: [] })).status === 200;
    notes.push(`${kind}: days pushed ${useSync ? 'in one POST /sync/push each (8 entry.put + day.submit)' : 'route by route (8 PUT, attach, submit)'}`);
    const ctx = (await people[0]!.client.request('GET', '/api/v1/journal/context')).json as { today: string };
    const today = ctx.today;
    const days = (await people[0]!.client.request('GET', `/api/v1/journal/days?from=${addDays(today, -14)}&to=${today}`)).json.days as { date: string; isWorkingDay: boolean; windowOpen: boolean }[];
    const earlier = days.filter((d) => d.isWorkingDay && d.windowOpen && d.date !== today).map((d) => d.date);

    // 3. Photos (1–2 per employee), then today's day with them attached.
    const evidenceOf = new Map<string, string[]>();
    const before = await storedBytes(kind, server, dbUrl);
    c = await cpu.start();
    const photoJobs = people.flatMap((p, i) => Array.from({ length: 1 + (i % 2) }, (_, k) => ({ p, k })));
    const photoStep = await measured(
      closedLoop('PUT /evidence (photo ≤ 1280 px, ~200 KB)', STEP_CAP_MS, CONCURRENCY, (i) => (i < photoJobs.length ? async () => {
        const { p, k } = photoJobs[i]!;
        const bytes = uniquePhoto(photos[(i + k) % photos.length]!, `${p.nip}-${k}`);
        const sha = sha256(bytes);
        const r = await p.client.request('PUT', `/api/v1/evidence/${sha}`, bytes);
        if (r.status < 300) evidenceOf.set(p.nip, [...(evidenceOf.get(p.nip) ?? []), sha]);
        return { ms: r.ms, ok: r.status < 300, detail: r.status < 300 ? undefined : `${r.status} ${JSON.stringify(r.json).slice(0, 200)}` };
      } : null)),
      c,
    );
    c = await cpu.start();
    const todayStep = await measured(
      closedLoop(`day of 8 entries with its photos + Kirim (${today})`, STEP_CAP_MS, CONCURRENCY, (i) => (i < people.length ? () => pushDay(people[i]!, today, evidenceOf.get(people[i]!.nip) ?? [], useSync) : null)),
      c,
    );
    todayStep.unit = 'days/s';
    out[out.length - 1] = row(kind, todayStep, 'days/s');

    // 4. Sustained day-submits at a fixed arrival rate, on the other open days.
    const queue = earlier.flatMap((date) => people.map((p) => ({ p, date })));
    c = await cpu.start();
    const sustained = await measured(
      openLoop(`sustained: day of 8 entries + Kirim at ${RATE}/s for ${SUSTAIN_S} s`, SUSTAIN_S * 1000, RATE, (i) => (i < queue.length ? () => pushDay(queue[i]!.p, queue[i]!.date, [], useSync) : null)),
      c,
    );
    sustained.unit = 'days/s';
    out[out.length - 1] = row(kind, sustained, 'days/s');
    const after = await storedBytes(kind, server, dbUrl);
    const entries = (todayStep.count + sustained.count) * 8;
    notes.push(
      `${kind}: stored ${((after.db - before.db) / Math.max(1, entries)).toFixed(0)} bytes per entry (database, all journal tables and indexes, ${entries} entries); ` +
        `${((after.evidence - before.evidence) / Math.max(1, photoStep.count) / 1024).toFixed(0)} KB per photo on disk (${photoStep.count} photos, ~${(photos[0]!.length / 1024).toFixed(0)} KB sent each)`,
    );

    // 5. Supervisors clear their queues: first those with one subordinate in the run (about 30
    // entries each: issue 6's "approve all of 30 entries"), then the largest teams, inbox first.
    const bySupervisor = new Map<string, number>();
    for (const p of people) if (p.supervisorNip) bySupervisor.set(p.supervisorNip, (bySupervisor.get(p.supervisorNip) ?? 0) + 1);
    const bySize = [...bySupervisor.entries()].sort((a, b) => b[1] - a[1]);
    const small = bySize.filter(([, n]) => n === 1).slice(0, SUPERVISORS).map(([nip]) => nip);
    const chosen = bySize.filter(([nip]) => !small.includes(nip)).slice(0, SUPERVISORS).map(([nip]) => nip);
    const signedIn = new Map(people.map((p) => [p.nip, p.client]));
    const signInAll = (nips: string[]) => Promise.all(nips.map(async (nip) => signedIn.get(nip) ?? (await BenchClient.signIn(server.url, nip, PASSWORD))));
    const approveAll = async (label: string, bosses: BenchClient[], asOf: Map<number, string>) => {
      const decided: number[] = [];
      const cpuStart = await cpu.start();
      const result = await measured(
        closedLoop(label, STEP_CAP_MS, CONCURRENCY, (i) => (i < bosses.length ? async () => {
          const r = await bosses[i]!.request('POST', '/api/v1/validation/approve-all', asOf.get(i) ? { asOf: asOf.get(i) } : {});
          if (r.status === 200) decided.push(r.json.decided as number);
          return { ms: r.ms, ok: r.status === 200, detail: r.status === 200 ? undefined : `${r.status} ${JSON.stringify(r.json).slice(0, 200)}` };
        } : null)),
        cpuStart,
      );
      const d = summarise(decided);
      notes.push(`${kind}: ${label}: p50 ${d.p50} entries decided per call (max ${d.max}); ${decided.reduce((a, b) => a + b, 0)} entries approved by ${result.count} supervisors`);
    };
    if (small.length) await approveAll('POST /validation/approve-all, one subordinate (~30 entries)', await signInAll(small), new Map());
    const bosses = await signInAll(chosen);
    const asOf = new Map<number, string>();
    c = await cpu.start();
    await measured(
      closedLoop('GET /validation/inbox (first page)', STEP_CAP_MS, CONCURRENCY, (i) => (i < bosses.length ? async () => {
        const r = await bosses[i]!.request('GET', '/api/v1/validation/inbox');
        asOf.set(i, r.json?.asOf);
        return { ms: r.ms, ok: r.status === 200, detail: r.status === 200 ? undefined : `${r.status} ${JSON.stringify(r.json).slice(0, 200)}` };
      } : null)),
      c,
    );
    await approveAll('POST /validation/approve-all, largest teams', bosses, asOf);

    // Raw baselines, in the same run, against the same database server.
    const bare = kind === 'postgres' ? await barePostgres(dbUrl!, 10) : await barePglite();
    const bareResult = await bareInsertBaseline(bare, kind === 'postgres' ? 'bare: 8-row insert in a transaction via pg' : 'bare: 8-row insert in a transaction, PGlite in process');
    await bare.close();
    out.push(row(kind, bareResult, 'days/s'));
    const ratio = bareResult.throughput / Math.max(0.001, sustained.throughput);
    notes.push(`${kind}: bare 8-row insert ${bareResult.throughput.toFixed(0)}/s vs our day-submit ${todayStep.throughput.toFixed(1)}/s at full load (${(bareResult.throughput / Math.max(0.001, todayStep.throughput)).toFixed(1)}×); sustained step is rate-limited at ${RATE}/s (${ratio.toFixed(1)}×)`);
  } finally {
    await cpu.close();
    await server.stop();
  }
}
const fastify = await bareFastifyBaseline(port++);
out.push(row('—', fastify));
console.log(row('—', fastify));

const header = `Machine: ${machineLine()}. Server: one process (the app), demo province (5,200 employees); load generator: this process, loopback, closed loop at concurrency ${CONCURRENCY} unless stated; sustained step open loop at a fixed arrival rate (latency counted from the scheduled start). CPU columns: CPU ms per request used by the app process and by the PostgreSQL backends of the bench database (PGlite runs inside the app process).`;
// One section per set of databases, so a run on one database keeps the other's figures.
writeSection(
  `province-hour-${KINDS.join('-') || 'baseline'}`,
  [header, '', '| database | step | requests | throughput | p50 ms | p95 ms | p99 ms | errors | app CPU ms/req | DB CPU ms/req |', '|---|---|---|---|---|---|---|---|---|---|', ...out, '', ...notes.map((n) => `- ${n}`)].join('\n'),
);
console.log(notes.join('\n'));
