/**
 * Finance's exports of a TPP run (issue 19 item 6): the daftar nominatif per OPD as XLSX and as an
 * A4 landscape PDF, and the province's (every agency's run of a month) with the recap per OPD. The
 * file is the answer's body; every download is audited. Paths under /api/v1:
 *   GET /agencies/:agencyId/tpp/runs/:runId/nominatif.xlsx
 *   GET /agencies/:agencyId/tpp/runs/:runId/nominatif.pdf
 *   GET /tpp/months/:month/nominatif.xlsx     the BKD's and auditors': every agency's run of the month
 *   GET /tpp/months/:month/nominatif.pdf
 * A run not locked yet prints marked DRAF.
 */
import { Type, type Static } from 'typebox';
import { Uuid, YearMonth } from './common.js';

export const TPP_NOMINATIF_FORMATS = ['xlsx', 'pdf'] as const;
export type TppNominatifFormat = (typeof TPP_NOMINATIF_FORMATS)[number];

export const TppNominatifRunParams = Type.Object({ agencyId: Uuid, runId: Uuid });
export type TppNominatifRunParams = Static<typeof TppNominatifRunParams>;
export const TppNominatifMonthParams = Type.Object({ month: YearMonth });
export type TppNominatifMonthParams = Static<typeof TppNominatifMonthParams>;
