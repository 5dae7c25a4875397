import { Type, type Static } from 'typebox';

/**
 * SIASN: the reference codes an admin keeps (migration 0043) and the push of an agency's records to
 * SIASN's API (off unless configured). The export itself is a download (XLSX, CSV, JSON).
 */
export const SIASN_CODE_LISTS = ['perilakuDanKinerja', 'kuadranNilai', 'periodik', 'koefisien', 'golonganPns'] as const;
export type SiasnCodeListName = (typeof SIASN_CODE_LISTS)[number];

export const SiasnCodeList = Type.Union([Type.Literal('perilakuDanKinerja'), Type.Literal('kuadranNilai'), Type.Literal('periodik'), Type.Literal('koefisien'), Type.Literal('golonganPns')]);

export const SiasnReferenceCode = Type.Object({
  list: SiasnCodeList,
  /** Our value: a rating, a predikat, a frequency, `<jenjang>.<predikat>`, a golongan. */
  key: Type.String(),
  label: Type.String(),
  /** SIASN's code; empty while nobody has confirmed it (the export leaves the cell empty). */
  code: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
  /** False for the defaults written by the migration. */
  edited: Type.Boolean(),
});
export type SiasnReferenceCode = Static<typeof SiasnReferenceCode>;

export const SiasnReferenceCodesAnswer = Type.Object({
  codes: Type.Array(SiasnReferenceCode),
  /** The caller may change them (the BKD). */
  canEdit: Type.Boolean(),
  /** The push to SIASN's API is configured on this server (KINERJA_SIASN_PUSH); off by default. */
  pushEnabled: Type.Boolean(),
});
export type SiasnReferenceCodesAnswer = Static<typeof SiasnReferenceCodesAnswer>;

export const SiasnCodeParams = Type.Object({ list: SiasnCodeList, key: Type.String({ minLength: 1, maxLength: 60 }) });

export const SiasnCodeBody = Type.Object(
  {
    code: Type.String({ maxLength: 40, pattern: '^[A-Za-z0-9._-]*$' }),
    label: Type.String({ minLength: 1, maxLength: 120 }),
  },
  { additionalProperties: false },
);
export type SiasnCodeBody = Static<typeof SiasnCodeBody>;

export const SiasnPushRecord = Type.Object({
  kind: Type.Union([Type.Literal('skp22'), Type.Literal('kinerjaPeriodik')]),
  nip: Type.String(),
  nama: Type.String(),
  /** The year (skp22) or the months (kinerja periodik) of the record. */
  periode: Type.String(),
  ok: Type.Boolean(),
  /** SIASN's id of the saved record, when it answered one. */
  siasnId: Type.Union([Type.Null(), Type.String()]),
  /** Why this record was not saved (SIASN's message, a timeout, a missing code); null when saved. */
  error: Type.Union([Type.Null(), Type.String()]),
});
export type SiasnPushRecord = Static<typeof SiasnPushRecord>;

/** The push's year; `only=failed` sends again just the records the last push of that year failed. */
export const SiasnPushQuery = Type.Object(
  {
    year: Type.Integer({ minimum: 1900, maximum: 2200 }),
    only: Type.Optional(Type.Literal('failed')),
  },
  { additionalProperties: false },
);
export type SiasnPushQuery = Static<typeof SiasnPushQuery>;

export const SiasnPushAnswer = Type.Object({
  year: Type.Integer(),
  sent: Type.Integer(),
  failed: Type.Integer(),
  records: Type.Array(SiasnPushRecord),
});
export type SiasnPushAnswer = Static<typeof SiasnPushAnswer>;
