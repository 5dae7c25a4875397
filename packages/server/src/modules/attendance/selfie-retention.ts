/**
 * Selfie retention (issue 18 item 3; UU PDP 27/2022): once a check-in is older than
 * KINERJA_RETENTION_SELFIES_DAYS (90 by default) —
 * - an accepted check-in is a punch: its photo, precise location (point, accuracy, distance) and face
 *   descriptor are removed; its time, verdicts, scores, device and office area stay;
 * - a rejected or anomalous check-in keeps its photo until an admin resolved it (`resolved_at`), then
 *   goes the same way. Anomalous: a clock beyond the tolerance, an accuracy too perfect to be real,
 *   coordinates shared with other people, or impossible travel (core's DEFAULT_ANOMALY_RULE, the
 *   anomaly report's rules, over the page's window).
 * A photo file nothing else names leaves the evidence store. The pass is idempotent (a redacted row
 * is never read again), runs per agency in pages, and records per agency what it removed and what it
 * kept, in the audit trail (counts only).
 */
import { DEFAULT_ANOMALY_RULE } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/index.js';
import { removeUnnamedFiles } from '../evidence/index.js';
import { impossibleTravel, sharedCoordinates } from './queries/selfie.js';
import { redactCheckins, selfieRetentionAgencies, unredactedCheckins } from './queries/selfie-retention.js';

const DAY = 86_400_000;
const PAGE = 500;

export interface SelfieRetentionResult {
  /** Check-ins whose photo and precise location were removed. */
  redacted: number;
  /** Past the period but kept with their photo: rejected or anomalous, not resolved yet. */
  keptUnresolved: number;
  /** Photo files removed from the evidence store. */
  photoFiles: number;
}

type Row = Awaited<ReturnType<typeof unredactedCheckins>>[number];

/** Whether a check-in past the period may lose its photo now (pure; the window's anomalies given). */
export function mayRedact(r: Pick<Row, 'id' | 'accepted' | 'clock_skewed' | 'accuracy_meters' | 'resolved_at'>, flagged: ReadonlySet<string>): boolean {
  if (r.resolved_at) return true;
  if (!r.accepted || r.clock_skewed) return false;
  if (r.accuracy_meters !== null && r.accuracy_meters < DEFAULT_ANOMALY_RULE.minRealAccuracyMeters) return false;
  return !flagged.has(r.id);
}

/** Check-ins of the page's window that the anomaly report's set-based rules flag. */
async function flaggedIn(ctx: AppContext, agencyId: string, rows: readonly Row[]): Promise<Set<string>> {
  const from = new Date(rows[0]!.at);
  const to = new Date(new Date(rows[rows.length - 1]!.at).getTime() + 1);
  const R = DEFAULT_ANOMALY_RULE;
  const shared = await sharedCoordinates(ctx.db, agencyId, from, to, R.coordinateDecimals, R.sharedMinPeople);
  const travel = await impossibleTravel(ctx.db, agencyId, from, to, R.travelMinMeters, R.maxSpeedKmh);
  return new Set([...shared.flatMap((s) => s.ids), ...travel.flatMap((t) => [t.prev_id, t.id])]);
}

export async function applySelfieRetention(ctx: AppContext, now: Date = ctx.now()): Promise<SelfieRetentionResult> {
  const days = ctx.config.retentionDays.selfies;
  const before = new Date(now.getTime() - days * DAY);
  const total: SelfieRetentionResult = { redacted: 0, keptUnresolved: 0, photoFiles: 0 };
  for (const agencyId of await selfieRetentionAgencies(ctx.db, before)) {
    const mine: SelfieRetentionResult = { redacted: 0, keptUnresolved: 0, photoFiles: 0 };
    let afterAt = new Date(0);
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await unredactedCheckins(ctx.db, agencyId, before, afterAt, afterId, PAGE);
      if (!rows.length) break;
      const flagged = await flaggedIn(ctx, agencyId, rows);
      const go = rows.filter((r) => mayRedact(r, flagged));
      mine.keptUnresolved += rows.length - go.length;
      if (go.length) {
        mine.redacted += await ctx.db.transaction().execute((tx) =>
          redactCheckins(
            tx,
            agencyId,
            go.map((r) => r.id),
            now,
          ),
        );
        // A photo is no upload about to be attached: no grace.
        mine.photoFiles += await removeUnnamedFiles(ctx, go.flatMap((r) => (r.photo_sha256 ? [r.photo_sha256] : [])), null);
      }
      const last = rows[rows.length - 1]!;
      afterAt = new Date(last.at);
      afterId = last.id;
      if (rows.length < PAGE) break;
    }
    if (mine.redacted > 0) {
      await recordAudit(ctx.db, {
        agencyId,
        actorAccountId: null,
        action: 'attendance.selfie_retention',
        entity: 'selfie_checkin',
        entityId: null,
        data: { ...mine, retentionDays: days, before: before.toISOString() },
      });
    }
    total.redacted += mine.redacted;
    total.keptUnresolved += mine.keptUnresolved;
    total.photoFiles += mine.photoFiles;
  }
  return total;
}
