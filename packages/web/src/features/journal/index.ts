/**
 * What other features may use of the journal: its cached loaders (the offline prefetch warms them)
 * and the small pieces that show an entry's volume and decision elsewhere.
 */
export { decidedByText, shortInstant } from './DecisionNote';
export { formatVolume } from './parts';
export { loadContext, loadDictionary, loadFavourites, loadSets } from './store';
