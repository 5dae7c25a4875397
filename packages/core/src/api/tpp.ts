/**
 * TPP (issue 19): stored rule sets, the payroll attributes the engine needs, the monthly run
 * (draft → checked → locked, recalculations after locking), what-if, and the pages employees,
 * supervisors, admins and finance read. Every path is under /api/v1.
 *
 * Rule sets (province-wide; a rule set's own `scope.agencies` narrows it to agencies by code)
 *   GET    /tpp/rule-sets                                          list of stored versions            TppRuleSetsAnswer
 *   POST   /tpp/rule-sets/check                                    validate a file, store nothing     TppRuleSetCheckBody → TppRuleSetCheckAnswer
 *   POST   /tpp/rule-sets                                          import a file as a new version     TppRuleSetImportBody → TppRuleSetVersion
 *                                                                  (same id+version: replaced only while no run used it, else 409 TPP_RULE_SET_USED)
 *   GET    /tpp/rule-sets/:ruleSetId/versions/:version             the file (export)                  TppRuleSetDocumentAnswer
 *   GET    /tpp/rule-sets/:ruleSetId/versions/:version/diff?against=N   changes from version N        TppRuleSetDiffAnswer
 * Payroll attributes (per agency)
 *   GET    /agencies/:agencyId/tpp/payroll                         every employee's attributes        TppPayrollListAnswer
 *   PUT    /agencies/:agencyId/tpp/payroll/:employeeId             set one employee's attributes      TppPayrollBody → TppPayrollRow
 *   POST   /agencies/:agencyId/tpp/payroll/:employeeId/hukdis      record a hukuman disiplin          TppHukdisBody → TppHukdisRecord
 *   DELETE /agencies/:agencyId/tpp/payroll/:employeeId/hukdis/:hukdisRecordId   withdraw one (recorded)  → 204
 *   GET    /agencies/:agencyId/tpp/signers                         the nominatif's PA/KPA and bendahara  TppSignersAnswer
 *   PUT    /agencies/:agencyId/tpp/signers                         set them (audited)                 TppSignersBody → TppSignersAnswer
 *   GET    /agencies/:agencyId/tpp/position-groups                 posts' TPP position groups         TppPositionGroupsAnswer
 *   PUT    /agencies/:agencyId/tpp/position-groups                 put posts in a group (or none)     TppPositionGroupsBody → TppPositionGroupsAnswer
 * Monthly runs
 *   GET    /tpp/months/:month                                      the province's runs of a month     TppProvinceMonthAnswer
 *   POST   /tpp/months/:month/runs                                 draft runs for many agencies       TppProvinceRunBody → TppProvinceMonthAnswer
 *   GET    /agencies/:agencyId/tpp/runs?month=                     the agency's runs                  TppRunsAnswer
 *   POST   /agencies/:agencyId/tpp/runs                            create (or redo) the month's draft TppCreateRunBody → TppRunDetail
 *   GET    /agencies/:agencyId/tpp/runs/:runId                     one run, totals, inputs not final  TppRunDetail
 *   GET    /agencies/:agencyId/tpp/runs/:runId/employees           its employees (agency list)        TppRunEmployeesAnswer
 *   POST   /agencies/:agencyId/tpp/runs/:runId/recompute           draft only: gather and compute again  → TppRunDetail
 *   POST   /agencies/:agencyId/tpp/runs/:runId/check               draft → checked                    TppRunActionBody → TppRunDetail
 *   POST   /agencies/:agencyId/tpp/runs/:runId/reopen              checked → draft                    TppRunActionBody → TppRunDetail
 *   POST   /agencies/:agencyId/tpp/runs/:runId/lock                checked → locked                   TppRunActionBody → TppRunDetail
 *   POST   /agencies/:agencyId/tpp/runs/:runId/recalculations      locked: a recorded recalculation   TppRecalculateBody → TppRecalculationDetail
 *   GET    /agencies/:agencyId/tpp/runs/:runId/recalculations/:recalculationId          its differences  TppRecalculationDetail
 * What-if
 *   POST   /tpp/what-if                                            a rule set on a locked month       TppWhatIfBody → TppWhatIfAnswer
 * Pages
 *   GET    /tpp/me?month=                                          my TPP                             TppMyAnswer
 *   GET    /agencies/:agencyId/tpp/employees/:employeeId/months/:month   one employee-month, explained   TppEmployeeMonthAnswer
 *   GET    /agencies/:agencyId/tpp/team?month=                     my team (a supervisor)             TppTeamAnswer
 *
 * Money is whole rupiah (integers). A month is yyyy-mm.
 */
