import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/query.js';
import { serverKeyring, type ServerKeyring } from '../../server-key.js';
import { holdServerKeyForUse } from '../../server-key-lock.js';
import { auditCutCandidate, checkpointsSignedWithOtherKeys, cutAuditChain, replaceCheckpointSignature, type CheckpointRow } from './queries.js';

/**
 * Retention checkpoints of the audit trail (issue 20 item 6; migration 0048). Cutting the old end of
 * a chain removes the rows that `audit verify` starts from, so the cut keeps, in `audit_checkpoints`,
 * the position and hash of the last row removed, signed with the server key (src/server-key.ts): an
 * HMAC-SHA256, under HKDF-SHA256(key, "kinerja audit checkpoint v1"), of the canonical text
 * `["kinerja-audit-cut-v1", agency_id, through_seq, through_hash, through_at]` (as the chain's own
 * canonical text: JSON strings or null, ", " between them). verify then starts the chain there: the first
 * row left must be the next position and name that hash as its prev_hash. Someone who can write to the
 * database but does not hold the key file cannot make a checkpoint that hides rows cut from the start.
 */
export function checkpointText(c: Pick<CheckpointRow, 'agencyId' | 'throughSeq' | 'throughHash' | 'throughAt'>): string {
  const items = ['kinerja-audit-cut-v1', c.agencyId, c.throughSeq, c.throughHash, c.throughAt];
  return `[${items.map((v) => (v === null ? 'null' : JSON.stringify(v))).join(', ')}]`;
}

function macKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'kinerja audit checkpoint v1', 32));
}

export function signCheckpoint(key: Buffer, c: Pick<CheckpointRow, 'agencyId' | 'throughSeq' | 'throughHash' | 'throughAt'>): string {
  return createHmac('sha256', macKey(key)).update(checkpointText(c), 'utf8').digest('hex');
}

/** 'ok', 'bad' (the signature does not match: the checkpoint was changed or forged), or 'no-key' (signed with a key the file no longer holds). */
export function checkCheckpoint(ring: ServerKeyring, c: CheckpointRow): 'ok' | 'bad' | 'no-key' {
  const key = ring.byId(c.keyId);
  if (!key) return 'no-key';
  const expected = Buffer.from(signCheckpoint(key, c), 'hex');
  const found = Buffer.from(c.signature, 'hex');
  return found.length === expected.length && timingSafeEqual(found, expected) ? 'ok' : 'bad';
}

/**
 * Cuts one batch off the old end of a chain: every row older than `before`, at most `batch` of them,
 * never the last, signed with the current key of `keyFile`. Returns the checkpoint made, or null when
 * nothing is old enough. The database checks the rest (migration 0048's audit_log_cut: the chain's
 * lock, the hash, rows younger than 365 days).
 */
export async function cutChainBatch(db: Db, keyFile: string, agencyId: string | null, before: Date, batch: number): Promise<{ throughSeq: number; throughHash: string; rows: number } | null> {
  return db.transaction().execute(async (trx) => {
    const c = await auditCutCandidate(trx, agencyId, before, batch);
    if (!c) return null;
    // The key is read under its lock, in the transaction that stores the signature: a key rotation's
    // last step cannot drop it before this commits (src/server-key-lock.ts).
    await holdServerKeyForUse(trx);
    const ring = await serverKeyring(keyFile);
    const signature = signCheckpoint(ring.current.key, { agencyId, ...c });
    const rows = await cutAuditChain(trx, agencyId, c.throughSeq, c.throughHash, ring.current.id, signature);
    return { throughSeq: Number(c.throughSeq), throughHash: c.throughHash, rows };
  });
}

/** How many rows a cut of this chain at `before` would remove now (the dry-run report), batches ignored. */
export async function chainRowsBefore(db: Db, agencyId: string | null, before: Date): Promise<number> {
  const c = await auditCutCandidate(db, agencyId, before, Number.MAX_SAFE_INTEGER);
  return c ? Number(c.rows) : 0;
}

/**
 * Key rotation: every checkpoint signed with an older key of the keyring is checked with that key and
 * signed again with the current one. A checkpoint whose signature does not check, or whose key is gone,
 * is left as it is (verify reports it) and counted in `remaining`.
 */
export async function resignCheckpoints(db: Db, ring: ServerKeyring, batch = 500): Promise<{ resigned: number; remaining: number }> {
  let resigned = 0;
  let remaining = 0;
  const skipped = new Set<string>();
  for (;;) {
    const page = (await checkpointsSignedWithOtherKeys(db, ring.current.id, batch + skipped.size)).filter((c) => !skipped.has(`${c.agencyId}:${c.throughSeq}`));
    if (page.length === 0) return { resigned, remaining };
    for (const c of page.slice(0, batch)) {
      if (checkCheckpoint(ring, c) !== 'ok') {
        skipped.add(`${c.agencyId}:${c.throughSeq}`);
        remaining += 1;
        continue;
      }
      if (await replaceCheckpointSignature(db, c.agencyId, c.throughSeq, c.signature, ring.current.id, signCheckpoint(ring.current.key, c))) resigned += 1;
    }
  }
}
