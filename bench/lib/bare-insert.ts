/**
 * The floor for writing a day: one transaction inserting 8 journal-sized rows, straight through the
 * driver (pg for PostgreSQL, PGlite in process), with no HTTP, no session and no rules.
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { v7 } from 'uuid';

const TABLE = `create table if not exists bench_bare_rows (
  agency_id uuid not null, id uuid not null, employee_id uuid not null, work_date date not null,
  start_minute smallint, end_minute smallint, activity_code text not null, volume numeric not null,
  description text not null, credited_minutes integer not null, created_at timestamptz not null default now(),
  primary key (agency_id, id))`;

function rows(): { text: string; values: unknown[] } {
  const agency = '0190b7a0-0000-7000-8000-000000000001';
  const employee = v7();
  const values: unknown[] = [];
  const tuples: string[] = [];
  for (let i = 0; i < 8; i++) {
    const b = values.length;
    values.push(agency, v7(), employee, '2026-11-20', 450 + i * 60, 510 + i * 60, `UMM-000${i}`, 1, 'Menyusun laporan kegiatan harian', 60);
    tuples.push(`(${Array.from({ length: 10 }, (_, k) => `$${b + k + 1}`).join(',')})`);
  }
  return {
    text: `insert into bench_bare_rows (agency_id,id,employee_id,work_date,start_minute,end_minute,activity_code,volume,description,credited_minutes) values ${tuples.join(',')}`,
    values,
  };
}

export interface BareInsert {
  insertDay(): Promise<void>;
  close(): Promise<void>;
}

export async function barePostgres(url: string, connections: number): Promise<BareInsert> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  await pool.query(TABLE);
  return {
    async insertDay() {
      const c = await pool.connect();
      try {
        await c.query('begin');
        const q = rows();
        await c.query(q.text, q.values);
        await c.query('commit');
      } finally {
        c.release();
      }
    },
    async close() {
      await pool.query('drop table if exists bench_bare_rows');
      await pool.end();
    },
  };
}

export async function barePglite(): Promise<BareInsert> {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-bare-'));
  const db = await PGlite.create(dir);
  await db.exec(TABLE);
  return {
    async insertDay() {
      await db.transaction(async (tx) => {
        const q = rows();
        await tx.query(q.text, q.values);
      });
    },
    async close() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
