import { opendir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { listTables } from './catalog.js';
import { ident } from './ident.js';
import { MESSAGES } from './messages.js';
import type { CopySession } from './session.js';

/**
 * Filled before anyone uses the app: national holidays on first start, SIASN's reference codes by
 * their migration (0043). A backup's own rows replace them.
 */
export const PREFILLED_TABLES: ReadonlySet<string> = new Set(['holidays', 'siasn_reference_codes']);

/** What makes the target not empty, in words for the operator, or null when it is empty. */
export async function describeContents(s: CopySession, dataDir: string): Promise<string | null> {
  const found: string[] = [];
  for (const t of await listTables(s)) {
    if (PREFILLED_TABLES.has(t.name)) continue;
    const [row] = await s.query<{ any: boolean }>(`select exists (select 1 from ${ident(t.name)}) as any`);
    if (row?.any) found.push(t.name);
  }
  const parts: string[] = [];
  if (found.length) parts.push(`tabel berisi data: ${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''}`);
  if (await hasAnyFile(join(dataDir, 'evidence'))) parts.push(`folder ${join(dataDir, 'evidence')} berisi berkas`);
  return parts.length ? parts.join('; ') : null;
}

/** Stops at the first file: the evidence folder may hold millions. */
async function hasAnyFile(dir: string): Promise<boolean> {
  let handle;
  try {
    handle = await opendir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  for await (const entry of handle) {
    if (entry.isFile()) return true;
    if (entry.isDirectory() && (await hasAnyFile(join(dir, entry.name)))) return true;
  }
  return false;
}

/**
 * A PGlite target must be a new folder, an empty one, or a PGlite data folder: anything else (a home
 * folder given by mistake) is refused before PGlite writes its files into it.
 */
export async function checkPgliteFolder(dataDir: string): Promise<void> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  const ours = new Set(['evidence', 'kinerja.pid']);
  if (names.some((n) => !ours.has(n)) && !names.includes('PG_VERSION')) throw new Error(MESSAGES.notDataFolder(dataDir));
}