import { Type, type Static } from 'typebox';
import type { TppRuleSet } from '../tpp/schema.js';
import { EmployeeKindSchema, IsoDate, IsoDateTime, Literals, Nullable, OpenObject, Uuid, YearMonth } from './common.js';

// ------------------------------------------------------------------------------------------------
// The engine's result (core tpp/engine.ts TppEmployeeResult), as the API sends it

export const TPP_LINE_KINDS = ['pagu', 'modifier', 'productivity', 'discipline', 'part', 'hukdis', 'tax', 'bpjs', 'rounding', 'status'] as const;
export const TPP_RESULT_STATUSES = ['paid', 'held', 'non_tpp'] as const;

export const TppLineRefSchema = Type.Object({
  date: Type.Optional(Type.String()),
  attendanceRecordId: Type.Optional(Type.String()),
  entryIds: Type.Optional(Type.Array(Type.String())),
  ref: Type.Optional(Type.String()),
});

export const TppLineSchema = Type.Object(
  {
    key: Type.String(),
    rule: Type.String(),
    kind: Literals(TPP_LINE_KINDS),
    part: Type.Optional(Type.String()),
    component: Type.Optional(Type.String()),
    input: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
    /** What the web links to: the day (date), the journal entries, the attendance record. */
    ref: Type.Optional(TppLineRefSchema),
    amount: Type.Integer(),
    text: Type.String(),
    reads: Type.Array(Type.String()),
  },
  { $id: 'TppLine' },
);
export type TppLineAnswer = Static<typeof TppLineSchema>;

export const TppResultSchema = Type.Object(
  {
    employeeId: Type.String(),
    ruleSet: Type.Object({ id: Type.String(), version: Type.Integer() }),
    month: Type.String(),
    status: Literals(TPP_RESULT_STATUSES),
    basic: Type.Integer(),
    ceiling: Type.Integer(),
    parts: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), share: Type.Number(), base: Type.Integer(), paid: Type.Integer() })),
    components: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), share: Type.Number(), pagu: Type.Integer(), gross: Type.Integer() })),
    gross: Type.Integer(),
    pph21: Type.Integer(),
    bpjsEmployee: Type.Integer(),
    bpjsEmployer: Type.Integer(),
    net: Type.Integer(),
    payable: Type.Integer(),
    lines: Type.Array(Type.Ref('TppLine')),
  },
  { $id: 'TppResult' },
);
/** Same shape as core's TppEmployeeResult. */
export type TppResultAnswer = Omit<Static<typeof TppResultSchema>, 'lines'> & { lines: TppLineAnswer[] };

// ------------------------------------------------------------------------------------------------
// Rule sets

/** A rule-set version as the API takes it: stored as a PostgreSQL integer, so a larger number is a 400, not a 500. */
const RuleSetVersionNumber = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

