import { deviceLabel, ipPrefix } from '@kinerja/core';
import type { SessionInfo } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { verifyPassword } from './passwords.js';
import { accountPasswordHash, deleteAccountSession, deleteAccountSessions, sessionsOfAccount } from './queries.js';
import type { SessionPrincipal } from './sessions.js';

/** "Perangkat saya": the account's live sessions, the one asking marked; an idle-expired one is gone already to the person. */
export async function listMySessions(ctx: AppContext, s: SessionPrincipal): Promise<SessionInfo[]> {
  const now = ctx.now().getTime();
  const idleMs = ctx.config.sessionIdleDays * 86_400_000;
  const rows = await sessionsOfAccount(ctx.db, s.accountId, ctx.now());
  return rows
    .filter((r) => new Date(r.last_seen_at).getTime() + idleMs > now)
    .map((r) => ({
      id: r.id,
      device: deviceLabel(r.user_agent),
      createdAt: new Date(r.created_at).toISOString(),
      lastSeenAt: new Date(r.last_seen_at).toISOString(),
      ipPrefix: ipPrefix(r.ip),
      current: r.token_hash === s.tokenHash,
    }));
}

/**
 * ASVS 7.5.2: ending another device's session asks for the password again, so a stolen cookie cannot
 * sign its owner out. A wrong one is recorded; the route's rate limit bounds guessing through it.
 */
async function requirePasswordAgain(ctx: AppContext, s: SessionPrincipal, password: string | undefined): Promise<void> {
  const message = 'Masukkan kata sandi Anda yang benar untuk mengeluarkan perangkat lain.';
  const account = await accountPasswordHash(ctx.db, s.accountId);
  if (password !== undefined && account.password_hash && (await verifyPassword(account.password_hash, password))) return;
  if (password !== undefined) {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, { agencyId: s.agencyId, actorAccountId: s.accountId, action: 'auth.reauth_failed', entity: 'account', entityId: s.accountId }),
    );
  }
  throw new AppError('VALIDATION', message, [{ field: 'password', message }]);
}

/** Signs one of my devices out (another one only with the password). Another account's session id answers as unknown, like a gone one. */
export async function revokeMySession(ctx: AppContext, s: SessionPrincipal, sessionId: string, password?: string): Promise<void> {
  if (sessionId !== s.sessionId) await requirePasswordAgain(ctx, s, password);
  await ctx.db.transaction().execute(async (trx) => {
    const ended = await deleteAccountSession(trx, s.accountId, sessionId);
    if (ended === 0) throw new AppError('NOT_FOUND', 'Sesi tidak ditemukan atau sudah berakhir.');
    await recordAudit(trx, {
      agencyId: s.agencyId,
      actorAccountId: s.accountId,
      action: 'auth.session_revoked',
      entity: 'session',
      entityId: sessionId,
      data: { current: sessionId === s.sessionId },
    });
  });
}

/** Signs out every device but the one asking; how many were signed out. */
export async function signOutMyOtherSessions(ctx: AppContext, s: SessionPrincipal, password: string): Promise<number> {
  await requirePasswordAgain(ctx, s, password);
  return ctx.db.transaction().execute(async (trx) => {
    const ended = await deleteAccountSessions(trx, s.accountId, s.tokenHash);
    await recordAudit(trx, { agencyId: s.agencyId, actorAccountId: s.accountId, action: 'auth.other_sessions_revoked', entity: 'account', entityId: s.accountId, data: { sessions: ended } });
    return ended;
  });
}
