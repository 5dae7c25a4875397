/**
 * SKP rules (PermenPANRB 6/2022): periods per post, the people on an SKP and the regional penilai
 * chain above OPD heads, the forms' vocabulary, the workflow with versions and their diff, the
 * cascade rule and the Matriks Peran Hasil, and the BerAKHLAK values of perilaku kerja.
 */
export * from './periods.js';
export * from './person-snapshot.js';
export * from './regional-chain.js';
export * from './forms.js';
export * from './workflow.js';
export * from './version-diff.js';
export * from './cascade.js';
export * from './matriks-peran-hasil.js';
export * from './berakhlak.js';
export * from './print.js';
export * from './manual-indikator.js';
export * from './rencana-aksi.js';
export * from './rhk-import.js';
export * from './rhk-import-bulk.js';
