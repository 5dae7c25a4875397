/**
 * TPP rule sets and month inputs as data (DOMAIN.md §3): TypeBox schemas from which the published
 * JSON Schemas are generated (docs/tpp-rule-set.schema.json, docs/tpp-inputs.schema.json; see
 * `kinerja tpp schema`). A region writes its Perkada as one of these files; nothing of it is code.
 *
 * Percentages are numbers of percent (1.25 means 1,25 %) with at most two decimals; amounts are
 * whole rupiah. The checks a schema cannot express (shares adding up to 100, bands in order, a
 * basic amount for every kelas) are in rule-set.ts.
 */
import { Type, type Static, type TLiteral, type TSchema, type TUnion } from 'typebox';

const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'yyyy-mm' });
const Date_ = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description: 'yyyy-mm-dd' });
const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]{0,62}$', description: 'a stable identifier: lower case, digits, _ . -' });
/** A percentage; the engine computes with hundredths of a percent (further decimals are rounded). */
const Percent = Type.Number({ minimum: 0, maximum: 100 });
const Rupiah = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 });
const Kelas = Type.Integer({ minimum: 1, maximum: 17 });
/** Kelas jabatan as an object key ("1" … "17"). */
const KelasKey = '^([1-9]|1[0-7])$';
const Source = Type.Optional(Type.String({ description: 'where the rule comes from (Perkada article) or why it is assumed' }));
const Opt = <T extends TSchema>(t: T) => Type.Optional(t);
const strict = { additionalProperties: false } as const;

export const LEAVE_TYPES = [
  'cuti_tahunan', 'cuti_besar', 'cuti_sakit', 'cuti_melahirkan', 'cuti_alasan_penting', 'cltn',
  'tugas_belajar', 'diklat', 'dinas_luar', 'tugas_kedinasan',
] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];
/** Typed as the literals; TypeBox types a union by its tuple, and a mapped list is none. */
const Literals = <const T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v))) as unknown as TUnion<[TLiteral<T>]>;
const LeaveTypeSchema = Literals(LEAVE_TYPES);

export const TPP_PREDIKATS = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;

const BasicTable = Type.Object(
  {
    kind: Type.Literal('table'),
    /** Basic TPP (the full ceiling before any rule) per kelas jabatan. */
    perKelas: Type.Record(Type.String({ pattern: KelasKey }), Rupiah, strict),
    source: Source,
  },
  strict,
);

/** An index factor; the engine uses six decimals. */
const Factor = Type.Number({ exclusiveMinimum: 0, maximum: 10 });
const BasicIndex = Type.Object(
  {
    kind: Type.Literal('index'),
    /** Basic = tukinBpk[kelas] × IKFD × IKK × IPPD × balancing[kelas] (Kepmendagri 900-4700/2020, as read from code). */
    ikfd: Factor,
    ikk: Factor,
    ippd: Factor,
    tukinBpk: Type.Record(Type.String({ pattern: KelasKey }), Rupiah, strict),
    /** Faktor penyeimbang per kelas; a kelas without one uses 1. */
    balancing: Opt(Type.Record(Type.String({ pattern: KelasKey }), Factor, strict)),
    source: Source,
  },
  strict,
);

const Component = Type.Object(
  {
    id: Id,
    /** E.g. "Beban Kerja", "Prestasi Kerja", "Kondisi Kerja", "Tempat Bertugas", "Kelangkaan Profesi". */
    name: Type.String({ minLength: 1 }),
  },
  strict,
);

const Shares = Type.Record(Id, Percent, { description: 'percent of the basic TPP per component id; they add up to 100' });

const ExtraPart = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    share: Percent,
    /** The score used when the month's inputs give none for this part. */
    defaultScore: Percent,
    source: Source,
  },
  strict,
);

const MinutesMeasure = Type.Object(
  {
    kind: Type.Literal('minutes'),
    /** Approved, on-time journal minutes over the month's target minutes, never above this (100 = capped at the target). */
    capPercent: Percent,
    source: Source,
  },
  strict,
);

const PredikatMeasure = Type.Object(
  {
    kind: Type.Literal('predikat'),
    /** Percent of the productivity part paid per predikat kinerja. */
    percent: Type.Object(
      { sangat_baik: Percent, baik: Percent, butuh_perbaikan: Percent, kurang: Percent, sangat_kurang: Percent },
      strict,
    ),
    /** Percent paid when the month has no predikat yet. */
    whenMissing: Percent,
    source: Source,
  },
  strict,
);

