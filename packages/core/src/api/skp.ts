/**
 * SKP (PermenPANRB 6/2022): periods, drafts saved idempotently, the workflow, versions and their
 * diff, the penilai's waiting list and the Matriks Peran Hasil.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { BERAKHLAK_VALUES } from '../skp/berakhlak.js';
import { ASPEK_IKI, CASCADING_TYPES, JENIS_RHK, PENDEKATAN, PERSPEKTIF, SKP_FORMS } from '../skp/forms.js';
import { JENIS_INDIKATOR } from '../skp/manual-indikator.js';
import { PERSON_STATUSES } from '../skp/person-snapshot.js';
import { SKP_ACTOR_CAPACITIES, SKP_STATUSES } from '../skp/workflow.js';
import { IsoDate, IsoDateTime, Literals, Nullable, Uuid } from './common.js';

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const SkpStatusSchema = Literals(SKP_STATUSES);
export const SkpFormSchema = Literals(SKP_FORMS);
export const PendekatanSchema = Literals(PENDEKATAN);
export const SkpCapacitySchema = Literals(SKP_ACTOR_CAPACITIES);

const MikText = Type.String({ maxLength: 2000 });
/** The Manual Indikator Kinerja of a JPT's IKI (core `manual-indikator.ts`); every field may stay empty in a draft. */
export const SkpMik = Type.Object(
  {
    tujuan: MikText,
    definisi: MikText,
    formula: MikText,
    satuanPengukuran: MikText,
    kualitasTingkatKendali: MikText,
    sumberData: MikText,
    periodePelaporan: MikText,
    jenisIndikator: Nullable(Literals(JENIS_INDIKATOR)),
  },
  { additionalProperties: false },
);
export type SkpMik = Static<typeof SkpMik>;

export const SkpIki = Type.Object(
  {
    id: Uuid,
    /** Kuantitas, kualitas, waktu or biaya on JA/JF forms; null on a JPT form. */
    aspek: Nullable(Literals(ASPEK_IKI)),
    text: Text(1000),
    /** As printed: '12 Laporan', '100%', '3 Bulan'. */
    target: Text(200),
    /** JPT only: its Manual Indikator Kinerja; absent or null when none is written (always present in answers). */
    mik: Type.Optional(Nullable(SkpMik)),
  },
  { additionalProperties: false },
);
export type SkpIki = Static<typeof SkpIki>;

