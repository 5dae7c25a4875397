/**
 * What other features may use of the journal: its cached loaders (the offline prefetch warms them)
 * and the small pieces that show an entry's volume and decision elsewhere, and the file hash uploads are named by;
 * the evidence pipeline (shrink and hash a photo) for other attachments (a leave request's).
 */
export { decidedByText, shortInstant } from './DecisionNote';
export { PrepareError, prepareEvidence, sha256Hex } from './evidence';
export { formatVolume } from './parts';
export { loadContext, loadDictionary, loadFavourites, loadSets } from './store';
