import { randomBytes } from 'node:crypto';
import { opendir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import pg from 'pg';
import type { AppContext } from '../context.js';
import type { DatabaseHandle } from '../db/connect.js';
import { newId } from '../db/ids.js';
import { loadConfig } from '../config.js';
import { ingestEvidence, sha256Hex } from '../modules/evidence/store.js';
import { samplePdf, samplePhoto } from '../modules/evidence/samples.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { listTables } from './catalog.js';
import { ident } from './ident.js';
import { withCopySession } from './session.js';

/** Helpers for the backup tests: journal rows with evidence, counts, checksums, scratch databases. */

export async function seedJournalWithEvidence(handle: DatabaseHandle, dataDir: string, entries = 12): Promise<void> {
  const db = handle.db;
  const ctx: AppContext = {
    db,
    dbKind: handle.kind,
    dbSchema: handle.schema,
    config: { ...loadConfig({}), dataDir },
    charts: new OrgChartCache(db),
    now: () => new Date('2026-11-23T03:00:00Z'),
  };
  const account = await db.selectFrom('accounts').select(['id', 'agency_id', 'employee_id']).where('role', '=', 'employee').limit(1).executeTakeFirstOrThrow();
  const activity = await db.selectFrom('activities').select(['code', 'version']).limit(1).executeTakeFirstOrThrow();
  for (let i = 0; i < entries; i += 1) {
    const bytes = i % 4 === 3 ? samplePdf(`Surat Tugas ${i}`) : await samplePhoto({ width: 320, height: 240, seedColour: `#${(0x203040 + i * 0x0a0b0c).toString(16).slice(-6)}` });
    const sha = sha256Hex(bytes);
    await ingestEvidence(ctx, { accountId: account.id, timeZone: 'Asia/Pontianak' }, bytes, sha);
    const id = newId();
    await db
      .insertInto('journal_entries')
      .values({
        agency_id: account.agency_id!,
        id,
        employee_id: account.employee_id!,
        work_date: `2026-11-${String(2 + i).padStart(2, '0')}`,
        start_minute: 450,
        end_minute: 510,
        activity_code: activity.code,
        activity_version: activity.version,
        volume: '1.5',
        // Quotes, commas, a line break and non-ASCII text: what CSV has to carry intact.
        description: `Rapat "koordinasi", ke-${i}\nbaris dua — ✓`,
        credited_minutes: 60,
        status: 'submitted',
        submitted_at: new Date('2026-11-23T02:00:00Z'),
      } as never)
      .execute();
    await db
      .insertInto('journal_entry_events')
      .values({ agency_id: account.agency_id!, entry_id: id, seq: 1, actor_account_id: account.id, action: 'create', data: JSON.stringify({ i, tags: ['a', null] }) } as never)
      .execute();
    await db.insertInto('journal_entry_evidence').values({ agency_id: account.agency_id!, entry_id: id, sha256: sha, file_name: `bukti ${i}.jpg` } as never).execute();
  }
  await db.insertInto('audit_log').values({ action: 'test', entity: 'backup', data: JSON.stringify({ ok: true }) } as never).execute();
  await db.insertInto('audit_log').values({ action: 'test', entity: 'backup', agency_id: account.agency_id } as never).execute();
}

/** Row count of every table (Kysely's bookkeeping left out), by table name. */
export async function tableCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  return withCopySession(handle, async (s) => {
    const out: Record<string, number> = {};
    for (const t of await listTables(s)) {
      const [row] = await s.query<{ n: string }>(`select count(*)::text as n from ${ident(t.name)}`);
      out[t.name] = Number(row!.n);
    }
    return out;
  });
}

/** SHA-256 of every file under `<dataDir>/evidence`, by path relative to the data folder. */
export async function evidenceChecksums(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(dir: string): Promise<void> {
    let handle;
    try {
      handle = await opendir(dir);
    } catch {
      return;
    }
    for await (const e of handle) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else out[relative(dataDir, path).split(sep).join('/')] = sha256Hex(await readFile(path));
    }
  }
  await walk(join(dataDir, 'evidence'));
  return out;
}

/** A new, empty database on the PostgreSQL server of `baseUrl`; `drop()` removes it. */
export async function scratchDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kinerja_restore_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        // A closed pool's sockets linger a moment; forcing them shut would raise errors in their clients.
        for (let attempt = 0; ; attempt += 1) {
          try {
            await c.query(`drop database if exists ${name}${attempt >= 50 ? ' with (force)' : ''}`);
            return;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

