import { randomBytes } from 'node:crypto';
import {
  formatRecoveryCode,
  readTypedCode,
  recoveryCodeFromBytes,
  RECOVERY_CODE_COUNT,
  requiresTwoFactor,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW,
  TWO_FACTOR_ROLES,
} from '@kinerja/core';
import type { TwoFactorEnrolment, TwoFactorStatus } from '@kinerja/core/api';
import { Secret, TOTP } from 'otpauth';
import encodeQR from 'qr';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { lockedError } from './login.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { accountForLogin, accountPasswordHash, deleteAccountSessions, deleteSessionRow, setLoginFailures } from './queries.js';
import {
  acceptTotpStep,
  countUnusedRecoveryCodes,
  deleteTwoFactor,
  enableTotp,
  replaceRecoveryCodes,
  setPendingTotp,
  setTotpFailures,
  twoFactorOfAccount,
  unusedRecoveryCodes,
  useRecoveryCode,
} from './queries/two-factor.js';
import { createSession, sessionMaxDaysFor, type SessionPrincipal } from './sessions.js';
import { openSecret, sealSecret, sealedKeyId, totpKeyring, TotpKeyError } from './totp-secret.js';
import type { ServerKeyring } from '../../server-key.js';
import { holdServerKeyForUse } from '../../server-key-lock.js';

/**
 * Two-factor sign-in with TOTP (RFC 6238, the `otpauth` library): 6 digits, 30-second steps,
 * HMAC-SHA1, one step of clock drift either way. Rules of who must use it and how a typed code is read
 * are in @kinerja/core (auth/two-factor.ts).
 *
 * - A code is accepted only for a time step later than the last accepted one (`acceptTotpStep`), so a
 *   code seen over someone's shoulder or replayed from a log is refused, within its window and after.
 * - Wrong codes count like wrong passwords: after `loginMaxFailures` in a row the account is locked for
 *   `loginLockMinutes` and the waiting session ends. The counter is the authenticator's own: a correct
 *   password does not reset it, so knowing the password does not buy fresh guesses.
 * - Ten recovery codes are made when an authenticator is confirmed (and on request), shown once, kept
 *   as Argon2id hashes, each usable once.
 * - Every change is audited: `auth.2fa_*`, and `auth.login` once the second step is passed.
 */

const ISSUER = 'Kinerja';
/** How long a started enrolment waits for its first code. */
const ENROLMENT_MINUTES = 15;

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

function totpOf(secret: Uint8Array, nip: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: nip, algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS, secret: new Secret({ buffer: new Uint8Array(secret).buffer }) });
}

