// What other modules may use of the journal; everything else in this folder is its own.
export { completeListedEvidence, insertEvidence, listedEvidenceRows } from './attach.js';
// Decisions change entries (status, version, history), so the journal writes them: validation decides
// who may and which entries, then calls applyDecision; a day of someone nobody validates is approved at submit.
export { applyDecision, type Decided, type DecisionTarget, type DecisionWrite } from './apply-decision.js';
export { approveAutomatically, autoApproverFor, type AutoApprover } from './auto-approve.js';
export { decisionsOf, latestDecisions } from './decision-reads.js';
export { forgetJournalContext, loadJournalContext, type JournalContext } from './context.js';
export { targetFor } from './days.js';
export { submitClosedDrafts } from './auto-submit.js';
export { deleteEntry, submitDay, submitDayWithin } from './day-actions.js';
export { currentDictionaryVersion, type ActivityRow } from './dictionary.js';
export { minuteToTime, toEntryDto, type EntryDto } from './dto.js';
export { writeEntry, type EntryWriteOptions, type EntryWritten } from './entry-writes.js';
export { approvedRhkBetween, needsApprovedRhk, rhkRefusal, type OfferedRhk } from './rhk-link.js';
export { appendEntryEvents, entriesBetween, entryById } from './queries.js';
// A TPP month's journal inputs (modules/tpp): approved on-time minutes and the days still undecided, per agency.
export { approvedOnTimeMinutes, undecidedJournalDays } from './queries/tpp.js';
// The row steps of a write, for the all-at-once sync push (an optimisation of writeEntry, proved equal by its property test).
export {
  claimEntryIds,
  countedEntriesOn,
  ENTRY_ID_TAKEN_MESSAGE,
  EntryIdTaken,
  entryValues,
  labelled,
  lateColumns,
  lockEmployeeDay,
  type EntryInput,
  type EntryValues,
} from './save-entry.js';
export { EntryBody, Sha256 } from '@kinerja/core/api';
export { journalistOf, type Journalist } from './who.js';
