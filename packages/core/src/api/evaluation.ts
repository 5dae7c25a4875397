/**
 * Evaluation (PermenPANRB 6/2022, SE MenPANRB 3/2023, PermenPANRB 1/2023): the periods of an SKP,
 * realisasi with bukti dukung, the journal's proposal, umpan balik and the employee's answer, the
 * penilai's ratings, finalising and reopening, the organisation's capaian, the distribution curve,
 * the list of who has not finished, and the agency's evaluation settings.
 */
import { Type, type Static } from 'typebox';
import { BERAKHLAK_VALUES } from '../skp/berakhlak.js';
import { ASPEK_IKI, JENIS_RHK } from '../skp/forms.js';
import { CAPAIAN_ORGANISASI } from '../evaluation/capaian-organisasi.js';
import { FEEDBACK_PRESETS, FEEDBACK_TARGETS } from '../evaluation/feedback.js';
import { CURVE_POLICIES } from '../evaluation/finalisation.js';
import { PREDIKATS, RATINGS } from '../evaluation/ratings.js';
import { PERIODIC_FREQUENCIES } from '../evaluation/settings.js';
import { IsoDate, IsoDateTime, Literals, Nullable, Sha256, Uuid } from './common.js';
import { EvaluationRencanaAksi } from './skp-rencana-aksi.js';

export const EVALUATION_KINDS = ['periodik', 'tahunan'] as const;
export const EVALUATION_STATUSES = ['berjalan', 'final'] as const;
export const EVALUATION_CAPACITIES = ['pegawai', 'pejabat_penilai', 'pengelola_kinerja'] as const;

export const RatingSchema = Literals(RATINGS);
export const PredikatSchema = Literals(PREDIKATS);
export const CapaianOrganisasiSchema = Literals(CAPAIAN_ORGANISASI);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const EvaluationParams = Type.Object({ agencyId: Uuid, evaluationId: Uuid });
export const EvaluationIkiParams = Type.Object({ agencyId: Uuid, evaluationId: Uuid, ikiId: Uuid });
export const EvaluationFeedbackParams = Type.Object({ agencyId: Uuid, evaluationId: Uuid, feedbackId: Uuid });
export const UnitParams = Type.Object({ agencyId: Uuid, unitId: Uuid });

export const EvaluationSummary = Type.Object(
  {
    id: Uuid,
    agencyId: Uuid,
    skpId: Uuid,
    employeeId: Uuid,
    employeeName: Type.String(),
    kind: Literals(EVALUATION_KINDS),
    /** 'Triwulan I', 'Maret', 'Tahunan'. */
    label: Type.String(),
    /** The calendar period (the organisation's capaian and the curve are per calendar period). */
    periodFrom: IsoDate,
    periodTo: IsoDate,
    /** The part of it this SKP covers. */
    coveredFrom: IsoDate,
    coveredTo: IsoDate,
    /** Months that earn angka kredit here (core evaluationPeriodWithin). */
    creditedMonths: Type.Integer(),
    status: Literals(EVALUATION_STATUSES),
    ratingHasilKerja: Nullable(RatingSchema),
    ratingPerilakuKerja: Nullable(RatingSchema),
    /** From the matrix; for a finalised evaluation the one recorded when it was finalised. */
    predikat: Nullable(PredikatSchema),
    /** Jabatan fungsional only, once finalised: (months/12) × persentase × koefisien, unrounded. */
    angkaKredit: Nullable(Type.Number()),
    finalisedAt: Nullable(IsoDateTime),
    updatedAt: IsoDateTime,
  },
  { $id: 'EvaluationSummary' },
);
export type EvaluationSummary = Static<typeof EvaluationSummary>;

export const EvaluationPeriodsAnswer = Type.Object({
  skpId: Uuid,
  /** The employee the SKP is of (for their annual result). */
  employeeId: Uuid,
  frequency: Literals(PERIODIC_FREQUENCIES),
  items: Type.Array(
    Type.Object({
      kind: Literals(EVALUATION_KINDS),
      label: Type.String(),
      periodFrom: IsoDate,
      periodTo: IsoDate,
      coveredFrom: IsoDate,
      coveredTo: IsoDate,
      creditedMonths: Type.Integer(),
      evaluation: Nullable(Type.Ref('EvaluationSummary')),
    }),
  ),
  /** Sum of the angka kredit of this SKP's finalised periodic evaluations (null when not JF). */
  angkaKreditPeriodik: Nullable(Type.Number()),
});
export type EvaluationPeriodsAnswer = Static<typeof EvaluationPeriodsAnswer>;

