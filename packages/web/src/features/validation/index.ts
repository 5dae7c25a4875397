/** What other features may use of validation: the link to an entry's history. */
export { HistoryLink } from './HistoryLink';
