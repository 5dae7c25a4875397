import type { Generated } from 'kysely';
import type { Role } from '@kinerja/core';
import type { Timestamp } from './columns.js';

// Accounts, sessions and the second factor.

export interface AccountsTable {
  id: string;
  nip: string;
  role: Role;
  agency_id: string | null;
  employee_id: string | null;
  /** Only for accounts without an employee record; otherwise the employee's name is shown. */
  display_name: Generated<string | null>;
  password_hash: string | null;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  password_changed_at: Date | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Exempt from the two-factor requirement of its role: the demo province's demo accounts only (migration 0016). */
  two_factor_exempt: Generated<boolean>;
  /** Until when a temporary password (reset, create-admin) signs in; null once the person chose their own (migration 0028). */
  temporary_password_expires_at: Generated<Date | null>;
}

export interface SessionsTable {
  token_hash: string;
  /** The public id (migration 0013); the token hash never leaves the server. */
  id: Generated<string>;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
  /** Set while the password is verified but the second factor is not (migration 0016): the session may only finish it. */
  second_factor: Generated<'verify' | 'enrol' | null>;
}

/** An account's authenticator (migration 0016); secrets are encrypted (modules/auth/totp-secret.ts). */
export interface AccountTotpTable {
  account_id: string;
  secret: string | null;
  enabled_at: Date | null;
  /** The highest TOTP time step accepted: a code is never accepted twice. */
  last_step: number | null;
  failed_attempts: Generated<number>;
  pending_secret: string | null;
  pending_until: Date | null;
}

export interface RecoveryCodesTable {
  id: string;
  account_id: string;
  code_hash: string;
  created_at: Date;
  used_at: Date | null;
}
