import type { AppContext } from '../../context.js';
import { deleteEndedSessions } from './queries.js';

/**
 * Removes sessions that can no longer be used (past `SESSION_MAX_DAYS`, or idle `SESSION_IDLE_DAYS`):
 * `loadSession` refuses and deletes them when they come back, but a phone that never comes back would
 * leave its address and device name behind for ever. How many were removed.
 */
export function forgetEndedSessions(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  return deleteEndedSessions(ctx.db, now, new Date(now.getTime() - ctx.config.sessionIdleDays * 86_400_000));
}
