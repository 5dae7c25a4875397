import { defineQuery } from '../../db/query.js';

const ACCOUNT = '00000000-0000-4000-8000-000000000001';
const AT = new Date('2026-01-05T08:00:00Z');
const SESSION = '00000000-0000-4000-8000-000000000002';

/** The account of a NIP, with what decides the second step after the password (role, exemption, an enabled authenticator). */
export const accountForLogin = defineQuery('auth', 'accountForLogin', [['198001012006041001']], (db, nip: string) =>
  db
    .selectFrom('accounts as a')
    .leftJoin('account_totp as t', 't.account_id', 'a.id')
    .select([
      'a.id',
      'a.agency_id',
      'a.password_hash',
      'a.failed_attempts',
      'a.locked_until',
      'a.active',
      'a.role',
      'a.two_factor_exempt',
      'a.must_change_password',
      'a.temporary_password_expires_at',
      't.enabled_at as totp_enabled_at',
    ])
    .where('a.nip', '=', nip)
    .executeTakeFirst(),
);

/** After a wrong password: the failures so far, and the lock when they reached the limit. */
export const setLoginFailures = defineQuery(
  'auth',
  'setLoginFailures',
  [[ACCOUNT, 2, null, AT]],
  async (db, accountId: string, failures: number, lockedUntil: Date | null, now: Date) => {
    await db.updateTable('accounts').set({ failed_attempts: failures, locked_until: lockedUntil, updated_at: now }).where('id', '=', accountId).execute();
  },
);

export const clearLoginFailures = defineQuery('auth', 'clearLoginFailures', [[ACCOUNT]], async (db, accountId: string) => {
  await db.updateTable('accounts').set({ failed_attempts: 0, locked_until: null }).where('id', '=', accountId).execute();
});

export const accountPasswordHash = defineQuery('auth', 'accountPasswordHash', [[ACCOUNT]], (db, accountId: string) =>
  db.selectFrom('accounts').select(['password_hash']).where('id', '=', accountId).executeTakeFirstOrThrow(),
);

export const setOwnPassword = defineQuery('auth', 'setOwnPassword', [[ACCOUNT, 'argon2-hash', AT]], async (db, accountId: string, hash: string, now: Date) => {
  await db
    .updateTable('accounts')
    .set({ password_hash: hash, must_change_password: false, temporary_password_expires_at: null, password_changed_at: now, updated_at: now })
    .where('id', '=', accountId)
    .execute();
});

export const insertSession = defineQuery(
  'auth',
  'insertSession',
  [[{ id: SESSION, tokenHash: 'token-hash', accountId: ACCOUNT, csrfToken: 'csrf', now: AT, expiresAt: AT, ip: null, userAgent: null, secondFactor: null }]],
  async (
    db,
    s: {
      id: string;
      tokenHash: string;
      accountId: string;
      csrfToken: string;
      now: Date;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
      secondFactor: 'verify' | 'enrol' | null;
    },
  ) => {
    await db
      .insertInto('sessions')
      .values({
        id: s.id,
        token_hash: s.tokenHash,
        account_id: s.accountId,
        csrf_token: s.csrfToken,
        created_at: s.now,
        last_seen_at: s.now,
        expires_at: s.expiresAt,
        ip: s.ip,
        user_agent: s.userAgent,
        second_factor: s.secondFactor,
      })
      .execute();
  },
);

/** One indexed lookup per request: the session joined to its account. */
export const sessionWithAccount = defineQuery('auth', 'sessionWithAccount', [['token-hash']], (db, tokenHash: string) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select([
      's.token_hash',
      's.id as session_id',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      's.created_at',
      's.second_factor',
      'a.id as account_id',
      'a.nip',
      'a.role',
      'a.agency_id',
      'a.employee_id',
      'a.must_change_password',
      'a.temporary_password_expires_at',
      'a.active',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst(),
);

export const touchSessionRow = defineQuery('auth', 'touchSessionRow', [['token-hash', AT]], async (db, tokenHash: string, now: Date) => {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
});

export const deleteSessionRow = defineQuery('auth', 'deleteSessionRow', [['token-hash']], async (db, tokenHash: string) => {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
});

/** Signs an account out everywhere, or everywhere but the session that asked; how many sessions ended. */
export const deleteAccountSessions = defineQuery(
  'auth',
  'deleteAccountSessions',
  [[ACCOUNT], [ACCOUNT, 'token-hash']],
  async (db, accountId: string, exceptTokenHash?: string) => {
    let q = db.deleteFrom('sessions').where('account_id', '=', accountId);
    if (exceptTokenHash) q = q.where('token_hash', '<>', exceptTokenHash);
    const result = await q.executeTakeFirst();
    return Number(result.numDeletedRows);
  },
);

/** The account's sessions still within their absolute lifetime, most recently used first (idle ones are judged by the caller). */
export const sessionsOfAccount = defineQuery('auth', 'sessionsOfAccount', [[ACCOUNT, AT]], (db, accountId: string, now: Date) =>
  db
    .selectFrom('sessions')
    .select(['id', 'token_hash', 'created_at', 'last_seen_at', 'ip', 'user_agent'])
    .where('account_id', '=', accountId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .execute(),
);

/** Ends one of the account's sessions by its public id; how many ended (0 when it is not theirs or already gone). */
export const deleteAccountSession = defineQuery('auth', 'deleteAccountSession', [[ACCOUNT, SESSION]], async (db, accountId: string, sessionId: string) => {
  const result = await db.deleteFrom('sessions').where('account_id', '=', accountId).where('id', '=', sessionId).executeTakeFirst();
  return Number(result.numDeletedRows);
});


export const accountByNip = defineQuery('auth', 'accountByNip', [['198001012006041001']], (db, nip: string) =>
  db.selectFrom('accounts').select(['id', 'agency_id', 'active']).where('nip', '=', nip).forUpdate().executeTakeFirst(),
);

/** An account turned off (someone who left) or on again. */
export const setAccountActive = defineQuery('auth', 'setAccountActive', [[ACCOUNT, false, AT]], async (db, accountId: string, active: boolean, now: Date) => {
  await db.updateTable('accounts').set({ active, updated_at: now }).where('id', '=', accountId).execute();
});

/** Sessions past their absolute lifetime or idle too long (retention): they hold an address and a device name. */
export const deleteEndedSessions = defineQuery('auth', 'deleteEndedSessions', [[AT, AT]], async (db, now: Date, idleBefore: Date) => {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
});
