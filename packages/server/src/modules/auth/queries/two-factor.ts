import { defineQuery } from '../../../db/query.js';

/** Two-factor sign-in (migration 0016): the authenticator of an account and its recovery codes. */

const ACCOUNT = '00000000-0000-4000-8000-000000000001';
const CODE = '00000000-0000-4000-8000-000000000003';
const AT = new Date('2026-01-05T08:00:00Z');

/** What decides an account's second step and status: its role, exemption, lock and authenticator. */
export const twoFactorOfAccount = defineQuery('auth', 'twoFactorOfAccount', [[ACCOUNT]], (db, accountId: string) =>
  db
    .selectFrom('accounts as a')
    .leftJoin('account_totp as t', 't.account_id', 'a.id')
    .select([
      'a.id',
      'a.nip',
      'a.role',
      'a.agency_id',
      'a.two_factor_exempt',
      'a.locked_until',
      't.secret',
      't.enabled_at',
      't.last_step',
      't.failed_attempts',
      't.pending_secret',
      't.pending_until',
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirstOrThrow(),
);

/** Keeps a new secret aside until a first code confirms it. */
export const setPendingTotp = defineQuery('auth', 'setPendingTotp', [[ACCOUNT, 'v1.sealed', AT]], async (db, accountId: string, sealed: string, until: Date) => {
  await db
    .insertInto('account_totp')
    .values({ account_id: accountId, secret: null, enabled_at: null, last_step: null, pending_secret: sealed, pending_until: until })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ pending_secret: sealed, pending_until: until }))
    .execute();
});

/** The confirmed secret replaces any earlier one; the confirming code's step is the first one used. */
export const enableTotp = defineQuery('auth', 'enableTotp', [[ACCOUNT, 'v1.sealed', 59000000, AT]], async (db, accountId: string, sealed: string, step: number, now: Date) => {
  await db
    .updateTable('account_totp')
    .set({ secret: sealed, enabled_at: now, last_step: step, failed_attempts: 0, pending_secret: null, pending_until: null })
    .where('account_id', '=', accountId)
    .execute();
});

/**
 * Accepts a code's time step only when it is later than every step accepted before: a code (or an
 * older one) is never accepted twice, even by two requests at once. 1 when accepted, 0 when replayed.
 */
export const acceptTotpStep = defineQuery('auth', 'acceptTotpStep', [[ACCOUNT, 59000000]], async (db, accountId: string, step: number) => {
  const result = await db
    .updateTable('account_totp')
    .set({ last_step: step, failed_attempts: 0 })
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
});

export const setTotpFailures = defineQuery('auth', 'setTotpFailures', [[ACCOUNT, 2]], async (db, accountId: string, failures: number) => {
  await db.updateTable('account_totp').set({ failed_attempts: failures }).where('account_id', '=', accountId).execute();
});

/** Turns two-factor sign-in off: the authenticator and every recovery code go. */
export const deleteTwoFactor = defineQuery('auth', 'deleteTwoFactor', [[ACCOUNT]], async (db, accountId: string) => {
  await db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  await db.deleteFrom('account_totp').where('account_id', '=', accountId).execute();
});

/** A new set of recovery codes (hashes) replaces the old one, used or not. */
export const replaceRecoveryCodes = defineQuery(
  'auth',
  'replaceRecoveryCodes',
  [[ACCOUNT, [{ id: CODE, hash: 'argon2-hash' }], AT]],
  async (db, accountId: string, codes: { id: string; hash: string }[], now: Date) => {
    await db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
    await db
      .insertInto('recovery_codes')
      .values(codes.map((c) => ({ id: c.id, account_id: accountId, code_hash: c.hash, created_at: now, used_at: null })))
      .execute();
  },
);

export const unusedRecoveryCodes = defineQuery('auth', 'unusedRecoveryCodes', [[ACCOUNT]], (db, accountId: string) =>
  db.selectFrom('recovery_codes').select(['id', 'code_hash']).where('account_id', '=', accountId).where('used_at', 'is', null).orderBy('id').execute(),
);

export const countUnusedRecoveryCodes = defineQuery('auth', 'countUnusedRecoveryCodes', [[ACCOUNT]], async (db, accountId: string) => {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
});

/** Spends a recovery code once: 1 when this call used it, 0 when it was used already (by a concurrent request too). */
export const useRecoveryCode = defineQuery('auth', 'useRecoveryCode', [[CODE, AT]], async (db, codeId: string, now: Date) => {
  const result = await db.updateTable('recovery_codes').set({ used_at: now }).where('id', '=', codeId).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
});

/**
 * Key rotation (modules/auth/reseal.ts): authenticators with a secret or a pending secret sealed under
 * another key than `keyId`, after `afterAccountId`, in account order (one page of the re-seal).
 */
export const totpSealedUnderOtherKeys = defineQuery('auth', 'totpSealedUnderOtherKeys', [['keyid000001', ACCOUNT, 500]], (db, keyId: string, afterAccountId: string, limit: number) =>
  db
    .selectFrom('account_totp')
    .select(['account_id', 'secret', 'pending_secret'])
    .where('account_id', '>', afterAccountId)
    .where((eb) =>
      eb.or([
        eb.and([eb('secret', 'is not', null), eb(eb.fn('split_part', ['secret', eb.val('.'), eb.val(2)]), '<>', keyId)]),
        eb.and([eb('pending_secret', 'is not', null), eb(eb.fn('split_part', ['pending_secret', eb.val('.'), eb.val(2)]), '<>', keyId)]),
      ]),
    )
    .orderBy('account_id')
    .limit(limit)
    .execute(),
);

/** One re-sealed value, written only if the row still holds the value it was opened from (a sign-in or enrolment meanwhile wins). */
export const replaceSealedTotp = defineQuery(
  'auth',
  'replaceSealedTotp',
  [
    [ACCOUNT, 'secret', 'v1.old', 'v1.new'],
    [ACCOUNT, 'pending_secret', 'v1.old', 'v1.new'],
  ],
  async (db, accountId: string, column: 'secret' | 'pending_secret', before: string, after: string): Promise<boolean> => {
    const r = await db.updateTable('account_totp').set(column, after).where('account_id', '=', accountId).where(column, '=', before).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
);