export const SkpRhk = Type.Object(
  {
    /** Client-made and kept in every version, so links from subordinates' RHK survive a revision. */
    id: Uuid,
    jenis: Literals(JENIS_RHK),
    text: Text(1000),
    /** The intervened RHK of the pejabat penilai (JA/JF). */
    parentRhkId: Nullable(Uuid),
    cascadingType: Nullable(Literals(CASCADING_TYPES)),
    /** JPT only. */
    perspektif: Nullable(Literals(PERSPEKTIF)),
    /** JPT: where the assignment came from ("penugasan dari …"). */
    // Null first: Ajv coerces types, and a null tried against a string branch first would arrive as ''.
    penugasanDari: Type.Union([Type.Null(), Type.String({ maxLength: 500 })]),
    iki: Type.Array(SkpIki, { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type SkpRhk = Static<typeof SkpRhk>;

/** One Ekspektasi Khusus Pimpinan per BerAKHLAK value; `id` is the value. */
export const SkpPerilaku = Type.Object({ id: Literals(BERAKHLAK_VALUES), ekspektasi: Type.String({ maxLength: 2000 }) }, { additionalProperties: false });
export type SkpPerilaku = Static<typeof SkpPerilaku>;

export const LAMPIRAN_JENIS = ['dukungan_sumber_daya', 'skema_pertanggungjawaban', 'konsekuensi'] as const;
export const SkpLampiran = Type.Object({ id: Uuid, jenis: Literals(LAMPIRAN_JENIS), text: Text(2000) }, { additionalProperties: false });
export type SkpLampiran = Static<typeof SkpLampiran>;

export const SkpContent = Type.Object(
  {
    rhk: Type.Array(SkpRhk, { maxItems: 60 }),
    perilaku: Type.Array(SkpPerilaku, { maxItems: BERAKHLAK_VALUES.length }),
    lampiran: Type.Array(SkpLampiran, { maxItems: 60 }),
  },
  { additionalProperties: false },
);
export type SkpContent = Static<typeof SkpContent>;

export const SkpPerson = Type.Object({
  role: Literals(['pegawai', 'pejabat_penilai', 'atasan_pejabat_penilai'] as const),
  status: Literals(PERSON_STATUSES),
  name: Type.String(),
  nip: Nullable(Type.String()),
  rank: Nullable(Type.String()),
  positionName: Type.String(),
  unitName: Type.String(),
  agencyId: Nullable(Uuid),
  employeeId: Nullable(Uuid),
  officialId: Nullable(Uuid),
});
export type SkpPerson = Static<typeof SkpPerson>;

export const SkpSummary = Type.Object(
  {
    id: Uuid,
    agencyId: Uuid,
    employeeId: Uuid,
    employeeName: Type.String(),
    positionId: Uuid,
    periodFrom: IsoDate,
    periodTo: IsoDate,
    form: SkpFormSchema,
    pendekatan: PendekatanSchema,
    status: SkpStatusSchema,
    currentVersion: Type.Integer(),
    versionInForce: Nullable(Type.Integer()),
    updatedAt: IsoDateTime,
  },
  { $id: 'SkpSummary' },
);
export type SkpSummary = Static<typeof SkpSummary>;

export const CascadeIssueSchema = Type.Object({ code: Type.String(), rhkId: Nullable(Uuid), message: Type.String() });

export const SkpDetail = Type.Object(
  {
    skp: Type.Ref('SkpSummary'),
    people: Type.Array(SkpPerson),
    /** The last version's content (the one being worked on, or the approved one). */
    content: SkpContent,
    /** What the caller may do to it now, by the capacity they hold. */
    capacities: Type.Array(SkpCapacitySchema),
    /** The cascade check of the last version, so the form shows a broken link before submitting. */
    cascade: Type.Array(CascadeIssueSchema),
    /** The note of the last return, while the version is dikembalikan. */
    returnNote: Nullable(Type.String()),
    /**
     * Approved journal work logged against each RHK within the SKP's period (entries naming it): for an
     * approved SKP; empty before. An RHK with nothing approved has no row.
     */
    journal: Type.Array(Type.Object({ rhkId: Uuid, approvedEntries: Type.Integer(), approvedMinutes: Type.Integer() })),
  },
  { $id: 'SkpDetail' },
);
export type SkpDetail = Static<typeof SkpDetail>;

export const SkpPeriodsQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }, { additionalProperties: false });
export const SkpPeriodsAnswer = Type.Object({
  year: Type.Integer(),
  items: Type.Array(
    Type.Object({
      positionId: Uuid,
      positionName: Type.String(),
      periodFrom: IsoDate,
      periodTo: IsoDate,
      form: SkpFormSchema,
      skp: Nullable(Type.Ref('SkpSummary')),
    }),
  ),
});
export type SkpPeriodsAnswer = Static<typeof SkpPeriodsAnswer>;

export const SKP_STARTS = ['kosong', 'rhk_atasan', 'salin_tahun_lalu'] as const;
export const SkpCreateBody = Type.Object(
  {
    positionId: Uuid,
    /** The first day of one of the employee's SKP periods (GET /skp/periods). */
    periodFrom: IsoDate,
    pendekatan: PendekatanSchema,
    /** Empty, from the penilai's approved RHK, or a copy of the last SKP before this period. */
    start: Literals(SKP_STARTS),
  },
  { additionalProperties: false },
);
export type SkpCreateBody = Static<typeof SkpCreateBody>;

export const SkpParams = Type.Object({ agencyId: Uuid, skpId: Uuid });
/** A client-made id per save or action: a repeat with the same id changes nothing. */
export const SkpSaveBody = Type.Object({ requestId: Uuid, content: SkpContent }, { additionalProperties: false });
export type SkpSaveBody = Static<typeof SkpSaveBody>;
export const SkpActionBody = Type.Object({ requestId: Type.Optional(Uuid) }, { additionalProperties: false });
export const SkpReturnBody = Type.Object({ requestId: Type.Optional(Uuid), note: Type.String({ maxLength: 2000 }) }, { additionalProperties: false });
export const SkpEditApproveBody = Type.Object({ requestId: Type.Optional(Uuid), content: SkpContent }, { additionalProperties: false });

export const SkpEventSchema = Type.Object({
  action: Type.String(),
  from: Nullable(SkpStatusSchema),
  to: SkpStatusSchema,
  capacity: SkpCapacitySchema,
  onBehalf: Type.Boolean(),
  actorName: Nullable(Type.String()),
  note: Nullable(Type.String()),
  at: IsoDateTime,
});
export const SkpVersionsAnswer = Type.Object({
  items: Type.Array(Type.Object({ version: Type.Integer(), status: SkpStatusSchema, updatedAt: IsoDateTime, events: Type.Array(SkpEventSchema) })),
});
export type SkpVersionsAnswer = Static<typeof SkpVersionsAnswer>;

export const SkpDiffQuery = Type.Object({ from: Type.Integer({ minimum: 1, maximum: 100_000 }), to: Type.Integer({ minimum: 1, maximum: 100_000 }) }, { additionalProperties: false });
const RowDiffSchema = <T extends TSchema>(row: T) =>
  Type.Object({
    added: Type.Array(row),
    removed: Type.Array(row),
    changed: Type.Array(Type.Object({ id: Type.String(), changes: Type.Array(Type.Object({ field: Type.String(), before: Type.Unknown(), after: Type.Unknown() })) })),
    reordered: Type.Boolean(),
  });
/** Rows matched by their stable id: an edited RHK reads as changed, not as one removed and one added. */
export const SkpDiffAnswer = Type.Object({ from: Type.Integer(), to: Type.Integer(), rhk: RowDiffSchema(SkpRhk), perilaku: RowDiffSchema(SkpPerilaku), lampiran: RowDiffSchema(SkpLampiran) });
export type SkpDiffAnswer = Static<typeof SkpDiffAnswer>;

/**
 * The RHK of the approved SKP (versions in force) of the pejabat penilai named on an SKP, for periods
 * overlapping it: what this SKP's RHK may intervene. Empty while that SKP is not approved, or when
 * the penilai is a kepala daerah, who keeps no SKP here.
 */
export const PenilaiRhkAnswer = Type.Object({
  items: Type.Array(
    Type.Object({ id: Uuid, text: Type.String(), jenis: Literals(JENIS_RHK), skpId: Uuid, periodFrom: IsoDate, periodTo: IsoDate }),
  ),
});
export type PenilaiRhkAnswer = Static<typeof PenilaiRhkAnswer>;

export const SkpWaitingAnswer = Type.Object({ items: Type.Array(Type.Ref('SkpSummary')) });

const MatriksCarrierSchema = Type.Object({
  employeeId: Uuid,
  employeeName: Type.String(),
  skpId: Uuid,
  rhkId: Uuid,
  rhkText: Type.String(),
  cascadingType: Nullable(Literals(CASCADING_TYPES)),
});
export const MatriksAnswer = Type.Object({
  /** The leader's version in force (or the last one before the first approval). */
  version: Type.Integer(),
  rows: Type.Array(Type.Object({ leaderRhkId: Uuid, leaderRhkText: Type.String(), carriers: Type.Array(MatriksCarrierSchema) })),
  uncarried: Type.Array(Uuid),
  subordinatesWithoutLink: Type.Array(Type.Object({ employeeId: Uuid, employeeName: Type.String() })),
  brokenLinks: Type.Array(MatriksCarrierSchema),
});
export type MatriksAnswer = Static<typeof MatriksAnswer>;
