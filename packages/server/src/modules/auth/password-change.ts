import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { requireAcceptablePassword } from './chosen-password.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { accountPasswordHash, deleteAccountSessions, setOwnPassword } from './queries.js';
import type { SessionPrincipal } from './sessions.js';

export async function changePassword(
  ctx: AppContext,
  s: SessionPrincipal,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const account = await accountPasswordHash(ctx.db, s.accountId);
  if (!account.password_hash || !(await verifyPassword(account.password_hash, input.currentPassword))) {
    throw new AppError('VALIDATION', 'Kata sandi saat ini salah.', [{ field: 'currentPassword', message: 'Kata sandi saat ini salah.' }]);
  }
  requireAcceptablePassword(input.newPassword, s.nip);
  if (input.newPassword === input.currentPassword) {
    throw new AppError('WEAK_PASSWORD', 'Kata sandi baru harus berbeda dari yang lama.', [
      { field: 'newPassword', message: 'Kata sandi baru harus berbeda dari yang lama.' },
    ]);
  }
  const hash = await hashPassword(input.newPassword);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await setOwnPassword(trx, s.accountId, hash, now);
    // Other devices signed in with the old password are signed out.
    await deleteAccountSessions(trx, s.accountId, s.tokenHash);
    await recordAudit(trx, { agencyId: s.agencyId, actorAccountId: s.accountId, action: 'auth.password_changed', entity: 'account', entityId: s.accountId });
  });
}
