#!/usr/bin/env node
// The one test command (`npm test`): type check, unit and database tests on the embedded PGlite,
// the same database tests on PostgreSQL, a subset on a Citus cluster, then browser tests in Chromium. Ends with "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const out = mkdtempSync(join(tmpdir(), 'kinerja-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/**
 * Like run, without holding this process's event loop: the Citus phase, started before, advances only
 * while the loop is free (a spawnSync here would leave it waiting until the browser phase is over).
 */
function runAwait(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

/** Like run, beside the foreground: output to a log file, printed by the caller when it is over. */
function runBeside(label, cmd, args, env, log) {
  const fd = openSync(log, 'a');
  spawnSync('sh', ['-c', `echo "\n=== ${label} ===" >> "${log}"`]);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

function vitestArgs(label, projects, files, options) {
  const file = join(out, `${label.replace(/\W+/g, '-')}.json`);
  return { file, args: ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...options, ...files] };
}

function vitest(label, projects, env = {}, files = [], options = []) {
  const { file, args } = vitestArgs(label, projects, files, options);
  count(run(label, 'npx', args, env), file);
}

function count(ok, file) {
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    // A suite that failed to load has no failed tests; count it so it cannot pass silently.
    if (!ok && r.numFailedTests === 0) failed += Math.max(1, r.numFailedTestSuites);
  } else if (!ok) failed += 1;
}

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: hostname, port: Number(port || 5432) });
    s.setTimeout(1500);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.once('timeout', () => (s.destroy(), resolve(false)));
  });
}

if (run('Pemeriksaan tipe (tsc)', 'npm', ['run', '--silent', 'typecheck'])) passed += 1;
else failed += 1;

if (run('Versi Node dependensi', 'node', ['scripts/check-engines.mjs'])) passed += 1;
else failed += 1;

{
  console.log('\n=== Audit dependensi (npm audit --omit=dev) ===');
  const audit = spawnSync('node', ['scripts/audit-deps.mjs'], { stdio: 'inherit' });
  if (audit.status === 0) passed += 1;
  else if (audit.status === 2) notes.push('Audit dependensi dilewati: registry npm tidak dapat ditanya (lihat di atas).');
  else failed += 1;
}

vitest('Uji unit dan basis data (PGlite)', ['core', 'web', 'server']);

if (await reachable(pgUrl)) {
  vitest('Uji basis data (PostgreSQL)', ['server'], { TEST_DATABASE_URL: pgUrl });
} else if (ci) {
  console.error(`PostgreSQL tidak terjangkau di ${pgUrl}`);
  failed += 1;
} else {
  notes.push(`PostgreSQL tidak terjangkau di ${pgUrl}: uji PostgreSQL dilewati (set TEST_DATABASE_URL).`);
}

// Citus (issue 21): a coordinator and two workers built from the upstream source (scripts/citus/), and the
// database tests that prove the layout, the sync cursor and one-shard plans run on it. The subset is the
// one docs/scaling.md names ("Citus in CI"); router-plans.test.ts plans every module's queries there.
const citusTarball = process.env.KINERJA_CITUS_TARBALL ?? join(process.cwd(), '..', 'shared', 'vendor', 'citus-13.2.2.tar.gz');
const CITUS_FILES = [
  'packages/server/src/db/db.test.ts',
  'packages/server/src/db/distribution.test.ts',
  'packages/server/src/db/router-plans.test.ts',
  // An installation laid out at 0001 and at 0029, then migrated to the latest (issue 21, upgrade defect),
  // and one module's migrations down and up on the laid-out cluster.
  'packages/server/src/db/upgrade.test.ts',
  'packages/server/src/modules/tpp/migration.test.ts',
  // One main suite per module whose routes run on the cluster end to end (docs/scaling.md, "Citus in CI":
  // why not every file, and which module is left out and why).
  'packages/server/src/modules/journal/journal.test.ts',
  'packages/server/src/modules/validation/validation.test.ts',
  'packages/server/src/modules/validation/approve-many.test.ts',
  'packages/server/src/modules/skp/skp.test.ts',
  'packages/server/src/modules/tpp/tpp.test.ts',
  'packages/server/src/modules/org/org.test.ts',
  'packages/server/src/modules/auth/auth.test.ts',
  'packages/server/src/modules/sync/sync.test.ts',
  'packages/server/src/modules/sync/cursor.test.ts',
  // The server killed mid-sync, on the cluster (in a schema of its own): a restart costs what it costs on
  // any engine (starting Node and the app, not the database), so a few restarts here; PGlite and
  // PostgreSQL take the default count (docs/scaling.md, "Citus in CI").
  'packages/server/src/modules/sync/fault.test.ts',
  // What only a cluster can break in the retention purge (the purge flag reaching the workers' triggers,
  // the evidence sweep in sequential mode) and in the import (accounts, a reference table, and employees
  // in one transaction): about 30 s and 35 s each there.
  'packages/server/src/modules/retention/purge.test.ts',
  'packages/server/src/modules/imports/imports.test.ts',
];
const CITUS_FAULT_RESTARTS = '5';