/** The time step a code belongs to (now, or one step either side), or null when it matches none. */
function matchingStep(secret: Uint8Array, code: string, now: Date): number | null {
  const totp = totpOf(secret, '');
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

/** The server key file's keyring: its current key seals, any of its keys opens (a rotation under way). */
async function keyOf(ctx: AppContext): Promise<ServerKeyring> {
  try {
    return await totpKeyring(ctx.config.totpKeyFile);
  } catch (error) {
    throw new AppError('CONFLICT', `Kunci verifikasi dua langkah server tidak dapat dipakai: ${(error as Error).message} Hubungi admin server.`);
  }
}

async function openOrExplain(ctx: AppContext, accountId: string, sealed: string): Promise<Uint8Array> {
  try {
    return openSecret(await keyOf(ctx), accountId, sealed);
  } catch (error) {
    if (!(error instanceof TotpKeyError)) throw error;
    throw new AppError(
      'CONFLICT',
      'Kode dari aplikasi autentikator tidak dapat diperiksa karena kunci server berubah. Masuk dengan kode pemulihan, lalu daftarkan ulang aplikasi autentikator.',
    );
  }
}

/**
 * What to store for a secret sealed earlier in the request: `sealed` while the key it names is still the
 * file's current key, else the secret sealed again with the current one (a rotation began meanwhile).
 * Called inside the storing transaction, which then holds the server key's lock (src/server-key-lock.ts):
 * the rotation cannot drop the key read here before this transaction commits.
 */
async function sealedForStoring(ctx: AppContext, trx: Db, accountId: string, secret: Uint8Array, sealed: string): Promise<string> {
  await holdServerKeyForUse(trx);
  const ring = await keyOf(ctx);
  return sealedKeyId(sealed) === ring.current.id ? sealed : sealSecret(ring.current.key, accountId, secret);
}

const audit = (db: Db, s: SessionPrincipal, action: string, data?: Record<string, unknown>) =>
  recordAudit(db, { agencyId: s.agencyId, actorAccountId: s.accountId, action, entity: 'account', entityId: s.accountId, ...(data ? { data } : {}) });

/** Changing the second factor asks for the password again (ASVS 6.3.x: a stolen session alone cannot). */
async function requirePassword(ctx: AppContext, s: SessionPrincipal, password: string | undefined): Promise<void> {
  const message = 'Masukkan kata sandi Anda yang benar untuk mengubah verifikasi dua langkah.';
  const account = await accountPasswordHash(ctx.db, s.accountId);
  if (password !== undefined && account.password_hash && (await verifyPassword(account.password_hash, password))) return;
  if (password !== undefined) await ctx.db.transaction().execute((trx) => audit(trx, s, 'auth.reauth_failed', { for: 'two_factor' }));
  throw new AppError('VALIDATION', message, [{ field: 'password', message }]);
}

async function newRecoveryCodes(): Promise<{ shown: string[]; rows: { id: string; hash: string }[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFromBytes(randomBytes(10)));
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  return { shown: codes.map(formatRecoveryCode), rows: codes.map((_, i) => ({ id: newId(), hash: hashes[i]! })) };
}

export async function twoFactorStatus(ctx: AppContext, s: SessionPrincipal): Promise<TwoFactorStatus> {
  const a = await twoFactorOfAccount(ctx.db, s.accountId);
  return {
    enabled: a.enabled_at !== null,
    enabledAt: a.enabled_at ? new Date(a.enabled_at).toISOString() : null,
    required: requiresTwoFactor(a.role, a.two_factor_exempt),
    exempt: a.two_factor_exempt && TWO_FACTOR_ROLES.includes(a.role),
    recoveryCodesLeft: a.enabled_at ? await countUnusedRecoveryCodes(ctx.db, s.accountId) : 0,
    step: s.secondFactor,
    csrfToken: s.csrfToken,
  };
}

/**
 * A wrong, replayed or unreadable code at the second step: counted; at the limit the account is
 * locked like after wrong passwords and the waiting session ends, so a guesser must start over.
 */
async function refuseCode(ctx: AppContext, s: SessionPrincipal, failuresBefore: number, ip: string | undefined, reason: string): Promise<never> {
  const now = ctx.now();
  const failures = failuresBefore + 1;
  const lock = failures >= ctx.config.loginMaxFailures;
  const lockedUntil = lock ? new Date(now.getTime() + ctx.config.loginLockMinutes * 60_000) : null;
  await ctx.db.transaction().execute(async (trx) => {
    await setTotpFailures(trx, s.accountId, lock ? 0 : failures);
    if (lockedUntil) {
      await setLoginFailures(trx, s.accountId, 0, lockedUntil, now);
      await deleteSessionRow(trx, s.tokenHash);
    }
    await audit(trx, s, lock ? 'auth.locked' : 'auth.2fa_failed', { ip: ip ?? null, failures, reason, factor: 'totp' });
  });
  if (lockedUntil) throw lockedError(lockedUntil, now);
  throw new AppError('BAD_TWO_FACTOR_CODE');
}

/** The second step of a sign-in: a TOTP code or a recovery code. On success the waiting session is replaced by a full one (a new token). */
export async function verifySecondFactor(ctx: AppContext, s: SessionPrincipal, typed: string, meta: { ip?: string; userAgent?: string }): Promise<NewSession> {
  const now = ctx.now();
  const a = await twoFactorOfAccount(ctx.db, s.accountId);
  if (a.locked_until && new Date(a.locked_until).getTime() > now.getTime()) {
    await ctx.db.transaction().execute((trx) => audit(trx, s, 'auth.login_refused_locked', { ip: meta.ip ?? null, factor: 'totp' }));
    throw lockedError(new Date(a.locked_until), now);
  }
  if (!a.secret) throw new AppError('CONFLICT', 'Verifikasi dua langkah akun ini sudah dimatikan. Masuk lagi.');
  const failures = a.failed_attempts ?? 0;
  const read = readTypedCode(typed);
  let method: 'totp' | 'recovery_code';
  let recoveryCodesLeft: number | undefined;
  if (read.kind === 'totp') {
    const step = matchingStep(await openOrExplain(ctx, s.accountId, a.secret), read.code, now);
    if (step === null) return refuseCode(ctx, s, failures, meta.ip, 'wrong');
    if ((await acceptTotpStep(ctx.db, s.accountId, step)) === 0) return refuseCode(ctx, s, failures, meta.ip, 'replayed');
    method = 'totp';
  } else if (read.kind === 'recovery') {
    const rows = await unusedRecoveryCodes(ctx.db, s.accountId);
    let matched: string | undefined;
    for (const row of rows) {
      if (await verifyPassword(row.code_hash, read.code)) {
        matched = row.id;
        break;
      }
    }
    if (!matched || (await useRecoveryCode(ctx.db, matched, now)) === 0) return refuseCode(ctx, s, failures, meta.ip, matched ? 'replayed' : 'wrong');
    method = 'recovery_code';
    recoveryCodesLeft = rows.length - 1;
  } else {
    return refuseCode(ctx, s, failures, meta.ip, 'unreadable');
  }

  return ctx.db.transaction().execute(async (trx) => {
    if (failures > 0) await setTotpFailures(trx, s.accountId, 0);
    await deleteSessionRow(trx, s.tokenHash);
    const session = await createSession(trx, {
      accountId: s.accountId,
      now,
      maxDays: sessionMaxDaysFor(ctx.config, s.role),
      ...(meta.ip ? { ip: meta.ip } : {}),
      ...(meta.userAgent ? { userAgent: meta.userAgent } : {}),
    });
    if (method === 'recovery_code') await audit(trx, s, 'auth.2fa_recovery_code_used', { left: recoveryCodesLeft });
    await audit(trx, s, 'auth.login', { ip: meta.ip ?? null, secondFactor: method });
    return session;
  });
}

/**
 * Starts (or restarts) an enrolment: a new secret kept aside until a first code confirms it. Right
 * after the password step of a required role no password is asked again; from a full session it is.
 */
export async function startEnrolment(ctx: AppContext, s: SessionPrincipal, password: string | undefined): Promise<TwoFactorEnrolment> {
  if (s.secondFactor !== 'enrol') await requirePassword(ctx, s, password);
  const now = ctx.now();
  const secret = randomBytes(20); // 160 bits, RFC 4226's recommended length
  const sealed = sealSecret((await keyOf(ctx)).current.key, s.accountId, secret);
  const until = new Date(now.getTime() + ENROLMENT_MINUTES * 60_000);
  await ctx.db.transaction().execute(async (trx) => {
    await setPendingTotp(trx, s.accountId, await sealedForStoring(ctx, trx, s.accountId, secret, sealed), until);
    await audit(trx, s, 'auth.2fa_enrolment_started');
  });
  const totp = totpOf(secret, s.nip);
  const uri = totp.toString();
  return { secret: totp.secret.base32, uri, qrSvg: encodeQR(uri, 'svg', { ecc: 'medium', border: 2 }), expiresAt: until.toISOString() };
}

/**
 * A first code confirms the enrolment: the authenticator replaces any earlier one, ten new recovery
 * codes replace the old ones, and every other session of the account ends (ASVS 7.4.3). A session that
 * was waiting to enrol becomes a full one (a new token).
 */
export async function confirmEnrolment(
  ctx: AppContext,
  s: SessionPrincipal,
  typed: string,
  meta: { ip?: string; userAgent?: string },
): Promise<{ recoveryCodes: string[]; session: NewSession | null }> {
  const now = ctx.now();
  const a = await twoFactorOfAccount(ctx.db, s.accountId);
  if (!a.pending_secret || !a.pending_until || new Date(a.pending_until).getTime() <= now.getTime()) {
    throw new AppError('CONFLICT', 'Pendaftaran aplikasi autentikator belum dimulai atau sudah kedaluwarsa. Mulai lagi.');
  }
  const read = readTypedCode(typed);
  const secret = read.kind === 'totp' ? await openOrExplain(ctx, s.accountId, a.pending_secret) : null;
  const step = secret && read.kind === 'totp' ? matchingStep(secret, read.code, now) : null;
  if (step === null || secret === null) {
    await ctx.db.transaction().execute((trx) => audit(trx, s, 'auth.2fa_enrolment_failed', { ip: meta.ip ?? null }));
    throw new AppError('BAD_TWO_FACTOR_CODE', 'Kode tidak cocok. Periksa jam ponsel, lalu ketik kode yang sedang tampil di aplikasi autentikator.');
  }
  const codes = await newRecoveryCodes();
  const pending = a.pending_secret;
  const session = await ctx.db.transaction().execute(async (trx) => {
    await enableTotp(trx, s.accountId, await sealedForStoring(ctx, trx, s.accountId, secret, pending), step, now);
    await replaceRecoveryCodes(trx, s.accountId, codes.rows, now);
    const ended = await deleteAccountSessions(trx, s.accountId, s.tokenHash);
    await audit(trx, s, 'auth.2fa_enabled', { replaced: a.enabled_at !== null, recoveryCodes: RECOVERY_CODE_COUNT, otherSessionsEnded: ended });
    if (s.secondFactor !== 'enrol') return null;
    await deleteSessionRow(trx, s.tokenHash);
    const fresh = await createSession(trx, {
      accountId: s.accountId,
      now,
      maxDays: sessionMaxDaysFor(ctx.config, s.role),
      ...(meta.ip ? { ip: meta.ip } : {}),
      ...(meta.userAgent ? { userAgent: meta.userAgent } : {}),
    });
    await audit(trx, s, 'auth.login', { ip: meta.ip ?? null, secondFactor: 'enrolment' });
    return fresh;
  });
  return { recoveryCodes: codes.shown, session };
}

/** New recovery codes (the old ones stop working), with the password. */
export async function regenerateRecoveryCodes(ctx: AppContext, s: SessionPrincipal, password: string): Promise<string[]> {
  await requirePassword(ctx, s, password);
  const a = await twoFactorOfAccount(ctx.db, s.accountId);
  if (!a.enabled_at) throw new AppError('CONFLICT', 'Verifikasi dua langkah belum aktif.');
  const codes = await newRecoveryCodes();
  await ctx.db.transaction().execute(async (trx) => {
    await replaceRecoveryCodes(trx, s.accountId, codes.rows, ctx.now());
    await audit(trx, s, 'auth.2fa_recovery_codes_regenerated', { recoveryCodes: RECOVERY_CODE_COUNT });
  });
  return codes.shown;
}

/** Turns two-factor sign-in off, with the password; refused for a role that must use it (it may enrol a new phone instead). */
export async function disableTwoFactor(ctx: AppContext, s: SessionPrincipal, password: string): Promise<void> {
  await requirePassword(ctx, s, password);
  const a = await twoFactorOfAccount(ctx.db, s.accountId);
  if (!a.enabled_at) throw new AppError('CONFLICT', 'Verifikasi dua langkah belum aktif.');
  if (requiresTwoFactor(a.role, a.two_factor_exempt)) {
    throw new AppError('FORBIDDEN', 'Peran akun Anda wajib memakai verifikasi dua langkah, sehingga tidak dapat dimatikan. Untuk pindah ke ponsel lain, daftarkan ulang aplikasi autentikator.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await deleteTwoFactor(trx, s.accountId);
    await audit(trx, s, 'auth.2fa_disabled');
  });
}

/**
 * For someone who lost both the phone and the recovery codes: the operator's `kinerja reset-two-factor
 * <NIP>` removes the authenticator and the codes and ends every session. A role that must use two-factor
 * sign-in is sent to enrolment at the next sign-in, so the password alone still opens nothing else.
 * Answers whether the account had two-factor sign-in; throws NOT_FOUND for an unknown NIP.
 */
export async function resetTwoFactor(ctx: AppContext, nip: string): Promise<boolean> {
  const account = await accountForLogin(ctx.db, nip);
  if (!account) throw new AppError('NOT_FOUND', `Tidak ada akun dengan NIP ${nip}.`);
  return ctx.db.transaction().execute(async (trx) => {
    const had = account.totp_enabled_at !== null;
    await deleteTwoFactor(trx, account.id);
    const ended = await deleteAccountSessions(trx, account.id);
    await recordAudit(trx, { agencyId: account.agency_id, actorAccountId: null, action: 'auth.2fa_reset', entity: 'account', entityId: account.id, data: { had, sessionsEnded: ended } });
    return had;
  });
}
