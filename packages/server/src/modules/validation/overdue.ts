import { overdueSubmissionSpans, startOfLocalDay } from '@kinerja/core';
import type { JournalContext } from '../journal/index.js';
import type { SubmittedSpans } from './queries/inbox.js';

/**
 * The submission instants whose validation window has passed on `today`: each (agency-local)
 * submission date is judged under the window and calendar in force on it, so a window shortened
 * from the 15th leaves the entries sent before it with their longer one. One span per settings
 * version at most, in order, for a single statement (queries' submittedWithin).
 */
export function overdueSpans(jc: JournalContext, today: string): SubmittedSpans {
  const spans = overdueSubmissionSpans(today, jc.rulesOn, jc.settingsVersions.map((v) => v.effectiveFrom));
  return {
    from: spans.map((s) => (s.from === null ? null : startOfLocalDay(s.from, jc.timeZone).toISOString())),
    to: spans.map((s) => startOfLocalDay(s.to, jc.timeZone).toISOString()),
  };
}
