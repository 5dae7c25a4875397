import { createHash, randomBytes } from 'node:crypto';
import { TWO_FACTOR_ROLES, type Role } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { newId } from '../../db/ids.js';
import { recordAudit } from '../audit/index.js';
import { deleteSessionRow, insertSession, sessionWithAccount, touchSessionRow } from './queries.js';

export { deleteAccountSessions } from './queries.js';

export const SESSION_COOKIE = 'kinerja_session';
/**
 * Over HTTPS the cookie is named with the `__Host-` prefix: the browser then only keeps it when it is
 * Secure, has Path=/ and no Domain, so a sibling subdomain or a plain-http page cannot set or shadow it
 * (ASVS 7.1/3.3.1). Plain http (local development, `npm start`) keeps the plain name, which browsers
 * would refuse with the prefix.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function sessionCookieName(https: boolean): string {
  return https ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export interface SessionLifetimes {
  sessionIdleDays: number;
  sessionMaxDays: number;
  privilegedSessionIdleMinutes: number;
  privilegedSessionMaxHours: number;
}

/** How long a session of this role lives without a request, and at most from sign-in, in ms. */
export function sessionLifetime(cfg: SessionLifetimes, role: Role): { idleMs: number; maxMs: number } {
  if (TWO_FACTOR_ROLES.includes(role)) {
    return {
      idleMs: Math.min(cfg.privilegedSessionIdleMinutes * 60_000, cfg.sessionIdleDays * 86_400_000),
      maxMs: Math.min(cfg.privilegedSessionMaxHours * 3_600_000, cfg.sessionMaxDays * 86_400_000),
    };
  }
  return { idleMs: cfg.sessionIdleDays * 86_400_000, maxMs: cfg.sessionMaxDays * 86_400_000 };
}

/** The `maxDays` to give `createSession` for this role (a fraction of a day for the privileged roles). */
export function sessionMaxDaysFor(cfg: SessionLifetimes, role: Role): number {
  return sessionLifetime(cfg, role).maxMs / 86_400_000;
}

export interface SessionPrincipal {
  tokenHash: string;
  /** The public id ("Perangkat saya"); the token hash never leaves the server. */
  sessionId: string;
  csrfToken: string;
  accountId: string;
  nip: string;
  role: Role;
  agencyId: string | null;
  employeeId: string | null;
  mustChangePassword: boolean;
  lastSeenAt: Date;
  /** The password is verified but not yet the second factor: only that step (or signing out) is open. */
  secondFactor: 'verify' | 'enrol' | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
  db: Db,
  input: { accountId: string; now: Date; maxDays: number; ip?: string; userAgent?: string; secondFactor?: 'verify' | 'enrol' | null; maxMinutes?: number },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  // A session waiting for its second factor lives minutes, not days.
  const expiresAt = new Date(input.now.getTime() + (input.maxMinutes !== undefined ? input.maxMinutes * 60_000 : input.maxDays * 86_400_000));
  await insertSession(db, {
    id: newId(),
    tokenHash: hashToken(token),
    accountId: input.accountId,
    csrfToken,
    now: input.now,
    expiresAt,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    secondFactor: input.secondFactor ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/** A temporary password (reset, create-admin) past its time: the account must be reset again. */
export function temporaryPasswordExpired(a: { must_change_password: boolean; temporary_password_expires_at: Date | string | null }, now: Date): boolean {
  return a.must_change_password && a.temporary_password_expires_at !== null && new Date(a.temporary_password_expires_at).getTime() <= now.getTime();
}

/** One indexed lookup per request: the session joined to its account. */
export async function loadSession(
  db: Db,
  token: string,
  now: Date,
  lifetimes: SessionLifetimes,
): Promise<SessionPrincipal | null> {
  const row = await sessionWithAccount(db, hashToken(token));
  if (!row || !row.active) return null;
  // By the account's role now: an account made admin while signed in gets the admin's limits at once.
  const { idleMs, maxMs } = sessionLifetime(lifetimes, row.role);
  const idleLimit = new Date(row.last_seen_at).getTime() + idleMs;
  const maxLimit = new Date(row.created_at).getTime() + maxMs;
  // A session signed in with a temporary password ends with it: it can do nothing but replace it.
  if (
    new Date(row.expires_at).getTime() <= now.getTime() ||
    idleLimit <= now.getTime() ||
    maxLimit <= now.getTime() ||
    temporaryPasswordExpired(row, now)
  ) {
    await deleteSessionRow(db, row.token_hash);
    return null;
  }
  return {
    tokenHash: row.token_hash,
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
    accountId: row.account_id,
    nip: row.nip,
    role: row.role,
    agencyId: row.agency_id,
    employeeId: row.employee_id,
    mustChangePassword: row.must_change_password,
    lastSeenAt: new Date(row.last_seen_at),
    secondFactor: row.second_factor,
  };
}

/** Idle expiry needs last_seen_at, but writing it on every request would double the load: do it every few minutes. */
const TOUCH_EVERY_MS = 5 * 60_000;
export async function touchSession(db: Db, s: SessionPrincipal, now: Date): Promise<void> {
  if (now.getTime() - s.lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await touchSessionRow(db, s.tokenHash, now);
}

/** Sign-out from this device, recorded like every other end of a session. */
export async function signOut(ctx: AppContext, s: SessionPrincipal): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSessionRow(trx, s.tokenHash);
    await recordAudit(trx, { agencyId: s.agencyId, actorAccountId: s.accountId, action: 'auth.logout', entity: 'session', entityId: s.sessionId });
  });
}
