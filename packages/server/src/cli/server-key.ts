import { loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import { countSealedUnderOtherKeys, resealTotpSecrets } from '../modules/auth/index.js';
import { recordAudit, resignCheckpoints } from '../modules/audit/index.js';
import { createContext, openDatabase } from '../runtime.js';
import { addServerKey, dropOlderServerKeys, serverKeyring } from '../server-key.js';
import { holdServerKeyForRotation } from '../server-key-lock.js';

export interface ServerKeyReport {
  /** The id of the key that seals and signs now. */
  current: string;
  /** Ids of the older keys the file held when the re-seal began. */
  older: string[];
  resealed: number;
  unreadable: number;
  raced: number;
  /** Retention checkpoints of the audit trail signed again with the current key. */
  resigned: number;
  /** Still sealed or signed with an older key after the pass (0 when the older keys were dropped). */
  remaining: number;
  /** The older keys taken out of the file (none while anything still needs them, or with keepOlder). */
  dropped: string[];
}

/**
 * Rotation of the server key (KINERJA_TOTP_KEY_FILE; src/server-key.ts): `rotate` puts a new key first
 * in the file (running servers seal with it from their next use, older keys still open), then re-seals
 * every two-factor secret and re-signs every audit retention checkpoint with it in batches, and once
 * nothing is left under an older key drops the older keys from the file; that last check, a last
 * re-seal and the drop run under the server key's lock, so an enrolment or an audit cut that read the
 * keyring before the new key came first cannot leave a value under a dropped key. `resume` does the
 * second half only (after an interruption, or a pass that left secrets changed meanwhile). Audited.
 */
export async function rotateServerKey(ctx: AppContext, o: { resume: boolean; keepOlder: boolean; batch: number }): Promise<ServerKeyReport> {
  const path = ctx.config.totpKeyFile;
  if (!o.resume) await addServerKey(path);
  const ring = await serverKeyring(path);
  const older = ring.all.slice(1).map((k) => k.id);
  const sealed = await resealTotpSecrets(ctx.db, ring, o.batch);
  const resigned = await resignCheckpoints(ctx.db, ring, o.batch);
  // The last step under the server key's lock (src/server-key-lock.ts): nothing seals or signs while it
  // runs, so what was sealed or signed with an older key by a request that read the keyring before the
  // new key came first is committed by now, re-sealed here, and nothing new can need the older keys.
  // The older keys leave the file only in a pass that wrote nothing (a pass that re-sealed stragglers
  // commits first, so a failed commit cannot leave them under a dropped key); the next pass then drops.
  let late = { resealed: 0, resigned: 0 };
  for (;;) {
    const last = await ctx.db.transaction().execute(async (trx) => {
      await holdServerKeyForRotation(trx);
      const now = await serverKeyring(path);
      const reseal = await resealTotpSecrets(trx, now, o.batch);
      const resign = await resignCheckpoints(trx, now, o.batch);
      const remaining = (await countSealedUnderOtherKeys(trx, now)) + resign.remaining;
      const wrote = reseal.resealed + resign.resigned > 0;
      const dropped = remaining === 0 && !wrote && !o.keepOlder ? await dropOlderServerKeys(path) : [];
      return { current: now.current.id, reseal, resign, remaining, wrote, dropped };
    });
    late = { resealed: late.resealed + last.reseal.resealed, resigned: late.resigned + last.resign.resigned };
    if (last.wrote && last.remaining === 0 && !o.keepOlder) continue;
    const report: ServerKeyReport = {
      current: last.current,
      older,
      resealed: sealed.resealed + late.resealed,
      unreadable: last.reseal.unreadable,
      raced: sealed.raced,
      resigned: resigned.resigned + late.resigned,
      remaining: last.remaining,
      dropped: last.dropped,
    };
    await recordAudit(ctx.db, { agencyId: null, actorAccountId: null, action: o.resume ? 'server_key.resealed' : 'server_key.rotated', entity: 'server_key', entityId: last.current, data: { ...report } });
    return report;
  }
}

/** `kinerja server-key rotate|resume [--keep-older] [--batch n]`. */
export async function serverKeyCommand(o: { resume: boolean; keepOlder: boolean; batch: number }): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    const r = await rotateServerKey(createContext(handle, config), o);
    console.log(`Kunci server sekarang: ${r.current}${r.older.length ? ` (kunci lama: ${r.older.join(', ')})` : ''}.`);
    console.log(`Rahasia autentikator dienkripsi ulang: ${r.resealed}; titik potong jejak audit ditandatangani ulang: ${r.resigned}.`);
    if (r.unreadable) console.log(`${r.unreadable} rahasia tidak dapat dibuka dengan kunci mana pun di berkas (pemiliknya masuk dengan kode pemulihan lalu mendaftar ulang).`);
    if (r.dropped.length) console.log(`Kunci lama dihapus dari ${config.totpKeyFile}: ${r.dropped.join(', ')}.`);
    else if (r.remaining) {
      console.log(`${r.remaining} nilai masih memakai kunci lama; kunci lama tetap di berkas. Jalankan \`kinerja server-key resume\` lagi.`);
      process.exitCode = 2;
    } else if (o.keepOlder && r.older.length) console.log('Kunci lama tetap di berkas (--keep-older).');
  } finally {
    await handle.close();
  }
}
