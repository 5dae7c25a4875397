import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvRowEnds } from './csv-rows.js';
import { dumpTablePglite, loadTablePglite } from './pglite-copy.js';

const SCHEMA = `
  create table items (
    id int primary key,
    parent_id int references items(id),
    note text not null,
    tags text[] not null default '{}',
    data jsonb
  );`;

describe('PGlite COPY in slices', () => {
  let source: PGlite;
  let target: PGlite;
  const columns = ['id', 'parent_id', 'note', 'tags', 'data'];

  beforeAll(async () => {
    source = await PGlite.create();
    target = await PGlite.create();
    await source.exec(SCHEMA);
    await target.exec(SCHEMA);
    await source.exec(`
      insert into items (id, note, tags, data)
        select i, 'baris ' || i || E' "kutip", koma\\nbaris baru ' || repeat('x', i % 300), array['a,b', 'c"d'], jsonb_build_object('i', i)
          from generate_series(1, 3000) i;
      -- Each row now names a later one, and the updates move rows to the end: a child is read before its parent.
      update items set parent_id = id + 1 where id < 3000;`);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  async function dump(pagesPerSlice: number): Promise<Buffer> {
    const out = new PassThrough();
    const collected = buffer(out);
    await dumpTablePglite(source, 'items', columns, out, { pagesPerSlice, bytesPerSlice: 1 << 24 });
    return collected;
  }

  it('dumps by page ranges the same rows as in one piece, with one header line', async () => {
    const whole = await dump(1 << 20);
    const sliced = await dump(3);
    const lines = (b: Buffer) => b.toString('utf8').split(/\n(?=\d+,)/);
    expect(lines(sliced)[0]).toBe(lines(whole)[0]);
    expect(lines(sliced).sort()).toEqual(lines(whole).sort());
    expect((sliced.toString('utf8').match(/^id,parent_id/gm) ?? []).length).toBe(1);
  });

  it('loads in runs of whole rows, even when a row names a row of a later run', async () => {
    const csv = await dump(3);
    const pieces = [];
    for (let at = 0; at < csv.length; at += 777) pieces.push(csv.subarray(at, at + 777));
    await target.exec('begin');
    await loadTablePglite(target, 'items', columns, Readable.from(pieces), { pagesPerSlice: 3, bytesPerSlice: 20_000 });
    await target.exec('commit');
    const read = async (db: PGlite) => (await db.query('select * from items order by id')).rows;
    expect(await read(target)).toEqual(await read(source));
    // Foreign keys are on again after the load.
    await expect(target.exec('insert into items (id, parent_id, note) values (9999, 123456, $$x$$)')).rejects.toThrow(/foreign key/);
  });
});

describe('CSV row ends', () => {
  it('finds the same row ends however the stream is cut', () => {
    const csv = Buffer.from('id,note\n1,"a\n""b"",\nc"\n2,plain\n3,"x"\n');
    const expected = [8, 23, 31, 37];
    for (let cut = 1; cut < csv.length; cut += 1) {
      const rows = new CsvRowEnds();
      const ends: number[] = [];
      for (const [offset, part] of [
        [0, csv.subarray(0, cut)],
        [cut, csv.subarray(cut)],
      ] as const) {
        // Every row end inside the part, scanned one byte at a time to see each one.
        for (let i = 0; i < part.length; i += 1) {
          const end = rows.scan(part.subarray(i, i + 1));
          if (end !== -1) ends.push(offset + i + end);
        }
      }
      expect(ends).toEqual(expected);
    }
  });
});
