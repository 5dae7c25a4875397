import { sql, type Kysely } from 'kysely';
import defaults from './0043_siasn_reference_codes.json' with { type: 'json' };
import { ddl } from '../migration-ddl.js';

/**
 * SIASN's reference codes (issue 17 item 8): the numbers SIASN stores beside the labels of an
 * evaluation (perilakuDanKinerja for hasil and perilaku, kuadranNilai for the predikat, periodik,
 * koefisien per jenjang and predikat, golonganPns for the penilai). They are SIASN's own lists, never
 * constants in code: this migration writes the defaults of 0043_siasn_reference_codes.json once, and
 * from then on the BKD keeps them (PUT /siasn/reference-codes/:list/:key, audited). `key` is our value
 * (a rating, a predikat, a frequency, `<jenjang>.<predikat>`, a golongan); `code` is SIASN's, empty
 * while nobody has confirmed it. One installation serves one region and SIASN's lists are national,
 * so the table is reference data with no agency. One statement per call (Citus).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table siasn_reference_codes (
      list text not null check (list in ('perilakuDanKinerja','kuadranNilai','periodik','koefisien','golonganPns')),
      key text not null check (length(key) between 1 and 60),
      label text not null check (length(label) between 1 and 120),
      code text not null check (code ~ '^[A-Za-z0-9._-]{0,40}$'),
      position integer not null,
      updated_at timestamptz not null,
      updated_by_account_id uuid,
      primary key (list, key)
    )
  `);
  const rows = Object.entries(defaults.lists).flatMap(([list, items]) => items.map((x, i) => sql`(${list}, ${x.key}, ${x.label}, ${x.code}, ${i}, now(), null)`));
  await sql`insert into siasn_reference_codes (list, key, label, code, position, updated_at, updated_by_account_id) values ${sql.join(rows)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table siasn_reference_codes`);
}
