import { defineQuery } from '../../db/query.js';
import type { AgencySettings } from '../../db/schema.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const ACCOUNT = '00000000-0000-7000-8000-000000000002';

export interface SettingsVersionRow {
  effective_from: string;
  settings: AgencySettings;
  created_at: Date;
  created_by_account_id: string | null;
  note: string | null;
}

/** Every settings version of one agency, oldest first (an agency has a handful). */
export const settingsVersionsOf = defineQuery('settings', 'settingsVersionsOf', [[AGENCY]], (db, agencyId: string): Promise<SettingsVersionRow[]> =>
  db
    .selectFrom('agency_settings_versions')
    .select(['effective_from', 'settings', 'created_at', 'created_by_account_id', 'note'])
    .where('agency_id', '=', agencyId)
    .orderBy('effective_from')
    .execute(),
);

/**
 * The agency's clock zone, locking its row so that two changes to one agency's settings run one after
 * the other (each reads the versions the other wrote). Undefined when there is no such agency.
 */
export const lockAgencyForSettingsChange = defineQuery('settings', 'lockAgencyForSettingsChange', [[AGENCY]], async (db, agencyId: string) =>
  db.selectFrom('agencies').select('time_zone').where('id', '=', agencyId).forUpdate().executeTakeFirst(),
);

/** The agency's clock zone, or undefined when there is no such agency. */
export const agencyTimeZone = defineQuery('settings', 'agencyTimeZone', [[AGENCY]], async (db, agencyId: string) =>
  (await db.selectFrom('agencies').select('time_zone').where('id', '=', agencyId).executeTakeFirst())?.time_zone,
);

export interface NewSettingsVersion {
  agencyId: string;
  effectiveFrom: string;
  settings: AgencySettings;
  createdAt: Date;
  createdByAccountId: string;
  note: string | null;
}

/** Writes the version from a date, replacing the one already there (only today's or a future one). */
export const saveSettingsVersion = defineQuery(
  'settings',
  'saveSettingsVersion',
  [[{ agencyId: AGENCY, effectiveFrom: '2026-07-01', settings: { journal: {} }, createdAt: new Date(0), createdByAccountId: ACCOUNT, note: null }]],
  async (db, v: NewSettingsVersion): Promise<void> => {
    const row = {
      settings: JSON.stringify(v.settings),
      created_at: v.createdAt,
      created_by_account_id: v.createdByAccountId,
      note: v.note,
    };
    await db
      .insertInto('agency_settings_versions')
      .values({ agency_id: v.agencyId, effective_from: v.effectiveFrom, ...row })
      .onConflict((oc) => oc.columns(['agency_id', 'effective_from']).doUpdateSet(row))
      .execute();
  },
);
