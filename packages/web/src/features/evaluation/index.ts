// What Beranda and the agency page use of the evaluation: the words of their links to the overview and the SIASN export.
export { useOverviewText } from './overview-text';
export { useSiasnText } from './siasn/text';
