import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/index.js';
import { activeActivitiesOf, insertActivities, insertDictionaryVersion, latestDictionaryVersion } from './queries/dictionary.js';

export interface ActivityRow {
  code: string;
  version: number;
  name: string;
  unit: string;
  standardMinutes: number;
  positionKinds: string[];
  agencyCodes: string[];
  group: string;
}

export async function currentDictionaryVersion(db: Kysely<Database>): Promise<number | null> {
  return latestDictionaryVersion(db);
}

function toRow(r: {
  code: string;
  version: number;
  name: string;
  unit: string;
  standard_minutes: number;
  position_kinds: string[];
  agency_codes: string[];
  group_name: string;
}): ActivityRow {
  return {
    code: r.code,
    version: r.version,
    name: r.name,
    unit: r.unit,
    standardMinutes: r.standard_minutes,
    positionKinds: r.position_kinds,
    agencyCodes: r.agency_codes,
    group: r.group_name,
  };
}

/** An item restricted to some agencies is not offered to, nor accepted from, anyone else. */
export function usableBy(agencyCode: string | undefined, a: Pick<ActivityRow, 'agencyCodes'>): boolean {
  return a.agencyCodes.length === 0 || (agencyCode !== undefined && a.agencyCodes.includes(agencyCode));
}

/** The whole current dictionary, for the device to search offline. */
export async function listDictionary(db: Kysely<Database>, version: number): Promise<ActivityRow[]> {
  return (await activeActivitiesOf(db, version)).map(toRow);
}

// A dictionary version never changes once published, so its items are kept in memory per database;
// only "which version is current" is re-read, at most every few seconds.
const VERSION_TTL_MS = 10_000;
const published = new WeakMap<object, { at: number; version: number; items: Promise<Map<string, ActivityRow>> }>();

/** Forget the cached dictionary (after publishing, or after writing it behind the app's back in a test). */
export function forgetDictionary(db: object): void {
  published.delete(db);
}

/** The current dictionary version and its active items by code (cached; see above). */
export async function currentDictionary(db: Kysely<Database>): Promise<{ version: number; items: Map<string, ActivityRow> } | null> {
  const hit = published.get(db);
  const now = Date.now();
  if (hit && now - hit.at < VERSION_TTL_MS) return { version: hit.version, items: await hit.items };
  const version = await currentDictionaryVersion(db);
  if (version === null) return null;
  if (hit && hit.version === version) {
    hit.at = now;
    return { version, items: await hit.items };
  }
  const items = listDictionary(db, version).then((rows) => new Map(rows.map((r) => [r.code, r])));
  published.set(db, { at: now, version, items });
  items.catch(() => published.get(db)?.items === items && published.delete(db));
  return { version, items: await items };
}

/** The current version of each code asked for; unknown or inactive codes are absent. */
export async function findActivities(db: Kysely<Database>, codes: string[]): Promise<Map<string, ActivityRow>> {
  if (codes.length === 0) return new Map();
  const items = (await currentDictionary(db))?.items ?? new Map<string, ActivityRow>();
  const out = new Map<string, ActivityRow>();
  for (const code of codes) {
    const a = items.get(code);
    if (a) out.set(code, a);
  }
  return out;
}

/** Writes a complete new dictionary version; entries keep pointing at the version they were logged against. */
export async function publishDictionary(
  db: Kysely<Database>,
  items: { code: string; name: string; unit: string; standardMinutes: number; positionKinds: string[]; agencyCodes?: string[]; group: string; active?: boolean }[],
  source: string,
  createdBy: string | null,
): Promise<number> {
  const newVersion = await db.transaction().execute(async (trx) => {
    const version = ((await latestDictionaryVersion(trx)) ?? 0) + 1;
    await insertDictionaryVersion(trx, { version, source, item_count: items.length, created_by: createdBy });
    for (let i = 0; i < items.length; i += 500) {
      await insertActivities(
        trx,
        items.slice(i, i + 500).map((a) => ({
          code: a.code,
          version,
          name: a.name,
          unit: a.unit,
          standard_minutes: a.standardMinutes,
          position_kinds: a.positionKinds,
          agency_codes: a.agencyCodes ?? [],
          group_name: a.group,
          active: a.active ?? true,
        })),
      );
    }
    await recordAudit(trx, { agencyId: null, actorAccountId: createdBy, action: 'journal.dictionary_published', entity: 'activity_dictionary', entityId: String(version), data: { items: items.length, source } });
    return version;
  });
  forgetDictionary(db);
  return newVersion;
}
