import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/index.js';
import { accountByNip, setAccountActive } from './queries.js';
import { deleteAccountSessions } from './sessions.js';

/**
 * Turns an account off (someone who left the service) or on again. Turning it off ends every session
 * of the account in the same transaction (ASVS 5.0 7.4.2), and `loadSession` refuses a session of an
 * inactive account anyway; sign-in answers as for a wrong password. Audited; the actor is the
 * operator's CLI (none). Returns false when no account has this NIP.
 */
export async function setAccountActivity(ctx: AppContext, nip: string, active: boolean): Promise<{ found: boolean; sessionsEnded: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const account = await accountByNip(trx, nip);
    if (!account) return { found: false, sessionsEnded: 0 };
    await setAccountActive(trx, account.id, active, ctx.now());
    const sessionsEnded = active ? 0 : await deleteAccountSessions(trx, account.id);
    await recordAudit(trx, {
      agencyId: account.agency_id,
      actorAccountId: null,
      action: active ? 'auth.account_enabled' : 'auth.account_disabled',
      entity: 'account',
      entityId: account.id,
      data: active ? { via: 'cli' } : { via: 'cli', sessionsEnded },
    });
    return { found: true, sessionsEnded };
  });
}
