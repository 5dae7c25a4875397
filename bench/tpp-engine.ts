/**
 * The TPP engine alone (issue 19): a large province's month — 80,000 employees by default — from
 * generated inputs, under each shipped rule set. No database: this is the pure computation a
 * monthly run will do after reading its inputs, with every explanation line built.
 *
 *   node --expose-gc --import tsx bench/tpp-engine.ts      (BENCH_EMPLOYEES=80000, BENCH_SEED=19)
 *   … --write    also replaces the tpp-engine section of bench/README.md
 *
 * Prints, per rule set: seconds to compute the month (wall and CPU: the machine is shared), µs per employee, lines built, and the
 * process's peak memory (max RSS) and the heap holding inputs and results.
 */
import { readFileSync } from 'node:fs';
import { computeTppMonth, parseTppRuleSet, TPP_PREDIKATS, type TppAttendanceDay, type TppEmployeeInput, type TppRuleSet } from '../packages/core/src/index.js';
import { machineLine, writeSection } from './lib/report.js';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 80_000);
const MONTH = '2026-11';

/** mulberry32: the same province every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function ruleSet(name: string): TppRuleSet {
  const raw = JSON.parse(readFileSync(new URL(`../packages/core/src/tpp/rule-sets/${name}.json`, import.meta.url), 'utf8')) as unknown;
  const r = parseTppRuleSet(raw);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

function generate(n: number, seed: number): TppEmployeeInput[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const days = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
  const isWeekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
  const working = days.filter((d) => !isWeekend(d));
  const golongan = ['II/a', 'II/c', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];
  const out: TppEmployeeInput[] = [];
  for (let i = 0; i < n; i++) {
    const onLeave = rnd() < 0.03 ? Math.floor(rnd() * 15) + 1 : 0;
    const attendance: TppAttendanceDay[] = days.map((date, di) => {
      if (isWeekend(date)) return { date, status: 'off' };
      if (di < onLeave + 1 && onLeave > 0) return { date, status: 'excused' };
      const r = rnd();
      if (r < 0.01) return { date, status: 'tk' };
      const late = rnd() < 0.12 ? Math.floor(rnd() * 120) + 1 : 0;
      const early = rnd() < 0.05 ? Math.floor(rnd() * 100) + 1 : 0;
      const noScan = rnd() < 0.01;
      return {
        date,
        status: 'present',
        recordId: `a${i}-${di}`,
        checks: [
          { point: 'masuk', minutesOff: noScan ? null : late },
          { point: 'istirahat_masuk', minutesOff: rnd() < 0.02 ? null : 0 },
          { point: 'pulang', minutesOff: early },
        ],
        apelMissed: rnd() < 0.03,
      };
    });
    const target = (working.length - (onLeave > 0 ? Math.min(onLeave, working.length) : 0)) * 510;
    out.push({
      employeeId: `e${i}`,
      kind: rnd() < 0.15 ? 'pppk' : 'pns',
      golongan: pick(golongan),
      kelas: 1 + Math.floor(rnd() * 15),
      cpns: rnd() < 0.05,
      acting: rnd() < 0.01 ? { kind: 'plt', kelas: 9 + Math.floor(rnd() * 8) } : null,
      journal: { approvedOnTimeMinutes: Math.floor(target * (0.6 + rnd() * 0.5)), targetMinutes: target },
      predikat: rnd() < 0.02 ? null : pick(['sangat_baik', 'baik', 'baik', 'baik', 'butuh_perbaikan', 'kurang', ...TPP_PREDIKATS]),
      skpFinished: rnd() > 0.05,
      attendance,
      leave: onLeave > 0 ? [{ type: pick(['cuti_tahunan', 'cuti_sakit', 'cuti_alasan_penting', 'cuti_besar'] as const), days: onLeave }] : [],
      hukdis: rnd() < 0.003 ? [{ id: 'sedang' }] : [],
      teamLapses: rnd() < 0.1 ? [{ entryId: `x${i}`, date: pick(working) }] : [],
      partScores: { serapan_anggaran: Math.floor(rnd() * 100) },
      salary: 2_500_000 + Math.floor(rnd() * 4_000_000),
    });
  }
  // PPPK golongan are roman numerals.
  for (const e of out) if (e.kind === 'pppk') e.golongan = pick(['V', 'VII', 'IX', 'X', 'XI']);
  return out;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const t0 = performance.now();
const inputs = generate(EMPLOYEES, Number(process.env.BENCH_SEED ?? 19));
const genSeconds = (performance.now() - t0) / 1000;
const rows: string[] = [];
/** With --expose-gc the heap figures are what stays alive, not what waits for collection. */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
gc();
const inputsHeap = process.memoryUsage().heapUsed;
console.log(`${machineLine()}\n${EMPLOYEES.toLocaleString('en')} employees generated in ${genSeconds.toFixed(1)} s; inputs hold ${mib(inputsHeap)} of heap`);
let month: ReturnType<typeof computeTppMonth> | undefined;
for (const name of ['kalbar-default', 'tulang-bawang', 'timor-tengah-utara']) {
  const rs = ruleSet(name);
  month = undefined;
  gc();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  month = computeTppMonth(rs, MONTH, inputs);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const lines = month.employees.reduce((a, e) => a + e.lines.length, 0);
  gc();
  const heap = process.memoryUsage().heapUsed - inputsHeap;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const row = `| ${name} | ${seconds.toFixed(2)} s | ${cpuSeconds.toFixed(2)} s | ${((seconds * 1e6) / EMPLOYEES).toFixed(0)} µs | ${lines.toLocaleString('en')} | ${mib(heap)} | ${mib(maxRss)} | Rp ${month.totals.payable.toLocaleString('id-ID')} |`;
  rows.push(row);
  console.log(`${name}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (${((seconds * 1e6) / EMPLOYEES).toFixed(0)} µs/employee), ${lines.toLocaleString('en')} lines, results ${mib(heap)} of heap, peak RSS ${mib(maxRss)}, payable Rp ${month.totals.payable.toLocaleString('id-ID')}`);
}

if (process.argv.includes('--write')) {
  writeSection(
    'tpp-engine',
    `### TPP engine: a province's month (${EMPLOYEES.toLocaleString('en')} employees, no database)

\`npx tsx bench/tpp-engine.ts --write\`: generated inputs (a month of attendance with three check points per day, journal minutes, predikat, leave, Plt, CPNS, hukdis), computed with every explanation line under each shipped rule set, one after the other in one process (results' heap: what one set's results keep alive after a GC, inputs excluded; peak RSS: the process so far). ${machineLine()}.

| Rule set | Compute (wall) | CPU | Per employee (wall) | Lines | Results' heap | Peak RSS | Payable |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}`,
  );
}
