// What other modules may use of validation (the supervisor's decisions); everything else in this folder is its own.
export { approveOverdue } from './auto-approve.js';
export { lapsedEntriesBetween, type LapsedEntry } from './team-lapses.js';