const Band = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,20}$', description: 'e.g. TL2, PSW1' }),
    /** Minutes outside the window, inclusive; `toMinutes` null = no upper end. */
    fromMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
    toMinutes: Type.Union([Type.Integer({ minimum: 1, maximum: 1440 }), Type.Null()]),
    percent: Percent,
  },
  strict,
);

const BandGroup = Type.Object(
  {
    id: Id,
    /** Shown in the explanation, e.g. "Terlambat masuk", "Pulang sebelum waktunya". */
    name: Type.String({ minLength: 1 }),
    /** The check points this table judges, as the attendance month names them (masuk, istirahat, pulang, …). */
    checkpoints: Type.Array(Id, { minItems: 1, uniqueItems: true }),
    bands: Type.Array(Band, { minItems: 1 }),
    /** Percent for a required check point with no scan at all (TL4 "tidak absen" in many Perkada); null = no cut. */
    missingPercent: Type.Union([Percent, Type.Null()]),
    missingId: Opt(Type.String({ pattern: '^[A-Za-z0-9_.-]{1,20}$' })),
    source: Source,
  },
  strict,
);

const Modifier = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

const ActingRule = Type.Object(
  {
    /**
     * 'add_percent': own basic + percent × the acting post's basic;
     * 'higher_of': the higher of the own and the acting post's basic (percent ignored).
     */
    mode: Type.Union([Type.Literal('add_percent'), Type.Literal('higher_of')]),
    percent: Percent,
    source: Source,
  },
  strict,
);