export const TppRuleSetParams = Type.Object({ ruleSetId: Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]{0,62}$' }), version: RuleSetVersionNumber });
export type TppRuleSetParams = Static<typeof TppRuleSetParams>;

/** A problem in a rule-set file, by JSON pointer (core parseTppRuleSet). */
export const TppIssueSchema = Type.Object({ path: Type.String(), message: Type.String() });

export const TppRuleSetVersion = Type.Object(
  {
    ruleSetId: Type.String(),
    version: Type.Integer(),
    name: Type.String(),
    region: Type.String(),
    effectiveFrom: Type.String({ description: 'yyyy-mm' }),
    effectiveTo: Nullable(Type.String({ description: 'yyyy-mm' })),
    /** Agency codes from the file's scope; empty = region-wide. */
    agencies: Type.Array(Type.String()),
    positionGroups: Type.Array(Type.String()),
    /** A run used it: it can no longer be replaced, only followed by a new version. */
    used: Type.Boolean(),
    note: Type.String(),
    importedAt: IsoDateTime,
    importedBy: Nullable(Type.String()),
  },
  { $id: 'TppRuleSetVersion' },
);
export type TppRuleSetVersion = Static<typeof TppRuleSetVersion>;

export const TppRuleSetsAnswer = Type.Object({ items: Type.Array(Type.Ref('TppRuleSetVersion')) });
export type TppRuleSetsAnswer = { items: TppRuleSetVersion[] };

/** The file (docs/tpp-rule-set.schema.json), checked by core's parseTppRuleSet. */
export const TppRuleSetDocument = OpenObject<TppRuleSet>();

export const TppRuleSetCheckBody = Type.Object({ document: TppRuleSetDocument }, { additionalProperties: false });
export type TppRuleSetCheckBody = Static<typeof TppRuleSetCheckBody>;
export const TppRuleSetCheckAnswer = Type.Object({
  ok: Type.Boolean(),
  issues: Type.Array(TppIssueSchema),
  /** When ok, the changes from the latest stored version of the same id (empty when none). */
  changes: Type.Array(Type.Object({ path: Type.String(), change: Literals(['changed', 'added', 'removed'] as const), before: Type.Optional(Type.Unknown()), after: Type.Optional(Type.Unknown()) })),
});
export type TppRuleSetCheckAnswer = Static<typeof TppRuleSetCheckAnswer>;

export const TppRuleSetImportBody = Type.Object(
  { document: TppRuleSetDocument, note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type TppRuleSetImportBody = Static<typeof TppRuleSetImportBody>;

export const TppRuleSetDocumentAnswer = Type.Object({ version: Type.Ref('TppRuleSetVersion'), document: TppRuleSetDocument });
export type TppRuleSetDocumentAnswer = { version: TppRuleSetVersion; document: TppRuleSet };

export const TppRuleSetDiffQuery = Type.Object({ against: RuleSetVersionNumber });
export const TppRuleSetDiffAnswer = Type.Object({
  ruleSetId: Type.String(),
  from: Type.Integer(),
  to: Type.Integer(),
  changes: TppRuleSetCheckAnswer.properties.changes,
  /** The same, one readable line each. */
  text: Type.String(),
});
export type TppRuleSetDiffAnswer = Static<typeof TppRuleSetDiffAnswer>;

// ------------------------------------------------------------------------------------------------
// Payroll attributes

export const TppEmployeeParams = Type.Object({ agencyId: Uuid, employeeId: Uuid });
export const TppHukdisParams = Type.Object({ agencyId: Uuid, employeeId: Uuid, hukdisRecordId: Uuid });

export const BankAccountSchema = Type.Object({
  bank: Type.String({ minLength: 1, maxLength: 60 }),
  number: Type.String({ pattern: '^[0-9][0-9 .-]{3,39}$' }),
  holder: Type.String({ minLength: 1, maxLength: 120 }),
});

export const TppHukdisRecord = Type.Object(
  {
    id: Uuid,
    /** The rule set's hukdis id (ringan, sedang, berat …). */
    hukdisId: Type.String(),
    fromMonth: Type.String({ description: 'yyyy-mm' }),
    toMonth: Type.String({ description: 'yyyy-mm' }),
    decreeNumber: Type.String(),
    withdrawnAt: Nullable(IsoDateTime),
  },
  { $id: 'TppHukdisRecord' },
);
export type TppHukdisRecord = Static<typeof TppHukdisRecord>;

export const TppPayrollRow = Type.Object(
  {
    employeeId: Uuid,
    nip: Type.String(),
    name: Type.String(),
    kind: EmployeeKindSchema,
    unitName: Nullable(Type.String()),
    positionName: Nullable(Type.String()),
    /** From the definitive post today (positions.kelas_jabatan), unless overridden below. */
    kelasFromPosition: Nullable(Type.Integer()),
    kelasOverride: Nullable(Type.Integer({ minimum: 1, maximum: 17 })),
    golongan: Nullable(Type.String()),
    cpns: Type.Boolean(),
    /** Gaji on which BPJS is already paid. */
    salary: Nullable(Type.Integer({ minimum: 0 })),
    bankAccount: Nullable(BankAccountSchema),
    objective: Nullable(Type.Object({ percent: Type.Number({ minimum: -100, maximum: 100 }), reason: Type.String() })),
    /** Extra parts' scores (serapan_anggaran …). */
    partScores: Type.Record(Type.String(), Type.Number()),
    /** Neither an NPWP nor a NIK validated as NPWP: PPh 21 may be higher under the rule set. */
    withoutNpwp: Type.Boolean(),
    hukdis: Type.Array(Type.Ref('TppHukdisRecord')),
    /** What the engine still lacks to compute this employee ('golongan', 'kelas', 'bankAccount' …). */
    missing: Type.Array(Type.String()),
    updatedAt: Nullable(IsoDateTime),
  },
  { $id: 'TppPayrollRow' },
);
export type TppPayrollRow = Omit<Static<typeof TppPayrollRow>, 'hukdis'> & { hukdis: TppHukdisRecord[] };

export const TppPayrollListAnswer = Type.Object({ items: Type.Array(Type.Ref('TppPayrollRow')) });
export type TppPayrollListAnswer = { items: TppPayrollRow[] };

export const TppPayrollBody = Type.Object(
  {
    golongan: Nullable(Type.String({ pattern: '^((IV|III|II|I)/[a-e]|[IVX]{1,5})$', description: 'PNS III/c, PPPK IX' })),
    cpns: Type.Boolean(),
    kelasOverride: Nullable(Type.Integer({ minimum: 1, maximum: 17 })),
    salary: Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })),
    bankAccount: Nullable(BankAccountSchema),
    objective: Nullable(Type.Object({ percent: Type.Number({ minimum: -100, maximum: 100 }), reason: Type.String({ minLength: 1, maxLength: 300 }) }, { additionalProperties: false })),
    partScores: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]{0,62}$' }), Type.Number({ minimum: 0, maximum: 100 }))),
    /** Tanpa NPWP (neither an NPWP nor a NIK validated as NPWP); omitted: left as it is. */
    withoutNpwp: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type TppPayrollBody = Static<typeof TppPayrollBody>;

/** A signer of the daftar nominatif: name as printed, NIP (18 digits) and post. */
export const TppSigner = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
    nip: Nullable(Type.String({ pattern: '^[0-9]{18}$', description: '18 digits' })),
    title: Nullable(Type.String({ maxLength: 120 })),
  },
  { additionalProperties: false },
);
export type TppSigner = Static<typeof TppSigner>;
/** The Pengguna Anggaran / Kuasa Pengguna Anggaran and the Bendahara Pengeluaran; null = the line is left to be written in. */
export const TppSignersBody = Type.Object({ pa: Nullable(TppSigner), bendahara: Nullable(TppSigner) }, { additionalProperties: false });
export type TppSignersBody = Static<typeof TppSignersBody>;
export const TppSignersAnswer = Type.Object({ pa: Nullable(TppSigner), bendahara: Nullable(TppSigner), updatedAt: Nullable(IsoDateTime) });
export type TppSignersAnswer = Static<typeof TppSignersAnswer>;

