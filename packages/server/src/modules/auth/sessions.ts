import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@kinerja/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export const SESSION_COOKIE = 'kinerja_session';

export interface SessionPrincipal {
  tokenHash: string;
  csrfToken: string;
  accountId: string;
  nip: string;
  role: Role;
  agencyId: string | null;
  employeeId: string | null;
  mustChangePassword: boolean;
  lastSeenAt: Date;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
  db: Kysely<Database>,
  input: { accountId: string; now: Date; maxDays: number; ip?: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + input.maxDays * 86_400_000);
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      account_id: input.accountId,
      csrf_token: csrfToken,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: expiresAt,
      ip: input.ip ?? null,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** One indexed lookup per request: the session joined to its account. */
export async function loadSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
  idleDays: number,
): Promise<SessionPrincipal | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      'a.id as account_id',
      'a.nip',
      'a.role',
      'a.agency_id',
      'a.employee_id',
      'a.must_change_password',
      'a.active',
    ])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || !row.active) return null;
  const idleLimit = new Date(row.last_seen_at).getTime() + idleDays * 86_400_000;
  if (new Date(row.expires_at).getTime() <= now.getTime() || idleLimit <= now.getTime()) {
    await db.deleteFrom('sessions').where('token_hash', '=', row.token_hash).execute();
    return null;
  }
  return {
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    accountId: row.account_id,
    nip: row.nip,
    role: row.role,
    agencyId: row.agency_id,
    employeeId: row.employee_id,
    mustChangePassword: row.must_change_password,
    lastSeenAt: new Date(row.last_seen_at),
  };
}

/** Idle expiry needs last_seen_at, but writing it on every request would double the load: do it every few minutes. */
const TOUCH_EVERY_MS = 5 * 60_000;
export async function touchSession(db: Kysely<Database>, s: SessionPrincipal, now: Date): Promise<void> {
  if (now.getTime() - s.lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', s.tokenHash).execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteAccountSessions(db: Kysely<Database>, accountId: string, exceptTokenHash?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (exceptTokenHash) q = q.where('token_hash', '<>', exceptTokenHash);
  await q.execute();
}
