/// <reference types="node" />
/**
 * Timing script for the activity search (not a test): builds the index over the demo dictionary and
 * replays realistic queries keystroke by keystroke, as the web app's type-ahead does.
 *
 *   npx tsx packages/core/src/activities/search.bench.ts [rounds]
 *
 * Budget: ≤ 50 ms per keystroke on a phone-class CPU (4× slowdown), so aim for ≤ 5 ms here.
 */
import { readFileSync } from 'node:fs';
import { parseActivitiesCsv } from './csv.js';
import { createActivitySearch, type ActivitySearchContext } from './search.js';

const CSV = new URL('../../../server/src/demo/data/activities.csv', import.meta.url);

/** What people type, abbreviations and typos included. */
const PHRASES = [
  'rakor',
  'rapat koordinasi',
  'apel pagi',
  'lap bulanan',
  'laporan harian',
  'laporn keuangan',
  'penyusunan renja',
  'menyusun spj',
  'surat masuk',
  'agenda surat',
  'disposisi',
  'dinas luar',
  'perjalanan dinas',
  'bimtek',
  'anc',
  'imunisasi bayi',
  'penyuluhan gizi',
  'rpp',
  'mengajar kelas',
  'skp bawahan',
  'kenaikan pangkat',
  'pengadaan langsung',
  'hps',
  'stock opname',
  'inventaris bmd',
  'siaran pers',
  'backup database',
  'arsip inaktif',
  'pengaduan masyarakat',
  'pengawasan konstruksi',
  'uji kir',
  'penertiban pkl',
  'kaji cepat bencana',
  'audit kinerja',
  'memimpin rapat',
  'kes-0027',
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const rounds = Number(process.argv[2] ?? 5);
const text = readFileSync(CSV, 'utf8');

let t = performance.now();
const items = parseActivitiesCsv(text);
const parseMs = performance.now() - t;

t = performance.now();
let search = createActivitySearch(items);
const coldBuildMs = performance.now() - t;
const buildTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  search = createActivitySearch(items);
  buildTimes.push(performance.now() - t);
}
buildTimes.sort((a, b) => a - b);

const keystrokes = PHRASES.flatMap((p) => Array.from({ length: p.length }, (_, i) => p.slice(0, i + 1)));
const now = Date.UTC(2025, 5, 16, 3, 0);
const ctx: ActivitySearchContext = {
  favourites: new Set(['UMM-0001', 'UMM-0019', 'ADM-0001', 'KES-0027']),
  recent: new Map([
    ['UMM-0005', now - 2 * 3_600_000],
    ['ADM-0016', now - 26 * 3_600_000],
    ['KEU-0018', now - 5 * 86_400_000],
  ]),
  positionKind: 'pelaksana',
  now,
};

// warm-up round (JIT), not measured
for (const q of keystrokes) search.search(q, ctx);

const samples: number[] = [];
const best = keystrokes.map(() => Infinity);
for (let r = 0; r < rounds; r++) {
  keystrokes.forEach((q, k) => {
    t = performance.now();
    search.search(q, ctx);
    const ms = performance.now() - t;
    samples.push(ms);
    best[k] = Math.min(best[k]!, ms);
  });
}
samples.sort((a, b) => a - b);
best.sort((a, b) => a - b);

const fmt = (ms: number) => ms.toFixed(2).padStart(7);
console.log(`dictionary: ${items.length} activities, parse ${parseMs.toFixed(1)} ms`);
console.log(`index build: cold ${fmt(coldBuildMs)} ms, then min ${fmt(buildTimes[0]!)} ms / median ${fmt(percentile(buildTimes, 50))} ms of 5`);
console.log(`keystrokes: ${keystrokes.length} per round × ${rounds} rounds = ${samples.length} searches`);
console.log(`per keystroke, all samples:   p50 ${fmt(percentile(samples, 50))} ms  p99 ${fmt(percentile(samples, 99))} ms  max ${fmt(samples.at(-1)!)} ms`);
// The best of the rounds for each keystroke filters out GC pauses and other processes on the machine.
console.log(`per keystroke, best of ${rounds}:  p50 ${fmt(percentile(best, 50))} ms  p99 ${fmt(percentile(best, 99))} ms  max ${fmt(best.at(-1)!)} ms`);