// The cluster phase runs beside the browser phase (its own log, printed after): both mostly wait (on the
// cluster's round trips, on the browser), and one after the other they made CI too long for its budget.
async function citusPhase(log) {
  if (process.env.KINERJA_SKIP_CITUS === '1') return notes.push('Citus dilewati (KINERJA_SKIP_CITUS=1).');
  if (!existsSync(citusTarball)) return notes.push(`Citus dilewati: sumber ${citusTarball} tidak ada (set KINERJA_CITUS_TARBALL).`);
  if (!(await runBeside('Membangun Citus (scripts/citus/build.sh)', 'bash', ['scripts/citus/build.sh'], { KINERJA_CITUS_TARBALL: citusTarball }, log))) return (failed += 1);
  const started = spawnSync('bash', ['scripts/citus/start.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  spawnSync('sh', ['-c', `cat >> "${log}"`], { input: `\n=== Menjalankan klaster Citus ===\n${started.stdout ?? ''}${started.stderr ?? ''}` });
  const url = /DATABASE_URL=(\S+)/.exec(started.stdout ?? '')?.[1];
  if (started.status !== 0 || !url) return (failed += 1);
  try {
    // One file at a time: with files side by side the cluster found deadlocks between one file's
    // migrations down and up and another's setup (fault, approve-many and TPP's migration test in a
    // fresh-clone run), beyond the one lock migrations take (db/migrate.ts). DDL on every shard in
    // sequential mode makes a migration down and up take a minute or more: longer limits.
    const { file, args } = vitestArgs('Uji basis data (Citus)', ['server'], CITUS_FILES, ['--testTimeout=300000', '--hookTimeout=600000', '--no-file-parallelism']);
    const env = { TEST_DATABASE_URL: url, KINERJA_CITUS_SHARD_COUNT: '4', FAULT_RESTARTS: CITUS_FAULT_RESTARTS };
    count(await runBeside('Uji basis data (Citus)', 'npx', args, env, log), file);
  } finally {
    await runBeside('Menghentikan klaster Citus', 'bash', ['scripts/citus/stop.sh'], {}, log);
  }
}
const citusLog = join(out, 'citus.log');
console.log(`\n=== Citus: dibangun dan diuji di samping uji peramban (log: ${citusLog}, dicetak sesudahnya) ===`);
const citusStarted = Date.now();
const citus = citusPhase(citusLog).then(() => Date.now() - citusStarted);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  if (await runAwait('Membangun aplikasi web', 'npm', ['run', 'build', '-w', '@kinerja/web'])) {
    const { file, args } = vitestArgs('Uji peramban (Chromium)', ['e2e'], [], []);
    count(await runAwait('Uji peramban (Chromium)', 'npx', args), file);
  } else failed += 1;
} else if (ci) {
  console.error(`Chromium tidak ada di ${chromium}`);
  failed += 1;
} else {
  notes.push(`Chromium tidak ada di ${chromium}: uji peramban dilewati (apt-get install chromium).`);
}

const citusMs = await citus;
if (existsSync(citusLog)) {
  console.log(`\n=== Citus (${Math.round(citusMs / 1000)} s, di samping uji peramban) ===`);
  process.stdout.write(readFileSync(citusLog, 'utf8'));
}

for (const n of notes) console.log(`CATATAN: ${n}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
