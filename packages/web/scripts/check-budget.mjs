#!/usr/bin/env node
// The journal screen's JavaScript budget, checked after every `vite build`: the scripts index.html
// loads, the entry chunk with all its static imports, and the JournalScreen chunk with its static
// imports (fetched at once for the journal route, see App.tsx). Sums their gzip sizes, prints the
// figure and fails when it is over the budget. Usage: node scripts/check-budget.mjs [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 170;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const files = new Map(); // file -> why
function walk(key, why) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`not in the build manifest: ${key}`);
  if (!files.has(chunk.file)) files.set(chunk.file, why);
  for (const dep of chunk.imports ?? []) walk(dep, why);
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
walk(entry, 'entry');
walk('src/features/journal/JournalScreen.tsx', 'journal');
for (const m of html.matchAll(/<script[^>]*\ssrc="\/?([^"]+\.js)"/g)) if (!files.has(m[1])) files.set(m[1], 'index.html');

const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
let total = 0;
const rows = [];
for (const [file, why] of files) {
  const size = gz(file);
  total += size;
  rows.push({ file, why, gzipKB: +(size / 1024).toFixed(1) });
}
const kb = +(total / 1024).toFixed(1);
if (process.argv.includes('--json')) console.log(JSON.stringify({ budgetKB: BUDGET_KB, totalKB: kb, files: rows }));
else {
  for (const r of rows) console.log(`  ${r.gzipKB.toFixed(1).padStart(6)} KB  ${r.file} (${r.why})`);
  console.log(`Journal screen initial JavaScript: ${kb} KB gzip (budget ${BUDGET_KB} KB)`);
}
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB: the journal route must load at most ${BUDGET_KB} KB of gzipped JavaScript.`);
  process.exit(1);
}
