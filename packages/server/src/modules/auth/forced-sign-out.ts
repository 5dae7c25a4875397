import type { Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/index.js';
import { deleteAccountSessions } from './queries.js';

/**
 * An admin signs an account out of every device (a lost phone, a person leaving, a suspected
 * takeover); the access point (`account.sign_out`) has decided who may. Recorded in the account's
 * agency's trail with the admin as actor.
 */
export async function forceSignOut(ctx: AppContext, admin: Principal, agencyId: string, accountId: string): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const ended = await deleteAccountSessions(trx, accountId);
    await recordAudit(trx, { agencyId, actorAccountId: admin.accountId, action: 'auth.forced_sign_out', entity: 'account', entityId: accountId, data: { sessions: ended } });
    return ended;
  });
}
