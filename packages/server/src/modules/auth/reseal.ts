import type { Db } from '../../db/query.js';
import type { ServerKeyring } from '../../server-key.js';
import { replaceSealedTotp, totpSealedUnderOtherKeys } from './queries/two-factor.js';
import { openSecret, sealSecret, sealedKeyId, TotpKeyError } from './totp-secret.js';

export interface ResealResult {
  /** Secrets (confirmed or pending) now sealed with the current key. */
  resealed: number;
  /** Secrets sealed with a key the file no longer holds, or damaged: left as they are (their owners sign in with a recovery code and enrol again). */
  unreadable: number;
  /** Secrets changed by a sign-in or an enrolment while they were re-sealed: the next pass takes them. */
  raced: number;
}

/**
 * Key rotation's second step (issue 20): every two-factor secret sealed with an older key of the
 * keyring is opened with that key and sealed again with the current one, a page of `batch` accounts
 * at a time, each value written only if it is still the one that was opened. Safe to run again and to
 * interrupt: what is already under the current key is not read.
 */
export async function resealTotpSecrets(db: Db, ring: ServerKeyring, batch = 500): Promise<ResealResult> {
  const result: ResealResult = { resealed: 0, unreadable: 0, raced: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await totpSealedUnderOtherKeys(db, ring.current.id, after, batch);
    for (const row of page) {
      for (const column of ['secret', 'pending_secret'] as const) {
        const sealed = row[column];
        if (sealed === null || sealedKeyId(sealed) === ring.current.id) continue;
        let plain: Uint8Array;
        try {
          plain = openSecret(ring, row.account_id, sealed);
        } catch (error) {
          if (!(error instanceof TotpKeyError)) throw error;
          result.unreadable += 1;
          continue;
        }
        if (await replaceSealedTotp(db, row.account_id, column, sealed, sealSecret(ring.current.key, row.account_id, plain))) result.resealed += 1;
        else result.raced += 1;
      }
    }
    if (page.length < batch) return result;
    after = page.at(-1)!.account_id;
  }
}

/** How many secrets are still sealed with a key other than the current one (0: the older keys may go). */
export async function countSealedUnderOtherKeys(db: Db, ring: ServerKeyring): Promise<number> {
  let n = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await totpSealedUnderOtherKeys(db, ring.current.id, after, 1000);
    for (const row of page) for (const s of [row.secret, row.pending_secret]) if (s !== null && sealedKeyId(s) !== ring.current.id) n += 1;
    if (page.length < 1000) return n;
    after = page.at(-1)!.account_id;
  }
}
