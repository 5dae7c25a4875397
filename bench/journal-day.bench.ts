/**
 * Submitting a day: each operation is 8 entries (07:30–16:00, 510 minutes) saved one by one, as a
 * phone does, then "Kirim ke atasan". Measured on PGlite and PostgreSQL with the demo province, at a
 * fixed concurrency; then evidence uploads of phone-sized photos; then bytes stored per entry and photo.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import pg from 'pg';
import sharp from 'sharp';
import { v7 } from 'uuid';
import { pickDemoAccounts } from '../packages/server/src/demo/seed.js';
import { BenchClient } from './lib/api-client.js';
import { machineLine, writeSection } from './lib/report.js';
import { startBenchServer } from './lib/server-process.js';
import { pool, summarise } from './lib/stats.js';

const USERS = Number(process.env.BENCH_USERS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 30);
const PASSWORD = 'kinerja-demo';
const SLOTS = [
  ['07:30', '08:30'], ['08:30', '09:30'], ['09:30', '10:30'], ['10:30', '11:30'],
  ['12:30', '13:30'], ['13:30', '14:30'], ['14:30', '15:30'], ['15:30', '16:00'],
] as const;

async function employeesToSignIn(base: string): Promise<string[]> {
  const bkd = pickDemoAccounts().find((a) => a.role === 'bkd_admin')!;
  const admin = await BenchClient.signIn(base, bkd.nip, PASSWORD);
  const agencies = (await admin.request('GET', '/api/v1/agencies')).json.items as { id: string; employeeCount: number }[];
  const nips: string[] = [];
  for (const a of agencies.sort((x, y) => y.employeeCount - x.employeeCount)) {
    const page = (await admin.request('GET', `/api/v1/agencies/${a.id}/employees?limit=100`)).json.items as { nip: string }[];
    nips.push(...page.map((e) => e.nip));
    if (nips.length >= USERS) break;
  }
  return nips.slice(0, USERS);
}

async function photo(i: number): Promise<Uint8Array> {
  // A 12 MP phone photo: smooth areas, texture and sensor grain, so it compresses like a real one.
  const base = sharp({ create: { width: 4000, height: 3000, channels: 3, background: { r: 90 + (i % 60), g: 120, b: 150 }, noise: { type: 'gaussian', mean: 128, sigma: 18 } } });
  return base.jpeg({ quality: 88 }).withExif({ IFD0: { ImageDescription: `foto ${i}` } }).toBuffer();
}

async function pgBytes(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query(`select coalesce(sum(pg_total_relation_size(c.oid)),0)::bigint as b from pg_class c where c.relname in ('journal_entries','journal_entry_events','journal_entry_evidence') and c.relkind = 'r'`);
  await c.end();
  return Number(r.rows[0].b);
}

const dirBytes = (dir: string) => Number(execSync(`du -sb ${dir}`).toString().split('\t')[0]);

const sections: string[] = [];
for (const kind of ['pglite', 'postgres'] as const) {
  const server = await startBenchServer(kind, 3950 + sections.length);
  try {
    const nips = await employeesToSignIn(server.url);
    const clients = await pool(nips.map((nip) => () => BenchClient.signIn(server.url, nip, PASSWORD)), 4);
    const context = (await clients[0]!.request('GET', '/api/v1/journal/context')).json as { today: string };
    const dictionary = (await clients[0]!.request('GET', '/api/v1/activities')).json.items as { code: string }[];
    const from = new Date(`${context.today}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() - 10);
    const days = (await clients[0]!.request('GET', `/api/v1/journal/days?from=${from.toISOString().slice(0, 10)}&to=${context.today}`)).json.days as { date: string; windowOpen: boolean; isWorkingDay: boolean }[];
    const openDates = days.filter((d) => d.windowOpen && d.isWorkingDay).map((d) => d.date);
    const bytesBefore = kind === 'postgres' ? await pgBytes(process.env.BENCH_DATABASE_URL_EFFECTIVE ?? '') : dirBytes(server.dataDir);

    const dayLatencies: number[] = [];
    const putLatencies: number[] = [];
    const submitLatencies: number[] = [];
    let errors = 0;
    const tasks = clients.flatMap((c, u) =>
      openDates.map((date) => async () => {
        const started = performance.now();
        for (const [i, [start, end]] of SLOTS.entries()) {
          const r = await c.request('PUT', `/api/v1/journal/entries/${v7()}`, {
            workDate: date,
            startTime: start,
            endTime: end,
            activityCode: dictionary[(u * 8 + i) % dictionary.length]!.code,
            volume: 1,
            description: `Kegiatan ${i + 1} tanggal ${date}`,
          });
          putLatencies.push(r.ms);
          if (r.status !== 201) errors++;
        }
        const s = await c.request('POST', `/api/v1/journal/days/${date}/submit`);
        submitLatencies.push(s.ms);
        if (s.status !== 200) errors++;
        dayLatencies.push(performance.now() - started);
      }),
    );
    const t0 = performance.now();
    await pool(tasks, CONCURRENCY);
    const seconds = (performance.now() - t0) / 1000;
    const entries = tasks.length * SLOTS.length;
    const bytesAfter = kind === 'postgres' ? await pgBytes(process.env.BENCH_DATABASE_URL_EFFECTIVE ?? '') : dirBytes(server.dataDir);

    // Evidence: phone photos uploaded 4 at a time, each addressed by its SHA-256.
    const photos = await Promise.all(Array.from({ length: PHOTOS }, (_, i) => photo(i)));
    const uploadMs: number[] = [];
    const stored: number[] = [];
    const p0 = performance.now();
    await pool(
      photos.map((bytes, i) => async () => {
        const sha = createHash('sha256').update(bytes).digest('hex');
        const r = await clients[i % clients.length]!.request('PUT', `/api/v1/evidence/${sha}`, bytes);
        if (r.status !== 201) errors++;
        uploadMs.push(r.ms);
        stored.push(r.json.storedSize);
      }),
      4,
    );
    const photoSeconds = (performance.now() - p0) / 1000;
    const day = summarise(dayLatencies);
    const put = summarise(putLatencies);
    const sub = summarise(submitLatencies);
    const up = summarise(uploadMs);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const lines = [
      `| ${kind} | day-submit (8 PUT + submit) | ${CONCURRENCY} | ${(tasks.length / seconds).toFixed(1)} days/s | ${day.p50.toFixed(0)} | ${day.p99.toFixed(0)} | ${errors} |`,
      `| ${kind} | PUT entry | ${CONCURRENCY} | ${(entries / seconds).toFixed(0)} req/s | ${put.p50.toFixed(1)} | ${put.p99.toFixed(1)} | |`,
      `| ${kind} | POST submit | ${CONCURRENCY} | | ${sub.p50.toFixed(1)} | ${sub.p99.toFixed(1)} | |`,
      `| ${kind} | PUT evidence (12 MP photo, ${(avg(photos.map((p) => p.length)) / 1e6).toFixed(1)} MB) | 4 | ${(PHOTOS / photoSeconds).toFixed(1)} photos/s | ${up.p50.toFixed(0)} | ${up.p99.toFixed(0)} | |`,
    ];
    const perEntry = (bytesAfter - bytesBefore) / entries;
    lines.push(
      `| ${kind} | stored per entry | | ${Math.round(perEntry)} bytes${kind === 'pglite' ? ' (data folder growth, incl. WAL)' : ' (table + history + indexes)'} | | | |`,
      `| ${kind} | stored per photo | | ${Math.round(avg(stored) / 1024)} KB on disk (from ${(avg(photos.map((p) => p.length)) / 1024).toFixed(0)} KB sent) | | | |`,
    );
    for (const l of lines) console.log(l);
    sections.push(...lines);
    console.log(`${kind}: ${tasks.length} day-submits (${entries} entries) by ${clients.length} employees in ${seconds.toFixed(1)} s`);
  } finally {
    await server.stop();
  }
}

writeSection(
  'journal-day',
  [
    `Machine: ${machineLine()}. Demo province (5,200 employees, 1,481 activities); ${USERS} employees each submit every open day; server in its own process.`,
    '',
    '| database | operation | concurrency | throughput | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|---|',
    ...sections,
  ].join('\n'),
);
