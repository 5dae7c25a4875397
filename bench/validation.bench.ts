/**
 * Supervisor validation at the size the issue names: a supervisor with about 40 subordinates, each
 * with 7 working days of 8 entries (about 2,000 pending entries). Measures the first inbox page
 * (p50/p99 over repeated reads) and one "approve everything except flagged" over the whole inbox,
 * on PGlite and PostgreSQL, with the demo province in a separate server process.
 *
 * The entries are created through the API (a PUT per entry, then "Kirim" per day, 8 at a time), as
 * phones would: slower to set up than inserting rows, but every entry then has its history and
 * submission time exactly as in production. The supervisor is found in the demo plan (the one whose
 * subordinate count is closest to 40); their agency gets a 10-working-day reporting window so 7 days
 * can still be logged, and time-range crediting so each 8-slot day is exactly its 510-minute target
 * (no day is flagged, so "approve all" approves everything).
 */
import { isJpt, OrgChart } from '@kinerja/core';
import { v7 } from 'uuid';
import { planSnapshot } from '../packages/server/src/demo/picks.js';
import { pickDemoAccounts, planDemoProvince } from '../packages/server/src/demo/seed.js';
import { BenchClient } from './lib/api-client.js';
import { machineLine, writeSection } from './lib/report.js';
import { startBenchServer } from './lib/server-process.js';
import { pool, summarise } from './lib/stats.js';

const TARGET_SUBORDINATES = Number(process.env.BENCH_SUBORDINATES ?? 40);
const DAYS = Number(process.env.BENCH_DAYS ?? 7);
const READS = Number(process.env.BENCH_INBOX_READS ?? 40);
const CONCURRENCY = 8;
const PASSWORD = 'kinerja-demo';
const SLOTS = [
  ['07:30', '08:30'], ['08:30', '09:30'], ['09:30', '10:30'], ['10:30', '11:30'],
  ['12:30', '13:30'], ['13:30', '14:30'], ['14:30', '15:30'], ['15:30', '16:00'],
] as const;

/** The demo supervisor whose subordinate count (JPT subordinates aside: they are approved automatically) is closest to the target. */
function pickSupervisor(): { agencyCode: string; nip: string; subordinates: string[] } {
  const plan = planDemoProvince();
  let best: { agencyCode: string; nip: string; subordinates: string[] } | undefined;
  for (const agency of plan.agencies) {
    const chart = new OrgChart(planSnapshot(agency), plan.today);
    const kindOf = new Map(agency.positions.map((p) => [p.code, p.kind]));
    const postOf = new Map(agency.employees.map((e) => [e.nip, e.positionCode]));
    for (const e of agency.employees) {
      const subordinates = chart.subordinatesOf(e.nip).filter((n) => !isJpt(kindOf.get(postOf.get(n)!)!));
      if (!best || Math.abs(subordinates.length - TARGET_SUBORDINATES) < Math.abs(best.subordinates.length - TARGET_SUBORDINATES)) {
        best = { agencyCode: agency.spec.code, nip: e.nip, subordinates: [...subordinates] };
      }
    }
  }
  return best!;
}