/**
 * Posts' TPP position groups: a rule set whose scope.positionGroups names a group computes whoever
 * holds a post of that group (most specific first: agency and group > agency > group > region).
 */
const GroupCode = Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]{0,62}$', description: 'a group named in a stored rule set’s scope.positionGroups, e.g. "guru"' });
export const TppPositionGroupsBody = Type.Object(
  {
    positionIds: Type.Array(Uuid, { minItems: 1, maxItems: 1000, uniqueItems: true }),
    /** null takes the posts out of any group (the agency's or region's rule set applies). */
    group: Nullable(GroupCode),
  },
  { additionalProperties: false },
);
export type TppPositionGroupsBody = Static<typeof TppPositionGroupsBody>;
export const TppPositionGroupPost = Type.Object({
  positionId: Uuid,
  code: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  kelas: Type.Integer(),
  unitName: Type.String(),
  group: Nullable(Type.String()),
});
export type TppPositionGroupPost = Static<typeof TppPositionGroupPost>;
export const TppPositionGroupsAnswer = Type.Object({
  /** The groups stored rule sets name (any version), with the rule sets naming each. */
  groups: Type.Array(Type.Object({ code: Type.String(), ruleSets: Type.Array(Type.Object({ id: Type.String(), version: Type.Integer(), name: Type.String() })) })),
  posts: Type.Array(TppPositionGroupPost),
});
export type TppPositionGroupsAnswer = Static<typeof TppPositionGroupsAnswer>;

