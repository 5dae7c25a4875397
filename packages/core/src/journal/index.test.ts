import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import * as journal from './index.js';

describe('journal barrel', () => {
  it('exports the public rules', () => {
    for (const name of [
      'resolveJournalSettings', 'parseJournalSettings', 'DEFAULT_JOURNAL_SETTINGS', 'reportingDeadline',
      'canLogEntry', 'creditedMinutes', 'validateEntry', 'findOverlaps', 'overlapMessage', 'daySummary', 'dayStatus',
      'nextStatus', 'canEdit', 'formatDateId',
    ]) {
      expect(journal, name).toHaveProperty(name);
    }
  });

  it('does not clash with names the root index already exports, so it can be re-exported there', () => {
    // Same value is fine: that is the journal itself once the root index re-exports it.
    const rootExports: Record<string, unknown> = core;
    const mine: Record<string, unknown> = journal;
    const clashes = Object.keys(mine).filter((k) => Object.hasOwn(rootExports, k) && rootExports[k] !== mine[k]);
    expect(clashes).toEqual([]);
  });

  it('does not expose the test generators', () => {
    expect(journal).not.toHaveProperty('arbDate');
  });
});
