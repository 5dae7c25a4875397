import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;

export interface BenchServer {
  url: string;
  dataDir: string;
  kind: 'pglite' | 'postgres';
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs the real server as its own process (as in production), on an empty database that it fills
 * with the demo province, so the load generator never shares an event loop with it.
 */
export async function startBenchServer(kind: 'pglite' | 'postgres', port: number): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
    // The sign-in bench signs one account in over and over.
    LOGIN_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: '100000000',
    LOGIN_RATE_LIMIT_PER_ACCOUNT_IP_PER_MINUTE: '100000000',
    // Benches repeat one account's change (a push, an approve-all) far past a person's pace.
    WRITE_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: '100000000',
    KINERJA_WEB_DIST: '/nonexistent',
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
  let dbName: string | undefined;
  // Evidence files live in the data folder whatever the database, so each run gets its own.
  env.KINERJA_DATA_DIR = dataDir;
  if (kind === 'postgres') {
    const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    dbName = `kinerja_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName}`);
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
    process.env.BENCH_DATABASE_URL_EFFECTIVE = env.DATABASE_URL;
  } else {
    delete env.DATABASE_URL;
  }
  // BENCH_SERVER_PROFILE=<folder> writes a V8 CPU profile of the server (open it in Chrome DevTools).
  const profile = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SERVER_PROFILE] : [];
  const tsx = require.resolve('tsx');
  const child = spawn(process.execPath, [...profile, '--import', tsx, join(root, 'packages/server/src/main.ts'), '--demo-if-empty'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /Kinerja berjalan di (\S+)/.exec(buffer);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${buffer}`)));
  });
  return {
    url,
    dataDir,
    kind,
    child,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
      if (dbName) {
        const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
        await admin.connect();
        await admin.query(`drop database if exists ${dbName}`);
        await admin.end();
      }
    },
  };
}