/** Opens (or finds) the evaluation of one period of the SKP: the calendar period's first day. */
export const EvaluationOpenBody = Type.Object({ kind: Literals(EVALUATION_KINDS), periodFrom: IsoDate }, { additionalProperties: false });
export type EvaluationOpenBody = Static<typeof EvaluationOpenBody>;

export const BuktiDukung = Type.Union([
  Type.Object({ kind: Type.Literal('link'), url: Type.String({ maxLength: 2000, pattern: '^https?://[^\\s]+$' }) }, { additionalProperties: false }),
  /** A file of the evidence store (the same uploads as the journal), which the caller may read. */
  Type.Object({ kind: Type.Literal('file'), sha256: Sha256 }, { additionalProperties: false }),
]);
export type BuktiDukung = Static<typeof BuktiDukung>;

export const RealisasiBody = Type.Object({ realisasi: Text(2000), bukti: Type.Array(BuktiDukung, { maxItems: 10 }) }, { additionalProperties: false });
export type RealisasiBody = Static<typeof RealisasiBody>;

export const FeedbackBody = Type.Object(
  {
    target: Literals(FEEDBACK_TARGETS),
    /** An RHK or IKI id of the SKP's version in force, or a BerAKHLAK value. */
    targetId: Type.String({ minLength: 1, maxLength: 64 }),
    preset: Nullable(Literals(FEEDBACK_PRESETS)),
    text: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type FeedbackBody = Static<typeof FeedbackBody>;
export const FeedbackAnswerBody = Type.Object({ text: Text(2000) }, { additionalProperties: false });

export const RatingBody = Type.Object(
  {
    /** Ignored (kept null) for a leader of an organisation with a capaian: theirs is the capaian. */
    ratingHasilKerja: Nullable(RatingSchema),
    ratingPerilakuKerja: Nullable(RatingSchema),
    note: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type RatingBody = Static<typeof RatingBody>;
export const FinaliseBody = Type.Object({ requestId: Type.Optional(Uuid) }, { additionalProperties: false });
export const ReopenBody = Type.Object({ requestId: Type.Optional(Uuid), reason: Text(2000) }, { additionalProperties: false });

const Issue = Type.Object({ code: Type.String(), message: Type.String() });
export const CurveSchema = Type.Object({
  unitId: Uuid,
  unitName: Type.String(),
  capaian: Nullable(CapaianOrganisasiSchema),
  counts: Type.Record(Type.String(), Type.Integer()),
  total: Type.Integer(),
  breaches: Type.Array(Type.Object({ message: Type.String() })),
});

export const EvaluationDetail = Type.Object(
  {
    evaluation: Type.Ref('EvaluationSummary'),
    ratingNote: Type.String(),
    leadsOrganisation: Type.Boolean(),
    capaianOrganisasi: Nullable(CapaianOrganisasiSchema),
    jf: Type.Boolean(),
    rhk: Type.Array(
      Type.Object({
        id: Uuid,
        jenis: Literals(JENIS_RHK),
        text: Type.String(),
        iki: Type.Array(
          Type.Object({
            id: Uuid,
            aspek: Nullable(Literals(ASPEK_IKI)),
            text: Type.String(),
            target: Type.String(),
            realisasi: Nullable(Type.Object({ text: Type.String(), bukti: Type.Array(BuktiDukung), updatedAt: IsoDateTime })),
          }),
        ),
        /** The SKP's rencana aksi for this RHK whose period shares a day with the covered days, each with its realisasi. */
        rencanaAksi: Type.Array(EvaluationRencanaAksi),
      }),
    ),
    perilaku: Type.Array(Type.Object({ id: Literals(BERAKHLAK_VALUES), ekspektasi: Type.String() })),
    feedback: Type.Array(
      Type.Object({
        id: Uuid,
        target: Literals(FEEDBACK_TARGETS),
        targetId: Type.String(),
        preset: Nullable(Literals(FEEDBACK_PRESETS)),
        text: Type.String(),
        authorName: Nullable(Type.String()),
        at: IsoDateTime,
        answer: Nullable(Type.Object({ text: Type.String(), at: IsoDateTime })),
      }),
    ),
    /** core checkFinalisation now: what still blocks finalising, and what only warns. */
    check: Type.Object({ blocking: Type.Array(Issue), warnings: Type.Array(Issue) }),
    /** The live curve of the organisation this evaluation counts in; for the penilai and readers of the agency. */
    curve: Nullable(CurveSchema),
    capacities: Type.Array(Literals(EVALUATION_CAPACITIES)),
    events: Type.Array(Type.Object({ action: Literals(['finalise', 'reopen'] as const), reason: Nullable(Type.String()), actorName: Nullable(Type.String()), at: IsoDateTime })),
  },
  { $id: 'EvaluationDetail' },
);
export type EvaluationDetail = Static<typeof EvaluationDetail>;

/** What the journal offers as realisasi: approved minutes and volume per RHK of the SKP in the covered period. */
export const EvaluationProposalAnswer = Type.Object({
  items: Type.Array(Type.Object({ rhkId: Uuid, rhkText: Type.String(), entries: Type.Integer(), minutes: Type.Integer(), volume: Type.Number() })),
  /** Approved entries of the period that name no RHK of this SKP. */
  unlinked: Type.Object({ entries: Type.Integer(), minutes: Type.Integer() }),
});
export type EvaluationProposalAnswer = Static<typeof EvaluationProposalAnswer>;

export const CapaianBody = Type.Object(
  { periodFrom: IsoDate, periodTo: IsoDate, capaian: CapaianOrganisasiSchema, note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type CapaianBody = Static<typeof CapaianBody>;
export const CapaianAnswer = Type.Object({ unitId: Uuid, periodFrom: IsoDate, periodTo: IsoDate, capaian: CapaianOrganisasiSchema, note: Nullable(Type.String()), setAt: IsoDateTime });

export const EvaluationPeriodQuery = Type.Object({ periodFrom: IsoDate, periodTo: IsoDate }, { additionalProperties: false });
export const CurveAnswer = Type.Object({ periodFrom: IsoDate, periodTo: IsoDate, curvePolicy: Literals(CURVE_POLICIES), items: Type.Array(CurveSchema) });
export type CurveAnswer = Static<typeof CurveAnswer>;

export const UnfinishedAnswer = Type.Object({
  periodFrom: IsoDate,
  periodTo: IsoDate,
  /** For the annual period: the agency's deadline (the settings' mm-dd in the year after); null for a periodic one. */
  deadline: Nullable(IsoDate),
  /** Approved SKP overlapping the period, and how many of them have a finalised evaluation for it. */
  total: Type.Integer(),
  finalised: Type.Integer(),
  items: Type.Array(
    Type.Object({
      employeeId: Uuid,
      employeeName: Type.String(),
      nip: Type.String(),
      skpId: Uuid,
      penilaiName: Nullable(Type.String()),
      evaluationId: Nullable(Uuid),
      status: Literals(['belum_dibuka', 'berjalan'] as const),
    }),
  ),
});
export type UnfinishedAnswer = Static<typeof UnfinishedAnswer>;

export const EvaluationSettingsSchema = Type.Object(
  {
    frequency: Literals(PERIODIC_FREQUENCIES),
    curvePolicy: Literals(CURVE_POLICIES),
    /** mm-dd in the year after (e.g. 01-10). */
    annualDeadline: Type.String({ pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' }),
  },
  { additionalProperties: false },
);
export type EvaluationSettingsValue = Static<typeof EvaluationSettingsSchema>;
export const EvaluationSettingsBody = Type.Object(
  { settings: EvaluationSettingsSchema, effectiveFrom: Type.Optional(IsoDate), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type EvaluationSettingsBody = Static<typeof EvaluationSettingsBody>;
export const EvaluationSettingsAnswer = Type.Object({ effectiveFrom: Nullable(IsoDate), settings: EvaluationSettingsSchema });

/** The penilai's team view: a calendar period (default: the periodic one holding the caller's agency today). */
export const TeamQuery = Type.Object({ periodFrom: Type.Optional(IsoDate), periodTo: Type.Optional(IsoDate) }, { additionalProperties: false });
export type TeamQuery = Static<typeof TeamQuery>;
export const TEAM_STATUSES = ['belum_dibuka', 'berjalan', 'final'] as const;
export const TeamAnswer = Type.Object({
  periodFrom: IsoDate,
  periodTo: IsoDate,
  label: Type.String(),
  /** The calendar periods of the year at the caller's agency's frequency, and the year, to choose from. */
  periods: Type.Array(Type.Object({ kind: Literals(EVALUATION_KINDS), label: Type.String(), periodFrom: IsoDate, periodTo: IsoDate })),
  /** Everyone whose approved SKP overlapping the period names the caller as pejabat penilai. */
  items: Type.Array(
    Type.Object({
      agencyId: Uuid,
      skpId: Uuid,
      employeeId: Uuid,
      name: Type.String(),
      nip: Nullable(Type.String()),
      positionName: Type.String(),
      /** The unit whose capaian and curve this person counts in; null when none has a capaian for the period. */
      curveUnitId: Nullable(Uuid),
      leadsOrganisation: Type.Boolean(),
      evaluationId: Nullable(Uuid),
      status: Literals(TEAM_STATUSES),
      ratingHasilKerja: Nullable(RatingSchema),
      ratingPerilakuKerja: Nullable(RatingSchema),
      predikat: Nullable(PredikatSchema),
    }),
  ),
  /** The live curve of every organisation a team member counts in, with its agency's policy. */
  curves: Type.Array(Type.Object({ agencyId: Uuid, curvePolicy: Literals(CURVE_POLICIES), ...CurveSchema.properties })),
  /** Team members under no capaian: not in any curve until the organisation's capaian is set. */
  outsideCurve: Type.Integer(),
});
export type TeamAnswer = Static<typeof TeamAnswer>;

export const EmployeeYearParams = Type.Object({ agencyId: Uuid, employeeId: Uuid });
export const YearQuery = Type.Object({ year: Type.Integer({ minimum: 1900, maximum: 2200 }) }, { additionalProperties: false });
/** One employee's annual result (core combineYear; docs/evaluation.md "Hasil tahunan"). */
export const AnnualResultAnswer = Type.Object({
  year: Type.Integer(),
  employeeId: Uuid,
  /** Every approved SKP of the employee overlapping the year, with its annual evaluation. */
  skps: Type.Array(
    Type.Object({
      skpId: Uuid,
      positionName: Type.String(),
      coveredFrom: IsoDate,
      coveredTo: IsoDate,
      penilaiName: Nullable(Type.String()),
      evaluationId: Nullable(Uuid),
      status: Literals(TEAM_STATUSES),
      ratingHasilKerja: Nullable(RatingSchema),
      ratingPerilakuKerja: Nullable(RatingSchema),
      predikat: Nullable(PredikatSchema),
      angkaKredit: Nullable(Type.Number()),
      /** The SKP whose ratings stand for the year. */
      chosen: Type.Boolean(),
      /** Its finalised periodic evaluations' predikat, in order. */
      periodik: Type.Array(Type.Object({ label: Type.String(), predikat: Nullable(PredikatSchema), angkaKredit: Nullable(Type.Number()) })),
    }),
  ),
  ratingHasilKerja: Nullable(RatingSchema),
  ratingPerilakuKerja: Nullable(RatingSchema),
  predikat: Nullable(PredikatSchema),
  /** Every SKP of the year has its annual evaluation finalised; otherwise the result is provisional. */
  complete: Type.Boolean(),
  angkaKredit: Nullable(Type.Number()),
});
export type AnnualResultAnswer = Static<typeof AnnualResultAnswer>;

/** A signed scan (photo or PDF) of a finalised evaluation's printed document, kept in the evidence store. */
export const EvaluationScanParams = Type.Object({ agencyId: Uuid, evaluationId: Uuid, sha256: Sha256 });
export const EvaluationScan = Type.Object(
  {
    sha256: Sha256,
    /** The finalisation the scan signs (the evaluation's finalised time when it was uploaded). */
    finalisedAt: IsoDateTime,
    mediaType: Type.Union([Type.Literal('image/jpeg'), Type.Literal('application/pdf')]),
    byteSize: Type.Integer(),
    uploadedAt: IsoDateTime,
    uploadedByName: Nullable(Type.String()),
  },
  { $id: 'EvaluationScan' },
);
export type EvaluationScan = Static<typeof EvaluationScan>;
export const EvaluationScansAnswer = Type.Object({ items: Type.Array(Type.Ref('EvaluationScan')) });
export type EvaluationScansAnswer = { items: EvaluationScan[] };
