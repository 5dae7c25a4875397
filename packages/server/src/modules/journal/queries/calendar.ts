import { defineQuery } from '../../../db/query.js';
import type { HolidaysTable } from '../../../db/schema.js';
import { ACCOUNT, AGENCY } from './examples.js';

// What the journal's rules read besides the settings: the agency, the holidays and declared outages.

const OUTAGE = '00000000-0000-7000-8000-000000000006';
const AT = new Date('2026-11-23T08:00:00Z');

/** The agency's code and clock zone, or undefined. */
export const journalAgency = defineQuery('journal', 'journalAgency', [[AGENCY]], async (db, agencyId: string) =>
  db.selectFrom('agencies').select(['id', 'code', 'time_zone']).where('id', '=', agencyId).executeTakeFirst(),
);

/** Every holiday of every year (a few dozen rows a year). */
export const allHolidays = defineQuery('journal', 'allHolidays', [[]], async (db) => db.selectFrom('holidays').select(['date', 'name', 'kind']).execute());

/** The holidays between two dates (inclusive), by date. */
export const holidaysBetween = defineQuery('journal', 'holidaysBetween', [['2026-01-01', '2026-12-31']], async (db, from: string, to: string) =>
  db.selectFrom('holidays').select(['date', 'name', 'kind']).where('date', '>=', from).where('date', '<=', to).orderBy('date').execute(),
);

/** Removes the holidays between two dates (inclusive). */
export const deleteHolidaysBetween = defineQuery('journal', 'deleteHolidaysBetween', [['2026-01-01', '2026-12-31']], async (db, from: string, to: string): Promise<void> => {
  await db.deleteFrom('holidays').where('date', '>=', from).where('date', '<=', to).execute();
});

/** Adds holidays; one already listed (same date and name) is left as it is. */
export const insertHolidays = defineQuery(
  'journal',
  'insertHolidays',
  [[[{ date: '2026-08-17', name: 'Hari Kemerdekaan', kind: 'national' }]]] as [HolidaysTable[]][],
  async (db, holidays: readonly HolidaysTable[]): Promise<void> => {
    await db.insertInto('holidays').values([...holidays]).onConflict((oc) => oc.columns(['date', 'name']).doNothing()).execute();
  },
);

/** The outages that extend an agency's windows: its own and the province-wide ones. */
export const outagesOf = defineQuery('journal', 'outagesOf', [[AGENCY]], async (db, agencyId: string) =>
  db
    .selectFrom('outages')
    .select(['id', 'starts_at', 'ends_at', 'reason'])
    .where((eb) => eb.or([eb('agency_id', 'is', null), eb('agency_id', '=', agencyId)]))
    .execute(),
);

/**
 * The newest 200 declared outages one may see: all (`'all'`), or the province-wide ones and those of
 * the listed agency (none listed: only the province-wide ones).
 */
export const visibleOutages = defineQuery(
  'journal',
  'visibleOutages',
  [['all'], [[AGENCY]], [[]]] as ['all' | readonly string[]][],
  async (db, visible: 'all' | readonly string[]) => {
    let q = db.selectFrom('outages').select(['id', 'agency_id', 'starts_at', 'ends_at', 'reason']).orderBy('starts_at', 'desc').limit(200);
    if (visible !== 'all') {
      const [own] = visible;
      q = q.where((eb) => (own ? eb.or([eb('agency_id', 'is', null), eb('agency_id', '=', own)]) : eb('agency_id', 'is', null)));
    }
    return q.execute();
  },
);

/** Declares an outage (of one agency, or province-wide with no agency). */
export const insertOutage = defineQuery(
  'journal',
  'insertOutage',
  [[{ id: OUTAGE, agency_id: AGENCY, starts_at: AT, ends_at: AT, reason: 'Server mati', declared_by: ACCOUNT }]],
  async (db, outage: { id: string; agency_id: string | null; starts_at: Date; ends_at: Date; reason: string; declared_by: string }): Promise<void> => {
    await db.insertInto('outages').values(outage).execute();
  },
);
