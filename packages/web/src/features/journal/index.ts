/**
 * What other features may use of the journal: its cached loaders (the offline prefetch warms them)
 * and the small pieces that show an entry's volume and decision elsewhere, and the file hash uploads are named by.
 */
export { decidedByText, shortInstant } from './DecisionNote';
export { sha256Hex } from './evidence';
export { formatVolume } from './parts';
export { loadContext, loadDictionary, loadFavourites, loadSets } from './store';
