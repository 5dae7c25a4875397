import { DECISION_LABEL, formatInstantId } from '@kinerja/core';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { latestDecisions } from '../journal/index.js';
import { entryStatus } from './queries/decisions.js';

/**
 * The 409 for a decision that lost (or came too late): it names who decided and when, so the
 * supervisor in the second tab knows the entry is already taken care of. Read after the losing
 * transaction ended, so the winner's decision is visible.
 */
export async function decisionConflict(db: Db, agencyId: string, entryId: string, timeZone: string): Promise<AppError> {
  const entry = await entryStatus(db, agencyId, entryId);
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
