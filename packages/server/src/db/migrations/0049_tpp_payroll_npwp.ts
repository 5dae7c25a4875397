import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * TPP payroll attribute "tanpa NPWP" (issue 19): an employee with neither an NPWP nor a NIK validated
 * as NPWP, whose PPh 21 a rule set may raise (core/tpp/pph21.ts). False for everyone already stored:
 * since UU HPP a resident's NIK serves as NPWP, and no month already computed changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table tpp_payroll add column without_npwp boolean not null default false`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table tpp_payroll drop column if exists without_npwp`);
}
