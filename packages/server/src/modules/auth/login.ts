import { normaliseNip, requiresTwoFactor } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { accountForLogin, clearLoginFailures, setLoginFailures } from './queries.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import { createSession, sessionMaxDaysFor, temporaryPasswordExpired } from './sessions.js';

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  accountId: string;
  /** Set when the password alone does not sign in: the session may only finish this step. */
  secondFactor: 'verify' | 'enrol' | null;
}

/** How long a session that has passed the password may take to pass the second factor. */
export const SECOND_FACTOR_MINUTES = 10;

/**
 * Sign-in by NIP and password. Repeated failures lock the account for a while; an unknown NIP costs
 * the same hashing time as a known one so responses do not reveal which NIPs have accounts.
 */
export async function login(
  ctx: AppContext,
  input: { nip: string; password: string; ip?: string; userAgent?: string },
): Promise<LoginResult> {
  const nip = normaliseNip(input.nip);
  const now = ctx.now();
  const account = await accountForLogin(ctx.db, nip);

  if (!account || !account.active || !account.password_hash) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    throw new AppError('BAD_CREDENTIALS');
  }
  if (account.locked_until && new Date(account.locked_until).getTime() > now.getTime()) {
    // Tries against a locked account are recorded too: a stream of them is the attack the lock is about.
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, { agencyId: account.agency_id, actorAccountId: account.id, action: 'auth.login_refused_locked', entity: 'account', entityId: account.id, data: { ip: input.ip ?? null } }),
    );
    throw lockedError(new Date(account.locked_until), now);
  }
  const ok = await verifyPassword(account.password_hash, input.password);
  if (!ok) {
    const failures = account.failed_attempts + 1;
    const lock = failures >= ctx.config.loginMaxFailures;
    const lockedUntil = lock ? new Date(now.getTime() + ctx.config.loginLockMinutes * 60_000) : null;
    await ctx.db.transaction().execute(async (trx) => {
      await setLoginFailures(trx, account.id, lock ? 0 : failures, lockedUntil, now);
      await recordAudit(trx, {
        agencyId: account.agency_id,
        actorAccountId: account.id,
        action: lock ? 'auth.locked' : 'auth.login_failed',
        entity: 'account',
        entityId: account.id,
        data: { ip: input.ip ?? null, failures },
      });
    });
    if (lockedUntil) throw lockedError(lockedUntil, now);
    throw new AppError('BAD_CREDENTIALS');
  }

  // A temporary password that was not replaced in time no longer signs in (ASVS 6.4.1): only after the
  // right password is this said, so it tells a guesser nothing.
  if (temporaryPasswordExpired(account, now)) {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, { agencyId: account.agency_id, actorAccountId: account.id, action: 'auth.temporary_password_expired', entity: 'account', entityId: account.id, data: { ip: input.ip ?? null } }),
    );
    throw new AppError('TEMPORARY_PASSWORD_EXPIRED');
  }

  // An enrolled authenticator is asked for; a role that must have one and has none enrols first.
  const secondFactor = account.totp_enabled_at ? 'verify' : requiresTwoFactor(account.role, account.two_factor_exempt) ? 'enrol' : null;
  return ctx.db.transaction().execute(async (trx) => {
    if (account.failed_attempts > 0 || account.locked_until) {
      await clearLoginFailures(trx, account.id);
    }
    const session = await createSession(trx, {
      accountId: account.id,
      now,
      maxDays: sessionMaxDaysFor(ctx.config, account.role),
      ...(secondFactor ? { secondFactor, maxMinutes: SECOND_FACTOR_MINUTES } : {}),
      ...(input.ip ? { ip: input.ip } : {}),
      ...(input.userAgent ? { userAgent: input.userAgent } : {}),
    });
    await recordAudit(trx, {
      agencyId: account.agency_id,
      actorAccountId: account.id,
      // Signed in only once the second factor is passed too (modules/auth/two-factor.ts writes auth.login then).
      action: secondFactor ? 'auth.password_verified' : 'auth.login',
      entity: 'account',
      entityId: account.id,
      data: secondFactor ? { ip: input.ip ?? null, secondFactor } : { ip: input.ip ?? null },
    });
    return { ...session, accountId: account.id, secondFactor };
  });
}

export function lockedError(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  const error = new AppError(
    'ACCOUNT_LOCKED',
    `Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit, atau minta admin mengatur ulang kata sandi.`,
  );
  error.retryAfterSeconds = seconds;
  return error;
}
