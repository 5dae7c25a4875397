import { defineQuery } from '../../db/query.js';

/**
 * Attendance punches older than their retention period (KINERJA_RETENTION_PUNCHES_DAYS): the raw
 * machine records. A locked TPP run keeps its own snapshot of the days it read, so removing a punch
 * never changes a paid month; how many were removed.
 */
export const deletePunchesBefore = defineQuery('retention', 'deletePunchesBefore', [[new Date(0)]], async (db, before: Date): Promise<number> => {
  const r = await db.deleteFrom('attendance_punches').where('at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows);
});
