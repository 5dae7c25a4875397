import { join } from 'node:path';
import { connectDatabase, type DatabaseHandle } from '../../packages/server/src/db/connect.js';

export type BenchDatabase = DatabaseHandle & { drop?: () => Promise<void> };

/**
 * A fresh database for one bench run: PGlite in `folder`, or on PostgreSQL (`serverUrl`, the bench's
 * BENCH_DATABASE_URL) a database `<name>_<pid>` made for the run; `closeBenchDatabase` drops it.
 */
export async function openBenchDatabase(kind: 'pglite' | 'postgres', folder: string, name: string, serverUrl: string | undefined): Promise<BenchDatabase> {
  if (kind === 'pglite') return connectDatabase({ dataDir: join(folder, 'db') });
  const pg = (await import('pg')).default;
  const database = `${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${database}`);
  await admin.query(`create database ${database}`);
  await admin.end();
  const u = new URL(serverUrl!);
  u.pathname = `/${database}`;
  const handle = await connectDatabase({ url: u.toString() });
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`drop database if exists ${database}`);
      await a.end();
    },
  };
}

export async function closeBenchDatabase(handle: BenchDatabase): Promise<void> {
  if (handle.drop) await handle.drop();
  else await handle.close();
}