export const TppHukdisBody = Type.Object(
  {
    hukdisId: Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]{0,62}$' }),
    fromMonth: YearMonth,
    toMonth: YearMonth,
    decreeNumber: Type.String({ minLength: 1, maxLength: 100 }),
  },
  { additionalProperties: false },
);
export type TppHukdisBody = Static<typeof TppHukdisBody>;

// ------------------------------------------------------------------------------------------------
// Runs

export const TPP_RUN_STATUSES = ['draft', 'checked', 'locked'] as const;
export type TppRunStatus = (typeof TPP_RUN_STATUSES)[number];

export const TppMonthParams = Type.Object({ month: YearMonth });
export const TppAgencyParams = Type.Object({ agencyId: Uuid });
export const TppRunParams = Type.Object({ agencyId: Uuid, runId: Uuid });
export const TppRecalculationParams = Type.Object({ agencyId: Uuid, runId: Uuid, recalculationId: Uuid });
export const TppMonthQuery = Type.Object({ month: Type.Optional(YearMonth) });

export const TppTotals = Type.Object({
  employees: Type.Integer(),
  paid: Type.Integer(),
  held: Type.Integer(),
  nonTpp: Type.Integer(),
  /** Employees the engine could not compute (missing attributes); listed in notFinal. */
  failed: Type.Integer(),
  gross: Type.Integer(),
  pph21: Type.Integer(),
  bpjsEmployee: Type.Integer(),
  bpjsEmployer: Type.Integer(),
  net: Type.Integer(),
  payable: Type.Integer(),
});
export type TppTotals = Static<typeof TppTotals>;

export const TPP_NOT_FINAL_KINDS = [
  /** journal days still inside their validation window (or submitted, undecided) */
  'journal_pending',
  /** leave requests not decided yet */
  'leave_open',
  /** payroll attributes missing (golongan, kelas, bank account) */
  'payroll_missing',
  /** the month is not over: attendance is counted up to the date given (dates), later days not judged */
  'month_running',
  /** an input source this server does not gather yet (e.g. attendance before its module provides it) */
  'source_missing',
  /** the engine refused an employee's inputs */
  'compute_failed',
] as const;

