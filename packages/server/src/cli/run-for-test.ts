import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const bin = fileURLToPath(new URL('../../bin/kinerja.mjs', import.meta.url));
const run = promisify(execFile);

/** Runs `kinerja <args>` as an operator would, on a PGlite data folder; answers the exit code and all output. */
export async function kinerja(dataDir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  return kinerjaOn({ dataDir }, ...args);
}

/**
 * Runs `kinerja <args>` on a PostgreSQL database when `databaseUrl` is given (a test's private schema
 * is named by the URL's `options=-c search_path=…`), else on the PGlite data folder.
 */
export async function kinerjaOn(store: { dataDir: string; databaseUrl?: string | undefined }, ...args: string[]): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, KINERJA_DATA_DIR: store.dataDir };
  if (store.databaseUrl) env.DATABASE_URL = store.databaseUrl;
  else delete env.DATABASE_URL;
  try {
    const r = await run(process.execPath, [bin, ...args], { env });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
