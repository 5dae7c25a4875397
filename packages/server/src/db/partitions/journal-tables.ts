/**
 * The journal's tables partitioned by month, with the column that decides each row's partition.
 * Every row of an entry (its events, files and decisions) carries the entry's id, so one entry and
 * everything about it always fall in the same month's partitions. Parents come first.
 */
export const JOURNAL_PARTITIONED_TABLES = [
  { table: 'journal_entries', key: 'id' },
  { table: 'journal_entry_events', key: 'entry_id' },
  { table: 'journal_entry_evidence', key: 'entry_id' },
  { table: 'entry_decisions', key: 'entry_id' },
] as const;

/**
 * Set (transaction-local) while rows move from a default partition into their month's partition:
 * the append-only tables' forbid_change() lets that move delete them (they are inserted again at once).
 */
export const MOVING_ROWS_SETTING = 'kinerja.moving_rows';
