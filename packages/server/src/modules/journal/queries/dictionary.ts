import type { Insertable } from 'kysely';
import { defineQuery } from '../../../db/query.js';
import type { Database } from '../../../db/schema.js';

/** The newest published dictionary version, or null before the first. */
export const latestDictionaryVersion = defineQuery('journal', 'latestDictionaryVersion', [[]], async (db): Promise<number | null> => {
  const r = await db.selectFrom('activity_dictionary_versions').select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
  return r?.v ?? null;
});

/** The active items of one dictionary version, by code. */
export const activeActivitiesOf = defineQuery('journal', 'activeActivitiesOf', [[3]], async (db, version: number) =>
  db
    .selectFrom('activities')
    .select(['code', 'version', 'name', 'unit', 'standard_minutes', 'position_kinds', 'agency_codes', 'group_name'])
    .where('version', '=', version)
    .where('active', '=', true)
    .orderBy('code')
    .execute(),
);

/** Records a new dictionary version (its items are inserted beside it). */
export const insertDictionaryVersion = defineQuery(
  'journal',
  'insertDictionaryVersion',
  [[{ version: 4, source: 'impor: kamus.xlsx', item_count: 1, created_by: null }]],
  async (db, row: Insertable<Database['activity_dictionary_versions']>): Promise<void> => {
    await db.insertInto('activity_dictionary_versions').values(row).execute();
  },
);

/** Inserts dictionary items (the caller sends them in chunks). */
export const insertActivities = defineQuery(
  'journal',
  'insertActivities',
  [[[{ code: 'UMM-001', version: 4, name: 'Rapat', unit: 'kegiatan', standard_minutes: 60, position_kinds: [], agency_codes: [], group_name: 'Umum', active: true }]]],
  async (db, rows: readonly Insertable<Database['activities']>[]): Promise<void> => {
    await db.insertInto('activities').values([...rows]).execute();
  },
);

/** The code of every agency, to check a dictionary's agency restrictions. */
export const allAgencyCodes = defineQuery('journal', 'allAgencyCodes', [[]], async (db): Promise<string[]> =>
  (await db.selectFrom('agencies').select('code').execute()).map((a) => a.code),
);
