import { readFile } from 'node:fs/promises';
import { parseActivitiesCsv } from '@kinerja/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { currentDictionaryVersion, publishDictionary } from '../modules/journal/dictionary.js';

const CSV = new URL('./data/activities.csv', import.meta.url);

/** The demo province's kamus aktivitas (about 1,500 items), published once as version 1. */
export async function seedDemoDictionary(db: Kysely<Database>): Promise<number> {
  if ((await currentDictionaryVersion(db)) !== null) return 0;
  const items = parseActivitiesCsv(await readFile(CSV, 'utf8'));
  await publishDictionary(db, items, 'demo: data/activities.csv', null);
  return items.length;
}
