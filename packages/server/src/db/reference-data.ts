import { HOLIDAYS_ID } from '@kinerja/core';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Data every installation starts with: Indonesia's national holidays and cuti bersama for the years
 * core knows. Only written into an empty table — after that the holidays are the admins' data.
 */
export async function ensureReferenceData(db: Kysely<Database>): Promise<void> {
  const any = await db.selectFrom('holidays').select('date').limit(1).executeTakeFirst();
  if (any) return;
  await db
    .insertInto('holidays')
    .values(HOLIDAYS_ID.map((h) => ({ date: h.date, name: h.name, kind: h.kind })))
    .onConflict((oc) => oc.columns(['date', 'name']).doNothing())
    .execute();
}
