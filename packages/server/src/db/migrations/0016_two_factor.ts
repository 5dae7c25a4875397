import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Two-factor sign-in (TOTP, RFC 6238; issue 20). Kept beside the account like its sessions (keyed by
 * account, not agency: province-wide accounts have none).
 * - `account_totp`: the authenticator's secret, encrypted (AES-256-GCM under the key file
 *   `KINERJA_TOTP_KEY_FILE`, modules/auth/totp-secret.ts), with the last accepted time step (a code
 *   is refused again within its window: RFC 6238 §5.2) and the wrong codes in a row. An enrolment in
 *   progress keeps its secret in `pending_secret` until a first code confirms it.
 * - `recovery_codes`: ten per account, Argon2id hashes only; `used_at` makes each single-use.
 * - `accounts.two_factor_exempt`: set by the demo province for its demo accounts only.
 * - `sessions.second_factor`: a session after the password alone, which may only finish the second
 *   step (`verify`: type a code; `enrol`: a required role enrolling) or sign out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    alter table accounts add column two_factor_exempt boolean not null default false;
    -- The column, then its check under the name PostgreSQL gives an inline one (Citus refuses ADD COLUMN with a constraint).
    alter table sessions add column second_factor text;
    alter table sessions add constraint sessions_second_factor_check check (second_factor in ('verify', 'enrol'));
    create table account_totp (
      account_id uuid primary key references accounts(id) on delete cascade,
      secret text,
      enabled_at timestamptz,
      last_step integer,
      failed_attempts integer not null default 0,
      pending_secret text,
      pending_until timestamptz,
      check ((secret is null) = (enabled_at is null))
    );
    create table recovery_codes (
      id uuid primary key,
      account_id uuid not null references accounts(id) on delete cascade,
      code_hash text not null,
      created_at timestamptz not null,
      used_at timestamptz
    );
    create index recovery_codes_by_account on recovery_codes (account_id);
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop table if exists recovery_codes;
    drop table if exists account_totp;
    alter table sessions drop column if exists second_factor;
    alter table accounts drop column if exists two_factor_exempt;
  `);
}
