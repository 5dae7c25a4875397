import { deviceLabel, ipPrefix } from '@kinerja/core';
import type { SessionInfo } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { deleteAccountSession, deleteAccountSessions, sessionsOfAccount } from './queries.js';
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

/** Signs one of my devices out. Another account's session id answers as unknown, like a gone one. */
export async function revokeMySession(ctx: AppContext, s: SessionPrincipal, sessionId: string): Promise<void> {
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
export async function signOutMyOtherSessions(ctx: AppContext, s: SessionPrincipal): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const ended = await deleteAccountSessions(trx, s.accountId, s.tokenHash);
    await recordAudit(trx, { agencyId: s.agencyId, actorAccountId: s.accountId, action: 'auth.other_sessions_revoked', entity: 'account', entityId: s.accountId, data: { sessions: ended } });
    return ended;
  });
}
