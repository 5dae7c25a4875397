/**
 * What a server start costs before it can answer: building the app (routes, validators and, when
 * eager, every response serializer) and opening an already-migrated PGlite data folder (the
 * migrations' up-to-date check and the reference data). Paid by every `npm start`, every restart,
 * every test file that builds the app and each of the sync fault test's restarts. Prints CPU and wall
 * milliseconds per round, lazy serializers (as the server runs) against eager (Fastify's default).
 *
 * `npx tsx bench/server-start.ts` (BENCH_ROUNDS, default 3)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { connectDatabase } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { createContext } from '../packages/server/src/runtime.js';
import { machineLine } from './lib/report.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function measure<T>(work: () => Promise<T>): Promise<{ cpuMs: number; wallMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-bench-start-'));
try {
  const first = await connectDatabase({ dataDir });
  await migrateToLatest(first.db);
  await ensureReferenceData(first.db);
  await first.close();

  const open: number[][] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const r = await measure(async () => {
      const h = await connectDatabase({ dataDir });
      const connected = performance.now();
      await migrateToLatest(h.db);
      await ensureReferenceData(h.db);
      const checked = performance.now() - connected;
      return { h, checked };
    });
    open.push([r.cpuMs, r.wallMs, r.value.checked]);
    if (i < ROUNDS - 1) await r.value.h.close();
    else {
      const h = r.value.h;
      const ctx = createContext(h, { ...loadConfig({}), dataDir, webDistDir: '/nonexistent' });
      for (const eager of [false, true]) {
        const rounds: number[][] = [];
        for (let j = 0; j < ROUNDS; j++) {
          const b = await measure(async () => {
            const app = await buildApp(ctx, { eagerSerializers: eager });
            await app.ready();
            return app;
          });
          rounds.push([b.cpuMs, b.wallMs]);
          await b.value.close();
        }
        console.log(`buildApp, ${eager ? 'eager serializers (Fastify default)' : 'lazy serializers (as run)'}: median ${median(rounds.map((x) => x[0]!)).toFixed(0)} ms CPU, ${median(rounds.map((x) => x[1]!)).toFixed(0)} ms wall over ${ROUNDS}`);
      }
      await h.close();
    }
  }
  console.log(
    `open a migrated PGlite folder + up-to-date check + reference data: median ${median(open.map((x) => x[0]!)).toFixed(0)} ms CPU, ${median(open.map((x) => x[1]!)).toFixed(0)} ms wall (of which the check and reference data ${median(open.map((x) => x[2]!)).toFixed(0)} ms)`,
  );
  console.log(machineLine());
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