export const TppRuleSetSchema = Type.Object(
  {
    $schema: Opt(Type.String()),
    /** Stable across versions, e.g. "kalbar-default". */
    id: Id,
    /** 1, 2, …: a used version is never edited; a change is a new version. */
    version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
    name: Type.String({ minLength: 1 }),
    region: Type.String({ minLength: 1 }),
    /** First month the rules apply to. */
    effectiveFrom: Month,
    /** Last month they apply to; null = until a later version. */
    effectiveTo: Type.Union([Month, Type.Null()]),
    /** Where a Perkada sets rules per agency or position group; empty/absent = the whole region. */
    scope: Opt(
      Type.Object(
        { agencies: Opt(Type.Array(Type.String({ minLength: 1 }))), positionGroups: Opt(Type.Array(Type.String({ minLength: 1 }))) },
        strict,
      ),
    ),
    legalBasis: Opt(Type.String()),
    notes: Opt(Type.Array(Type.String())),
    /**
     * How each line is rounded to whole rupiah ('half_up' or 'down'), and the unit the net is
     * rounded down to (1, 10, 100 or 1000), shown as its own line.
     */
    rounding: Type.Object(
      {
        line: Type.Union([Type.Literal('half_up'), Type.Literal('down')]),
        netUnit: Type.Union([Type.Literal(1), Type.Literal(10), Type.Literal(100), Type.Literal(1000)]),
      },
      strict,
    ),
    basic: Type.Union([BasicTable, BasicIndex]),
    components: Type.Array(Component, { minItems: 1 }),
    /** Shares of the basic TPP per component: `default` for every kelas, `byKelas` where a kelas differs. */
    componentShares: Type.Object(
      { default: Shares, byKelas: Opt(Type.Record(Type.String({ pattern: KelasKey }), Shares, strict)), source: Source },
      strict,
    ),
    /** The productivity/discipline split, and further parts (e.g. serapan anggaran 10 %); shares add up to 100. */
    split: Type.Object(
      { productivity: Percent, discipline: Percent, extra: Opt(Type.Array(ExtraPart)), source: Source },
      strict,
    ),
    productivity: Type.Object(
      {
        /** Applied in order, each on what the previous left (they multiply). */
        measures: Type.Array(Type.Union([MinutesMeasure, PredikatMeasure])),
        /** SKP of the year not finished: 'hold' = TPP postponed (computed, not paid); 'zero' = no productivity part; 'none'. */
        skpNotFinished: Type.Union([Type.Literal('hold'), Type.Literal('zero'), Type.Literal('none')]),
        /** A supervisor's cut per team journal entry left unvalidated past its window, capped. */
        teamLapse: Modifier(Type.Object({ percentEach: Percent, maxPercent: Percent, source: Source }, strict)),
      },
      strict,
    ),
    discipline: Type.Object(
      {
        /** Tables of minutes outside a check point's window (TL, PSW, or TTU's one table for all points). */
        bandGroups: Type.Array(BandGroup),
        /** A working day absent without notice (tanpa keterangan), per day. */
        tkPercentPerDay: Percent,
        /** Missing a required apel / ceremony, per event; null = not a rule here. */
        apelPercent: Type.Union([Percent, Type.Null()]),
        /** The month's discipline cuts together never exceed this percent of the discipline part. */
        monthlyCapPercent: Percent,
        source: Source,
      },
      strict,
    ),
    modifiers: Type.Object(
      {
        /** Percent of TPP a CPNS is paid (80). */
        cpnsPercent: Percent,
        plt: Modifier(ActingRule),
        plh: Modifier(ActingRule),
        /** Leave of at least minDays in the month (of any listed type together) is paid at paidPercent. */
        leave: Type.Array(
          Type.Object(
            { types: Type.Array(LeaveTypeSchema, { minItems: 1, uniqueItems: true }), minDays: Type.Integer({ minimum: 1, maximum: 31 }), paidPercent: Percent, source: Source },
            strict,
          ),
        ),
        /** Leave that puts the employee outside TPP for the month (cuti besar, tugas belajar, CLTN). */
        nonTpp: Type.Array(
          Type.Object({ types: Type.Array(LeaveTypeSchema, { minItems: 1, uniqueItems: true }), minDays: Type.Integer({ minimum: 1, maximum: 31 }), source: Source }, strict),
        ),
        /** Disciplinary sanctions (hukuman disiplin) by id, each cutting this percent of the month's TPP. */
        hukdis: Type.Array(Type.Object({ id: Id, name: Type.String({ minLength: 1 }), percent: Percent, source: Source }, strict)),
        /** Bounds of a per-employee variabel objektif, percent of the basic TPP (negative = a cut). */
        objective: Modifier(
          Type.Object(
            { minPercent: Type.Number({ minimum: -100, maximum: 0 }), maxPercent: Type.Number({ minimum: 0, maximum: 100 }), source: Source },
            strict,
          ),
        ),
      },
      strict,
    ),
    payroll: Type.Object(
      {
        /** PPh 21 percent on the gross, by PNS golongan group (I–IV) and, for PPPK, by golongan (I–XVII; a missing one = pppkDefault). */
        pph21: Type.Object(
          {
            pns: Type.Object({ I: Percent, II: Percent, III: Percent, IV: Percent }, strict),
            pppk: Opt(Type.Record(Type.String({ pattern: '^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$' }), Percent, strict)),
            pppkDefault: Percent,
            /**
             * For an employee recorded as having no NPWP (nor a NIK validated as NPWP): the rate is this
             * percent higher (UU PPh Pasal 21 ayat 5a: 20). Absent or null: no surcharge.
             */
            withoutNpwp: Opt(Modifier(Type.Object({ percentHigher: Percent, source: Source }, strict))),
            source: Source,
          },
          strict,
        ),
        /** BPJS Kesehatan: employee and employer percent of min(salary + TPP, baseCap); the employee part already paid through salary is subtracted. */
        bpjs: Modifier(Type.Object({ employeePercent: Percent, employerPercent: Percent, baseCap: Rupiah, source: Source }, strict)),
      },
      strict,
    ),
  },
  { ...strict, $id: 'urn:kinerja:tpp-rule-set', title: 'Kinerja TPP rule set' },
);
export type TppRuleSet = Static<typeof TppRuleSetSchema>;
export type TppBandGroup = Static<typeof BandGroup>;

// ---------------------------------------------------------------------------------------------
// Month inputs

const Check = Type.Object(
  {
    /** The check point, as the rule set's band groups name it (masuk, istirahat, pulang). */
    point: Id,
    /** Minutes outside the window (late in, early out); 0 = on time; null = no scan. */
    minutesOff: Type.Union([Type.Integer({ minimum: 0, maximum: 1440 }), Type.Null()]),
    recordId: Opt(Type.String()),
  },
  strict,
);

/**
 * One day of the attendance month summary. Only working days matter: a holiday, a day off, or a
 * day on approved leave / dinas luar is listed with its status and gives no cut.
 */