export const TppNotFinalItem = Type.Object({
  kind: Literals(TPP_NOT_FINAL_KINDS),
  /** Null when the item is about the whole run (source_missing). */
  employeeId: Nullable(Uuid),
  employeeName: Nullable(Type.String()),
  /** Bahasa Indonesia, shown as is. */
  message: Type.String(),
  /** Days or counts it is about. */
  dates: Type.Optional(Type.Array(IsoDate)),
  count: Type.Optional(Type.Integer()),
});
export type TppNotFinalItem = Static<typeof TppNotFinalItem>;

export const TppRunEvent = Type.Object({
  action: Literals(['created', 'recomputed', 'checked', 'reopened', 'locked', 'recalculated'] as const),
  at: IsoDateTime,
  byAccountId: Nullable(Uuid),
  byName: Nullable(Type.String()),
  note: Type.String(),
});

export const TppRunSummary = Type.Object(
  {
    id: Uuid,
    agencyId: Uuid,
    agencyName: Type.String(),
    month: Type.String({ description: 'yyyy-mm' }),
    status: Literals(TPP_RUN_STATUSES),
    ruleSet: Type.Object({ id: Type.String(), version: Type.Integer(), name: Type.String() }),
    totals: TppTotals,
    /** Items in notFinal (0 = every input is final). */
    notFinalCount: Type.Integer(),
    recalculations: Type.Integer(),
    computedAt: IsoDateTime,
    checkedAt: Nullable(IsoDateTime),
    lockedAt: Nullable(IsoDateTime),
  },
  { $id: 'TppRunSummary' },
);
export type TppRunSummary = Static<typeof TppRunSummary>;

export const TppRunsAnswer = Type.Object({ items: Type.Array(Type.Ref('TppRunSummary')) });
export type TppRunsAnswer = { items: TppRunSummary[] };

export const TppRunDetail = Type.Object({
  run: Type.Ref('TppRunSummary'),
  notFinal: Type.Array(TppNotFinalItem),
  events: Type.Array(TppRunEvent),
  /** Totals per unit of the agency (name, employees, payable). */
  units: Type.Array(Type.Object({ unitId: Nullable(Uuid), unitName: Type.String(), employees: Type.Integer(), gross: Type.Integer(), payable: Type.Integer() })),
  recalculations: Type.Array(Type.Object({ id: Uuid, seq: Type.Integer(), at: IsoDateTime, byName: Nullable(Type.String()), reason: Type.String(), changed: Type.Integer(), difference: Type.Integer() })),
});
export type TppRunDetail = Omit<Static<typeof TppRunDetail>, 'run'> & { run: TppRunSummary };

