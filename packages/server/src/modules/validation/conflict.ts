import { DECISION_LABEL, formatInstantId } from '@kinerja/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { latestDecisions } from './decision-queries.js';

/**
 * The 409 for a decision that lost (or came too late): it names who decided and when, so the
 * supervisor in the second tab knows the entry is already taken care of. Read after the losing
 * transaction ended, so the winner's decision is visible.
 */
export async function decisionConflict(db: Kysely<Database>, agencyId: string, entryId: string, timeZone: string): Promise<AppError> {
  const entry = await db.selectFrom('journal_entries').select(['status']).where('agency_id', '=', agencyId).where('id', '=', entryId).executeTakeFirst();
  if (entry?.status === 'submitted') {
    return new AppError('CONFLICT', 'Kegiatan ini telah diajukan ulang oleh pegawai setelah Anda membukanya. Muat ulang untuk melihat versi terbaru.');
  }
  const latest = (await latestDecisions(db, agencyId, [entryId])).get(entryId);
  if (entry?.status === 'draft' || !latest) return new AppError('CONFLICT', 'Kegiatan ini belum diajukan oleh pegawai, sehingga belum dapat divalidasi.');
  const when = formatInstantId(new Date(latest.decidedAt), timeZone);
  const what = DECISION_LABEL[latest.decision].toLowerCase();
  if (!latest.decidedBy) return new AppError('CONFLICT', `Kegiatan ini sudah diputuskan otomatis oleh sistem pada ${when} (${what}).`);
  return new AppError('CONFLICT', `Kegiatan ini sudah diputuskan oleh ${latest.decidedBy.name} pada ${when} (${what}).`);
}
