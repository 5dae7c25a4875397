import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Client } from '../../testing/index.js';

/** Test helpers for import files and uploads (used by the *.test.ts files here only). */

export type CellInput = string | number | Date | null | ExcelJS.CellValue;

export async function xlsxOf(sheets: Record<string, CellInput[][]>, textColumns: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
    // Columns formatted as Teks, as a careful user (or the template) would have them.
    (rows[0] ?? []).forEach((h, j) => {
      if (typeof h === 'string' && textColumns.includes(h)) ws.getColumn(j + 1).numFmt = '@';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csvOf(rows: string[][], delimiter = ',', bom = false): Buffer {
  const quote = (s: string) => (/[",;\t\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
  return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
}

export interface FilePart {
  filename: string;
  content: Buffer;
  contentType?: string;
}

/** A multipart/form-data body built by hand, as a browser would send it. */
export function multipart(fields: Record<string, string>, file?: FilePart, fileField = 'file') {
  const boundary = `----kinerja${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(app: FastifyInstance, c: Pick<Client, 'cookie' | 'csrf'> | null, file: FilePart | undefined, fields: Record<string, string> = {}) {
  const body = multipart(fields, file);
  const auth = c ? { cookie: c.cookie, 'x-csrf-token': c.csrf } : {};
  return app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...body.headers, ...auth }, payload: body.payload });
}

export interface JobBody {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  dryRun: boolean;
  problems: { sheet: string; row: number; column: string; message: string }[];
  summary: Record<string, any>;
}

/** Polls GET /imports/:id until the job has finished. */
export async function waitForJob(c: Client, id: string, timeoutMs = 120_000): Promise<JobBody> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await c.get(`/api/v1/imports/${id}`);
    if (res.statusCode !== 200) throw new Error(`GET import ${id}: ${res.statusCode} ${res.body}`);
    const job = res.json() as JobBody;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > until) throw new Error(`import ${id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Uploads and waits for the result. */
export async function runImport(app: FastifyInstance, c: Client, file: FilePart, dryRun: boolean): Promise<JobBody> {
  const res = await upload(app, c, file, { dryRun: String(dryRun) });
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return waitForJob(c, res.json().id);
}

const ORG_TABLES = ['agencies', 'units', 'positions', 'employees', 'position_assignments', 'accounts', 'audit_log'] as const;

/** Row counts of every table an import may write, to prove a refused import wrote nothing. */
export async function countOrgRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ORG_TABLES) {
    const r = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

/** The latest updated_at of the org tables and the agencies' org_version: what an idempotent import must not move. */
export async function orgFingerprint(db: Kysely<Database>): Promise<string> {
  const parts: unknown[] = [];
  parts.push(await db.selectFrom('agencies').select(['code', 'org_version', 'updated_at']).orderBy('code').execute());
  for (const t of ['units', 'positions', 'employees', 'accounts'] as const) {
    parts.push(await db.selectFrom(t).select((eb) => [eb.fn.max('updated_at').as('m'), eb.fn.countAll().as('n')]).execute());
  }
  parts.push(await db.selectFrom('position_assignments').select((eb) => [eb.fn.countAll().as('n')]).execute());
  parts.push(await db.selectFrom('audit_log').select((eb) => [eb.fn.countAll().as('n')]).execute());
  return JSON.stringify(parts);
}