export const TppCreateRunBody = Type.Object(
  {
    month: YearMonth,
    /** Force a stored rule set; default: the one in force for the month and agency (core selectTppRuleSet). */
    ruleSet: Type.Optional(Type.Object({ id: Type.String(), version: RuleSetVersionNumber }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type TppCreateRunBody = Static<typeof TppCreateRunBody>;

export const TppProvinceRunBody = Type.Object(
  {
    /** Default: every active agency. */
    agencyIds: Type.Optional(Type.Array(Uuid, { maxItems: 1000 })),
  },
  { additionalProperties: false },
);
export type TppProvinceRunBody = Static<typeof TppProvinceRunBody>;

export const TppProvinceMonthAnswer = Type.Object({
  month: Type.String(),
  items: Type.Array(Type.Ref('TppRunSummary')),
  /** Agencies with no run for the month yet. */
  missing: Type.Array(Type.Object({ agencyId: Uuid, agencyName: Type.String() })),
  totals: TppTotals,
});
export type TppProvinceMonthAnswer = Omit<Static<typeof TppProvinceMonthAnswer>, 'items'> & { items: TppRunSummary[] };

export const TppRunActionBody = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: 500 })),
    /** lock: the caller has seen the notFinal list and locks anyway (required when it is not empty). */
    acceptNotFinal: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type TppRunActionBody = Static<typeof TppRunActionBody>;

/** One employee's row in a run (the agency's list for admins and finance). */
export const TppRunEmployeeRow = Type.Object(
  {
    employeeId: Uuid,
    nip: Type.String(),
    name: Type.String(),
    unitId: Nullable(Uuid),
    unitName: Nullable(Type.String()),
    positionName: Nullable(Type.String()),
    kelas: Nullable(Type.Integer()),
    golongan: Nullable(Type.String()),
    status: Literals([...TPP_RESULT_STATUSES, 'failed'] as const),
    basic: Type.Integer(),
    gross: Type.Integer(),
    /** Discipline, productivity and hukdis cuts together (negative or 0). */
    cuts: Type.Integer(),
    pph21: Type.Integer(),
    bpjsEmployee: Type.Integer(),
    net: Type.Integer(),
    payable: Type.Integer(),
    /** After recalculations: the difference carried to next month (rapel > 0, deduction < 0). */
    carried: Type.Integer(),
    error: Nullable(Type.String()),
  },
  { $id: 'TppRunEmployeeRow' },
);
export type TppRunEmployeeRow = Static<typeof TppRunEmployeeRow>;

export const TppRunEmployeesQuery = Type.Object({
  unitId: Type.Optional(Uuid),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type TppRunEmployeesQuery = Static<typeof TppRunEmployeesQuery>;
export const TppRunEmployeesAnswer = Type.Object({ items: Type.Array(Type.Ref('TppRunEmployeeRow')), total: Type.Integer() });
export type TppRunEmployeesAnswer = { items: TppRunEmployeeRow[]; total: number };

export const TppRecalculateBody = Type.Object(
  {
    reason: Type.String({ minLength: 3, maxLength: 500 }),
    /** Default: every employee of the run. */
    employeeIds: Type.Optional(Type.Array(Uuid, { maxItems: 100_000 })),
  },
  { additionalProperties: false },
);
export type TppRecalculateBody = Static<typeof TppRecalculateBody>;

export const TppRecalculationDetail = Type.Object({
  id: Uuid,
  runId: Uuid,
  seq: Type.Integer(),
  at: IsoDateTime,
  byName: Nullable(Type.String()),
  reason: Type.String(),
  /** The month the difference is paid (rapel) or taken (deduction) in: the month after the recalculation. */
  settleMonth: Type.String({ description: 'yyyy-mm' }),
  total: Type.Integer(),
  items: Type.Array(
    Type.Object({
      employeeId: Uuid,
      nip: Type.String(),
      name: Type.String(),
      before: Type.Integer(),
      after: Type.Integer(),
      /** after − before: > 0 rapel, < 0 deduction. */
      difference: Type.Integer(),
    }),
  ),
});
export type TppRecalculationDetail = Static<typeof TppRecalculationDetail>;

// ------------------------------------------------------------------------------------------------
// What-if

export const TppWhatIfBody = Type.Object(
  {
    month: YearMonth,
    /** A stored version, or a file uploaded for this question only (not stored). One of the two. */
    ruleSet: Type.Optional(Type.Object({ id: Type.String(), version: RuleSetVersionNumber }, { additionalProperties: false })),
    document: Type.Optional(TppRuleSetDocument),
    /** Default: every agency the caller may read with a locked run that month. */
    agencyIds: Type.Optional(Type.Array(Uuid, { maxItems: 1000 })),
  },
  { additionalProperties: false },
);
export type TppWhatIfBody = Static<typeof TppWhatIfBody>;

export const TppWhatIfRow = Type.Object({
  employees: Type.Integer(),
  before: Type.Integer(),
  after: Type.Integer(),
  difference: Type.Integer(),
  gain: Type.Integer(),
  lose: Type.Integer(),
  same: Type.Integer(),
});
export const TppWhatIfAnswer = Type.Object({
  month: Type.String(),
  ruleSet: Type.Object({ id: Type.String(), version: Type.Integer() }),
  /** What is compared: the payable of the locked (latest recalculated) results against the new rules on the same snapshot. */
  agencies: Type.Array(Type.Intersect([Type.Object({ agencyId: Uuid, agencyName: Type.String(), runId: Uuid }), TppWhatIfRow])),
  total: TppWhatIfRow,
  /** Agencies in scope without a locked run that month (not counted). */
  notLocked: Type.Array(Type.Object({ agencyId: Uuid, agencyName: Type.String() })),
});
export type TppWhatIfAnswer = Static<typeof TppWhatIfAnswer>;

// ------------------------------------------------------------------------------------------------
// Pages

export const TPP_MONTH_SOURCES = ['estimate', 'draft', 'checked', 'locked'] as const;

/** One month of one employee: where it comes from and its result. */
export const TppEmployeeMonth = Type.Object(
  {
    month: Type.String({ description: 'yyyy-mm' }),
    /** estimate: computed now from current inputs, nothing stored; otherwise the run's state. */
    source: Literals(TPP_MONTH_SOURCES),
    runId: Nullable(Uuid),
    status: Literals([...TPP_RESULT_STATUSES, 'failed'] as const),
    gross: Type.Integer(),
    net: Type.Integer(),
    payable: Type.Integer(),
    /** Sum of recalculation differences for this month (rapel > 0 / deduction < 0). */
    carried: Type.Integer(),
    error: Nullable(Type.String()),
  },
  { $id: 'TppEmployeeMonth' },
);
export type TppEmployeeMonth = Static<typeof TppEmployeeMonth>;

export const TppEmployeeMonthAnswer = Type.Object({
  employee: Type.Object({ id: Uuid, agencyId: Uuid, nip: Type.String(), name: Type.String(), unitName: Nullable(Type.String()), positionName: Nullable(Type.String()) }),
  month: Type.Ref('TppEmployeeMonth'),
  /** Null when the engine could not compute (month.error says why). */
  result: Nullable(Type.Ref('TppResult')),
  /** Inputs not final yet for this employee (an estimate or an unlocked run). */
  notFinal: Type.Array(TppNotFinalItem),
  recalculations: Type.Array(Type.Object({ id: Uuid, at: IsoDateTime, reason: Type.String(), before: Type.Integer(), after: Type.Integer(), difference: Type.Integer() })),
});
export type TppEmployeeMonthAnswer = Omit<Static<typeof TppEmployeeMonthAnswer>, 'month' | 'result'> & {
  month: TppEmployeeMonth;
  result: TppResultAnswer | null;
};

export const TppMyAnswer = Type.Object({
  /** The month asked (default: the current month of the agency). */
  current: Type.Ref('TppEmployeeMonth'),
  /** The current month, explained (the locked result when locked, else the estimate). */
  detail: TppEmployeeMonthAnswer,
  /** Up to 12 months before, newest first, from runs. */
  history: Type.Array(Type.Ref('TppEmployeeMonth')),
});
export type TppMyAnswer = { current: TppEmployeeMonth; detail: TppEmployeeMonthAnswer; history: TppEmployeeMonth[] };

export const TppTeamAnswer = Type.Object({
  month: Type.String(),
  items: Type.Array(
    Type.Object({
      employeeId: Uuid,
      agencyId: Uuid,
      nip: Type.String(),
      name: Type.String(),
      positionName: Nullable(Type.String()),
      month: Type.Ref('TppEmployeeMonth'),
    }),
  ),
});
export type TppTeamAnswer = { month: string; items: { employeeId: string; agencyId: string; nip: string; name: string; positionName: string | null; month: TppEmployeeMonth }[] };

export const TppEmployeeMonthParams = Type.Object({ agencyId: Uuid, employeeId: Uuid, month: YearMonth });
export type TppEmployeeMonthParams = Static<typeof TppEmployeeMonthParams>;