const boss = pickSupervisor();
const sections: string[] = [];
let setupNote = '';
for (const kind of ['pglite', 'postgres'] as const) {
  const server = await startBenchServer(kind, 3970 + sections.length);
  try {
    const bkd = pickDemoAccounts().find((a) => a.role === 'bkd_admin')!;
    const admin = await BenchClient.signIn(server.url, bkd.nip, PASSWORD);
    const agencies = (await admin.request('GET', '/api/v1/agencies')).json.items as { id: string; code: string }[];
    const agency = agencies.find((a) => a.code === boss.agencyCode)!;
    const set = await admin.request('PUT', `/api/v1/agencies/${agency.id}/journal-settings`, { reportingWindowWorkingDays: 10, creditMode: 'time_range' });
    if (set.status !== 200) throw new Error(`settings: ${set.status} ${JSON.stringify(set.json)}`);

    const staff = await pool(boss.subordinates.map((nip) => () => BenchClient.signIn(server.url, nip, PASSWORD)), 4);
    const context = (await staff[0]!.request('GET', '/api/v1/journal/context')).json as { today: string };
    const dictionary = ((await staff[0]!.request('GET', '/api/v1/activities')).json.items as { code: string; positionKinds: string[] }[]).filter((a) => a.positionKinds.length === 0);
    const from = new Date(`${context.today}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() - 20);
    const days = (await staff[0]!.request('GET', `/api/v1/journal/days?from=${from.toISOString().slice(0, 10)}&to=${context.today}`)).json.days as { date: string; windowOpen: boolean; isWorkingDay: boolean }[];
    const dates = days.filter((d) => d.windowOpen && d.isWorkingDay).map((d) => d.date).slice(-DAYS);

    let errors = 0;
    const s0 = performance.now();
    await pool(
      staff.flatMap((c, u) =>
        dates.map((date) => async () => {
          for (const [i, [start, end]] of SLOTS.entries()) {
            const r = await c.request('PUT', `/api/v1/journal/entries/${v7()}`, {
              workDate: date,
              startTime: start,
              endTime: end,
              activityCode: dictionary[(u * 8 + i) % dictionary.length]!.code,
              volume: 1,
              description: `Kegiatan ${i + 1} pegawai ${u + 1} tanggal ${date}`,
            });
            if (r.status !== 201) errors++;
          }
          if ((await c.request('POST', `/api/v1/journal/days/${date}/submit`)).status !== 200) errors++;
        }),
      ),
      CONCURRENCY,
    );
    const setupSeconds = (performance.now() - s0) / 1000;

    const supervisor = await BenchClient.signIn(server.url, boss.nip, PASSWORD);
    const first = await supervisor.request('GET', '/api/v1/validation/inbox');
    const counts = first.json.counts as { people: number; days: number; entries: number };
    const reads: number[] = [];
    for (let i = 0; i < 3; i++) await supervisor.request('GET', '/api/v1/validation/inbox');
    for (let i = 0; i < READS; i++) {
      const r = await supervisor.request('GET', '/api/v1/validation/inbox');
      if (r.status !== 200) errors++;
      reads.push(r.ms);
    }
    const inbox = summarise(reads);
    const bytes = JSON.stringify(first.json).length;
    const approve = await supervisor.request('POST', '/api/v1/validation/approve-all', { asOf: first.json.asOf });
    if (approve.status !== 200) errors++;
    const after = (await supervisor.request('GET', '/api/v1/validation/inbox')).json.counts as { entries: number };

    setupNote = `${staff.length} subordinates × ${dates.length} working days × 8 entries = ${counts.entries} pending entries (${counts.days} person-days)`;
    const lines = [
      `| ${kind} | GET /validation/inbox, first page (10 of ${counts.days} person-days with entries, summaries of all, ${Math.round(bytes / 1024)} KB) | ${READS} sequential | ${inbox.p50.toFixed(0)} | ${inbox.p99.toFixed(0)} | ${errors} |`,
      `| ${kind} | POST /validation/approve-all (flags computed over all ${counts.entries}, ${approve.json?.decided ?? '?'} approved, ${approve.json?.flagged ?? '?'} flagged, ${after.entries} left) | 1 | ${approve.ms.toFixed(0)} | | |`,
      `| ${kind} | setup through the API: ${counts.entries} PUT + ${staff.length * dates.length} submits | ${CONCURRENCY} | ${(setupSeconds * 1000).toFixed(0)} (total) | | |`,
    ];
    for (const l of lines) console.log(l);
    sections.push(...lines);
  } finally {
    await server.stop();
  }
}

writeSection(
  'validation',
  [
    `Machine: ${machineLine()}. Demo province; the supervisor is ${boss.agencyCode} ${boss.nip}: ${setupNote}, created through the API before measuring; server in its own process.`,
    '',
    '| database | operation | requests | p50 ms (or time) | p99 ms | errors |',
    '|---|---|---|---|---|---|',
    ...sections,
  ].join('\n'),
);
