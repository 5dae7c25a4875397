import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * The Manual Indikator Kinerja of a JPT's IKI (issue 16, the JPT form): one JSON object per IKI row
 * (tujuan, definisi, formula, satuan pengukuran, kualitas dan tingkat kendali, sumber data, periode
 * pelaporan, jenis indikator), printed and compared whole like perilaku and lampiran, never joined.
 * Null when none is written, as on every JA/JF IKI.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table skp_iki add column mik jsonb`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table skp_iki drop column if exists mik`);
}
