import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * TPP rule sets per position group (issue 19 item 1: "a rule set per region and, where a Perkada
 * says so, per agency or position group").
 * - tpp_position_groups: the group a post belongs to for TPP (e.g. "guru", "nakes", "auditor"), one
 *   per post, set by the agency's admins or the BKD (audited). A rule set whose scope names the
 *   group applies to whoever holds the post (core's selectTppRuleSet: agency and group > agency >
 *   group > region-wide).
 * - tpp_run_employees.position_group / rule_set_id / rule_set_version: the group the employee's
 *   post had when the run read it, and the rule set version that computed the row when it is not
 *   the run's own (null: the run's), so a locked month is reproduced with the set each row used.
 * - tpp_run_employees and tpp_recalculation_employees keep the input snapshot and the explained
 *   result as json (the text as sent) instead of jsonb: a run writes ~3.5 KB of result per employee
 *   and nothing queries inside them, and parsing into jsonb was the largest share of the database's
 *   CPU in storing a run (bench/tpp-profile.ts: 4.6 → 2.9 s of PostgreSQL CPU for 20,000 employees).
 *   Readers compare results with sorted keys (runs.ts canonical), so key order does not matter.
 * One statement per call (Citus).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table tpp_position_groups (
      agency_id uuid not null,
      position_id uuid not null,
      group_code text not null check (group_code ~ '^[a-z0-9][a-z0-9_.-]{0,62}$'),
      updated_at timestamptz not null,
      updated_by_account_id uuid,
      primary key (agency_id, position_id),
      foreign key (agency_id, position_id) references positions (agency_id, id)
    )
  `);
  await ddl(db, sql`alter table tpp_run_employees add column position_group text`);
  await ddl(db, sql`alter table tpp_run_employees add column rule_set_id text`);
  await ddl(db, sql`alter table tpp_run_employees add column rule_set_version integer`);
  await ddl(db, sql`alter table tpp_run_employees alter column input type json using input::json, alter column result type json using result::json`);
  await ddl(db, sql`alter table tpp_recalculation_employees alter column input type json using input::json, alter column result type json using result::json`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table tpp_recalculation_employees alter column input type jsonb using input::jsonb, alter column result type jsonb using result::jsonb`);
  await ddl(db, sql`alter table tpp_run_employees alter column input type jsonb using input::jsonb, alter column result type jsonb using result::jsonb`);
  await ddl(db, sql`alter table tpp_run_employees drop column rule_set_version`);
  await ddl(db, sql`alter table tpp_run_employees drop column rule_set_id`);
  await ddl(db, sql`alter table tpp_run_employees drop column position_group`);
  await ddl(db, sql`drop table tpp_position_groups`);
}