export const TppAttendanceDaySchema = Type.Object(
  {
    date: Date_,
    status: Type.Union([
      Type.Literal('present'),
      /** tanpa keterangan: a working day absent without notice. */
      Type.Literal('tk'),
      /** approved leave, dinas luar, diklat, dispensasi: no cut. */
      Type.Literal('excused'),
      Type.Literal('holiday'),
      Type.Literal('off'),
    ]),
    /** The required check points of a present day. */
    checks: Opt(Type.Array(Check)),
    /** A required apel missed that day. */
    apelMissed: Opt(Type.Boolean()),
    recordId: Opt(Type.String()),
  },
  strict,
);
export type TppAttendanceDay = Static<typeof TppAttendanceDaySchema>;

export const TppEmployeeInputSchema = Type.Object(
  {
    employeeId: Type.String({ minLength: 1 }),
    nip: Opt(Type.String()),
    name: Opt(Type.String()),
    kind: Type.Union([Type.Literal('pns'), Type.Literal('pppk')]),
    /** PNS: "III/c"; PPPK: "IX". */
    golongan: Type.String({ minLength: 1 }),
    kelas: Kelas,
    cpns: Type.Boolean(),
    /** An acting post held this month (Plt/Plh) and its kelas. */
    acting: Opt(Type.Union([Type.Object({ kind: Type.Union([Type.Literal('plt'), Type.Literal('plh')]), kelas: Kelas, ref: Opt(Type.String()) }, strict), Type.Null()])),
    /** Journal minutes approved and reported on time, against the month's target minutes. */
    journal: Opt(Type.Object({ approvedOnTimeMinutes: Type.Integer({ minimum: 0 }), targetMinutes: Type.Integer({ minimum: 0 }) }, strict)),
    predikat: Opt(Type.Union([Literals(TPP_PREDIKATS), Type.Null()])),
    skpFinished: Opt(Type.Boolean()),
    attendance: Type.Array(TppAttendanceDaySchema),
    leave: Opt(Type.Array(Type.Object({ type: LeaveTypeSchema, days: Type.Integer({ minimum: 1, maximum: 31 }), ref: Opt(Type.String()) }, strict))),
    /** Sanctions active this month, by the rule set's hukdis id. */
    hukdis: Opt(Type.Array(Type.Object({ id: Id, ref: Opt(Type.String()) }, strict))),
    /** Team journal entries left unvalidated past their window (for a supervisor). */
    teamLapses: Opt(Type.Array(Type.Object({ entryId: Type.String(), date: Date_ }, strict))),
    /** Variabel objektif, percent of the basic TPP, with its reason. */
    objective: Opt(Type.Union([Type.Object({ percent: Type.Number({ minimum: -100, maximum: 100 }), reason: Type.String() }, strict), Type.Null()])),
    /** Scores of the rule set's extra parts by id (e.g. serapan_anggaran: 85). */
    partScores: Opt(Type.Record(Id, Percent)),
    /** Salary already on which BPJS was paid this month (its base is capped with the TPP). */
    salary: Opt(Rupiah),
    /** The employee has no NPWP (nor a NIK validated as NPWP): PPh 21 may be higher (payroll.pph21.withoutNpwp). Absent: has one. */
    withoutNpwp: Opt(Type.Boolean()),
  },
  strict,
);
export type TppEmployeeInput = Static<typeof TppEmployeeInputSchema>;

export const TppMonthInputsSchema = Type.Object(
  {
    $schema: Opt(Type.String()),
    month: Month,
    employees: Type.Array(TppEmployeeInputSchema),
  },
  { ...strict, $id: 'urn:kinerja:tpp-inputs', title: 'Kinerja TPP month inputs' },
);
export type TppMonthInputs = Static<typeof TppMonthInputsSchema>;

/** The published JSON Schema documents (docs/), as `kinerja tpp schema` writes them. */
export function tppSchemaDocuments(): Record<'tpp-rule-set.schema.json' | 'tpp-inputs.schema.json', string> {
  const doc = (schema: TSchema) => `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...(JSON.parse(JSON.stringify(schema)) as object) }, null, 2)}\n`;
  return { 'tpp-rule-set.schema.json': doc(TppRuleSetSchema), 'tpp-inputs.schema.json': doc(TppMonthInputsSchema) };
}
