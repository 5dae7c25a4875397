import { describe, expect, it } from 'vitest';
import { formatSql } from './sql-format.js';

describe('formatSql (the SQL catalog’s layout)', () => {
  it('puts each clause on its own line and indents a subquery inside its parentheses', () => {
    expect(formatSql('select "a"."id", (select count(*) from "u" where "u"."a" = "a"."id") as "n" from "a" inner join "b" on "b"."id" = "a"."id" where "a"."x" = $1 order by "a"."id"')).toBe(
      [
        'select "a"."id", (',
        '  select count(*)',
        '  from "u"',
        '  where "u"."a" = "a"."id"',
        ') as "n"',
        'from "a"',
        'inner join "b" on "b"."id" = "a"."id"',
        'where "a"."x" = $1',
        'order by "a"."id"',
      ].join('\n'),
    );
  });

  it('leaves clause words inside expressions and quotes alone, and joins a raw statement’s lines', () => {
    expect(formatSql(`select extract(year from "d") as "y", 'from where' as "s"\n   from t\n  where a is distinct from $1`)).toBe(
      ['select extract(year from "d") as "y", \'from where\' as "s"', 'from t', 'where a is distinct from $1'].join('\n'),
    );
  });

  it('keeps an upsert’s clauses whole', () => {
    expect(formatSql('insert into "t" ("a", "b") values ($1, $2) on conflict ("a") do update set "b" = excluded."b" returning "id"')).toBe(
      ['insert into "t" ("a", "b")', 'values ($1, $2)', 'on conflict ("a")', 'do update set "b" = excluded."b"', 'returning "id"'].join('\n'),
    );
  });
});
