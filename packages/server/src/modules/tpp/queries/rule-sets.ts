import { defineQuery } from '../../../db/query.js';
import { ACCOUNT, AT } from './examples.js';

// Stored rule sets (province-wide): one row per id and version, the file as imported.

/** Every stored version without its document, newest first per id. */
export const ruleSetVersions = defineQuery('tpp', 'ruleSetVersions', [[]], async (db) =>
  db
    .selectFrom('tpp_rule_sets')
    .leftJoin('accounts', 'accounts.id', 'tpp_rule_sets.imported_by_account_id')
    .select([
      'tpp_rule_sets.rule_set_id',
      'tpp_rule_sets.version',
      'tpp_rule_sets.name',
      'tpp_rule_sets.region',
      'tpp_rule_sets.effective_from',
      'tpp_rule_sets.effective_to',
      'tpp_rule_sets.note',
      'tpp_rule_sets.used_at',
      'tpp_rule_sets.imported_at',
      'tpp_rule_sets.document',
      'accounts.nip as imported_by_nip',
    ])
    .orderBy('tpp_rule_sets.rule_set_id')
    .orderBy('tpp_rule_sets.version', 'desc')
    .execute(),
);

/** One version with its document, or undefined. */
export const ruleSetVersion = defineQuery('tpp', 'ruleSetVersion', [['kalbar-default', 1]], async (db, ruleSetId: string, version: number) =>
  db.selectFrom('tpp_rule_sets').selectAll().where('rule_set_id', '=', ruleSetId).where('version', '=', version).executeTakeFirst(),
);

/** The highest version of an id below `below` (or the highest at all), or undefined. */
export const previousRuleSetVersion = defineQuery(
  'tpp',
  'previousRuleSetVersion',
  [
    ['kalbar-default', null],
    ['kalbar-default', 2],
  ],
  async (db, ruleSetId: string, below: number | null) => {
    let q = db.selectFrom('tpp_rule_sets').selectAll().where('rule_set_id', '=', ruleSetId);
    if (below !== null) q = q.where('version', '<', below);
    return q.orderBy('version', 'desc').limit(1).executeTakeFirst();
  },
);

export interface RuleSetRowValues {
  ruleSetId: string;
  version: number;
  name: string;
  region: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  document: unknown;
  note: string;
  accountId: string | null;
  at: Date;
}

/**
 * Stores a version, replacing a stored one of the same id and version only while no run used it.
 * Answers the row written, or undefined when a used version was in the way.
 */
export const upsertUnusedRuleSet = defineQuery(
  'tpp',
  'upsertUnusedRuleSet',
  [[{ ruleSetId: 'kalbar-default', version: 1, name: 'Kalbar', region: 'Kalimantan Barat', effectiveFrom: '2026-01', effectiveTo: null, document: {}, note: '', accountId: ACCOUNT, at: AT }]],
  async (db, v: RuleSetRowValues) => {
    const row = {
      rule_set_id: v.ruleSetId,
      version: v.version,
      name: v.name,
      region: v.region,
      effective_from: v.effectiveFrom,
      effective_to: v.effectiveTo,
      document: JSON.stringify(v.document),
      note: v.note,
      imported_at: v.at,
      imported_by_account_id: v.accountId,
    };
    return db
      .insertInto('tpp_rule_sets')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['rule_set_id', 'version'])
          .doUpdateSet({ name: row.name, region: row.region, effective_from: row.effective_from, effective_to: row.effective_to, document: row.document, note: row.note, imported_at: row.imported_at, imported_by_account_id: row.imported_by_account_id })
          .where('tpp_rule_sets.used_at', 'is', null),
      )
      .returning(['rule_set_id', 'version'])
      .executeTakeFirst();
  },
);

/** Marks a version used by a run (from then on it is never replaced). */
export const markRuleSetUsed = defineQuery('tpp', 'markRuleSetUsed', [['kalbar-default', 1, AT]], async (db, ruleSetId: string, version: number, at: Date) =>
  db.updateTable('tpp_rule_sets').set({ used_at: at }).where('rule_set_id', '=', ruleSetId).where('version', '=', version).where('used_at', 'is', null).execute(),
);
