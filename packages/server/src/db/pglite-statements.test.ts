import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../testing/database.js';
import type { DatabaseHandle } from './connect.js';
import { PGliteStatements } from './pglite-statements.js';

describe(`parameter and result values (${testDatabaseKind()})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  it('hands back the same JavaScript values on both engines', async () => {
    const at = new Date('2026-12-04T09:15:30.123Z');
    const r = await sql<Record<string, unknown>>`
      select ${at}::timestamptz as at, ${'2026-02-28'}::date as d, ${42}::int as i, ${'9007199254740993'}::bigint as big,
        ${12}::bigint as small, ${'1.50'}::numeric as num, ${true}::boolean as yes, ${null}::text as nothing,
        ${JSON.stringify({ a: [1, 'dua'] })}::jsonb as doc, ${['x', 'y"z', 'a,b']}::text[] as list,
        ${['0190b7a0-0000-7000-8000-000000000001']}::uuid[] as ids, ${'kata "berkutip" & \\ garis'}::text as t
    `.execute(handle.db);
    expect(r.rows[0]).toEqual({
      at,
      d: '2026-02-28',
      i: 42,
      big: '9007199254740993',
      small: 12,
      num: '1.50',
      yes: true,
      nothing: null,
      doc: { a: [1, 'dua'] },
      list: ['x', 'y"z', 'a,b'],
      ids: ['0190b7a0-0000-7000-8000-000000000001'],
      t: 'kata "berkutip" & \\ garis',
    });
  });

  it('counts the rows an update touched, and reads the same statement again with other values', async () => {
    await sql`create table sample (id int primary key, v text)`.execute(handle.db);
    await sql`insert into sample (id, v) values (${1}, ${'a'}), (${2}, ${'b'}), (${3}, ${'c'})`.execute(handle.db);
    const updated = await sql`update sample set v = ${'z'} where id < ${3}`.execute(handle.db);
    expect(Number(updated.numAffectedRows)).toBe(2);
    for (const [id, v] of [[1, 'z'], [3, 'c']] as const) {
      const row = await sql<{ v: string }>`select v from sample where id = ${id}`.execute(handle.db);
      expect(row.rows).toEqual([{ v }]);
    }
  });
});

describe('PGlite prepared statements', () => {
  let lite: PGlite;
  beforeAll(async () => {
    lite = await PGlite.create();
    await lite.exec('create table t (id int primary key, v text not null)');
  });
  afterAll(() => lite.close());

  const kept = async () => (await lite.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0]!.n;

  it('prepares each text once and keeps no more than its capacity', async () => {
    const s = new PGliteStatements(lite, 3);
    for (let i = 0; i < 5; i++) await s.query('insert into t (id, v) values ($1, $2) on conflict (id) do nothing', [i, `v${i}`]);
    expect(await kept()).toBe(1);
    for (let i = 0; i < 5; i++) expect((await s.query<{ v: string }>(`select v from t where id = $1 and ${i} = ${i}`, [i])).rows).toEqual([{ v: `v${i}` }]);
    expect(await kept()).toBe(3);
    await s.forgetAll();
    expect(await kept()).toBe(0);
  });

  it('recovers from errors: a bad text is not kept, a refused value leaves the statement usable', async () => {
    const s = new PGliteStatements(lite);
    await expect(s.query('selec v from t where id = $1', [1])).rejects.toMatchObject({ code: '42601' });
    expect(await kept()).toBe(0);
    await expect(s.query('insert into t (id, v) values ($1, $2)', [100, null])).rejects.toMatchObject({ code: '23502' });
    await s.query('insert into t (id, v) values ($1, $2)', [100, 'ok']);
    await expect(s.query('insert into t (id, v) values ($1, $2)', [100, 'again'])).rejects.toMatchObject({ code: '23505' });
    expect((await s.query<{ v: string }>('select v from t where id = $1', [100])).rows).toEqual([{ v: 'ok' }]);
  });

  it('surfaces the statement\'s own error inside a transaction, and the transaction rolls back whole', async () => {
    const s = new PGliteStatements(lite);
    await lite.exec('begin');
    await s.query('insert into t (id, v) values ($1, $2)', [200, 'first']);
    await expect(s.query('insert into t (id, v) values ($1, $2)', [200, 'twice'])).rejects.toMatchObject({ code: '23505' });
    // A new text after the failure: its Parse is refused because the transaction is aborted.
    await expect(s.query('select v from t where id = $1 and true', [200])).rejects.toMatchObject({ code: '25P02' });
    await lite.exec('rollback');
    expect((await s.query('select v from t where id = $1 and true', [200])).rows).toEqual([]);
  });

  it('sees a changed table after DDL once told to forget', async () => {
    const s = new PGliteStatements(lite);
    await s.query('select * from t where id = $1', [1]);
    await lite.exec('alter table t add column extra text');
    await s.forgetAll();
    expect(Object.keys((await s.query<Record<string, unknown>>('select * from t where id = $1', [1])).rows[0]!)).toEqual(['id', 'v', 'extra']);
  });
});
