import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import { ident } from './ident.js';
import { CsvRowEnds } from './csv-rows.js';

/**
 * COPY on PGlite goes through an in-memory blob (`/dev/blob`) inside its WebAssembly heap, so a whole
 * large table at once could exhaust it. Tables are therefore copied in slices: out by ranges of pages
 * (a TID range scan), in by runs of whole CSV rows.
 */
export interface PgliteCopyLimits {
  pagesPerSlice: number;
  bytesPerSlice: number;
}

export const DEFAULT_LIMITS: PgliteCopyLimits = { pagesPerSlice: 2048, bytesPerSlice: 16 * 1024 * 1024 };

export async function dumpTablePglite(lite: PGlite, table: string, columns: string[], dest: Writable, limits = DEFAULT_LIMITS): Promise<void> {
  const [size] = (
    await lite.query<{ pages: number }>(
      "select ceil(pg_relation_size(format('%I', $1::text)::regclass)::numeric / current_setting('block_size')::int)::int as pages",
      [table],
    )
  ).rows;
  const pages = size?.pages ?? 0;
  const select = `select ${columns.map(ident).join(', ')} from ${ident(table)}`;
  // No pages of its own (empty, or partitioned): one COPY. Otherwise slices; the last one is open-ended.
  const slices: string[] = [];
  if (pages <= limits.pagesPerSlice) slices.push(select);
  else {
    for (let from = 0; from < pages; from += limits.pagesPerSlice) {
      const to = from + limits.pagesPerSlice;
      slices.push(`${select} where ctid >= '(${from},0)'::tid${to < pages ? ` and ctid < '(${to},0)'::tid` : ''}`);
    }
  }
  for (const [i, query] of slices.entries()) {
    const result = await lite.query(`copy (${query}) to '/dev/blob' with (format csv, header ${i === 0})`);
    const bytes = Buffer.from(await (result.blob ?? new Blob([])).arrayBuffer());
    if (bytes.length && !dest.write(bytes)) await once(dest, 'drain');
  }
  dest.end();
}

export async function loadTablePglite(lite: PGlite, table: string, columns: string[], source: Readable, limits = DEFAULT_LIMITS): Promise<void> {
  const rows = new CsvRowEnds();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let first = true;
  const copy = async (parts: Buffer[]) => {
    const all = Buffer.concat(parts);
    const blob = new Blob([new Uint8Array(all.buffer as ArrayBuffer, all.byteOffset, all.length)]);
    const target = `${ident(table)} (${columns.map(ident).join(', ')})`;
    await lite.query(`copy ${target} from '/dev/blob' with (format csv, header ${first})`, [], { blob });
    first = false;
  };
  for await (const chunk of source) {
    const buf = Buffer.from(chunk as Uint8Array);
    const end = rows.scan(buf);
    if (pendingBytes + buf.length >= limits.bytesPerSlice && end !== -1) {
      if (first) {
        // More than one slice: a row may name a row of the same table in a later slice, so foreign
        // keys cannot be checked slice by slice. The data is checksummed; its row counts are checked.
        await lite.query('set local session_replication_role = replica');
      }
      await copy([...pending, buf.subarray(0, end)]);
      pending = [buf.subarray(end)];
      pendingBytes = buf.length - end;
    } else {
      pending.push(buf);
      pendingBytes += buf.length;
    }
  }
  await copy(pending);
  await lite.query('set local session_replication_role = origin');
}
