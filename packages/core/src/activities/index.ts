export type { ActivityItem } from './types.js';
export { ABBREVIATIONS } from './abbreviations.js';
export { normalise, words, expand, indexWords, groupWords, stem, STOPWORDS, type WordGroup } from './normalise.js';
export { parseActivitiesCsv, ActivityCsvError, ACTIVITY_CSV_HEADER, MAX_STANDARD_MINUTES } from './csv.js';
export {
  createActivitySearch,
  ACTIVITY_RANKING,
  type ActivitySearch,
  type ActivitySearchContext,
} from './search.js';
