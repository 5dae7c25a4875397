/**
 * Attendance machines (ZKTeco ADMS push) as admins see them: the agency's machines, serials waiting
 * for a decision, the enrol/remove command queue, and the import of USB exports. The machines'
 * own endpoints (/iclock/…) are plain text and not part of this API.
 */
import { Type, type Static } from 'typebox';
import { IsoDateTime, Literals, Nullable, Uuid } from './common.js';

export const ATTENDANCE_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export const AttendanceZone = Literals(ATTENDANCE_ZONES);

/** As machines send it: letters, digits, `_` and `-`. */
export const SerialNumber = Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', description: 'Nomor seri mesin (SN)' });
/** A machine PIN: digits only (an 18-digit NIP fits). */
export const MachinePin = Type.String({ pattern: '^[0-9]{1,24}$' });
const Name = Type.String({ minLength: 1, maxLength: 100 });

export const AttendanceMachine = Type.Object(
  {
    id: Uuid,
    agencyId: Uuid,
    serialNumber: Type.String(),
    name: Type.String(),
    zone: AttendanceZone,
    active: Type.Boolean(),
    lastSeenAt: Nullable(IsoDateTime),
    lastIp: Nullable(Type.String()),
    pushVersion: Nullable(Type.String()),
    /** Punches since midnight in the machine's own zone. */
    punchesToday: Type.Integer(),
    /**
     * The machine's clock minus the server's, in seconds, from the newest punch of its last batch
     * sent in real time; a negative value includes the time the punch took to arrive. Null: not measured.
     */
    clockDriftSeconds: Nullable(Type.Integer()),
    driftMeasuredAt: Nullable(IsoDateTime),
    /** ATTLOG lines the machine sent that could not be read (acknowledged, not stored). */
    badLines: Type.Integer(),
  },
  { $id: 'AttendanceMachine' },
);
export type AttendanceMachine = Static<typeof AttendanceMachine>;

export const AttendanceMachinesAnswer = Type.Object({ items: Type.Array(Type.Ref('AttendanceMachine')) });
export type AttendanceMachinesAnswer = { items: AttendanceMachine[] };

export const MachineParams = Type.Object({ agencyId: Uuid, machineId: Uuid });

export const RegisterMachineBody = Type.Object({ serialNumber: SerialNumber, name: Name, zone: AttendanceZone }, { additionalProperties: false });
export type RegisterMachineBody = Static<typeof RegisterMachineBody>;

export const UndecidedSerial = Type.Object({
  serialNumber: Type.String(),
  state: Literals(['pending', 'refused'] as const),
  firstSeenAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  lastIp: Nullable(Type.String()),
  pushVersion: Nullable(Type.String()),
  requests: Type.Integer(),
  decidedAt: Nullable(IsoDateTime),
});
export type UndecidedSerial = Static<typeof UndecidedSerial>;
export const UndecidedSerialsAnswer = Type.Object({ items: Type.Array(UndecidedSerial) });
export type UndecidedSerialsAnswer = Static<typeof UndecidedSerialsAnswer>;

export const SerialParams = Type.Object({ serialNumber: SerialNumber });
export const AcceptSerialBody = Type.Object({ agencyId: Uuid, name: Name, zone: AttendanceZone }, { additionalProperties: false });
export type AcceptSerialBody = Static<typeof AcceptSerialBody>;

export const MachineCommandsBody = Type.Object(
  {
    /** The same requestId again queues nothing more (a retried tap). */
    requestId: Uuid,
    action: Literals(['enrol', 'remove'] as const),
    /** `pin`: a PIN to assign (machines that cannot hold the NIP); without it the employee's assigned PIN, else the NIP. */
    employees: Type.Array(Type.Object({ employeeId: Uuid, pin: Type.Optional(MachinePin) }, { additionalProperties: false }), { minItems: 1, maxItems: 500 }),
  },
  { additionalProperties: false },
);
export type MachineCommandsBody = Static<typeof MachineCommandsBody>;

export const MachineCommand = Type.Object({
  id: Type.Integer(),
  kind: Literals(['enrol', 'remove'] as const),
  employeeId: Nullable(Uuid),
  pin: Type.String(),
  command: Type.String(),
  createdAt: IsoDateTime,
  sentAt: Nullable(IsoDateTime),
  sentCount: Type.Integer(),
  /** The machine's Return code: 0 done, -1 unsupported, -1002 syntax, -1004 table not supported. */
  returnCode: Nullable(Type.Integer()),
  returnedAt: Nullable(IsoDateTime),
});
export type MachineCommand = Static<typeof MachineCommand>;
export const MachineCommandsAnswer = Type.Object({ items: Type.Array(MachineCommand) });
export type MachineCommandsAnswer = Static<typeof MachineCommandsAnswer>;

export const PunchImportResult = Type.Object({
  format: Literals(['dat', 'att2000', 'template'] as const),
  dryRun: Type.Boolean(),
  /** Readable punch lines in the file. */
  punches: Type.Integer(),
  /** Stored by this import (0 on a dry run). */
  stored: Type.Integer(),
  /** Already stored (a file imported twice, or punches the machine had pushed); on a dry run, what would be skipped. */
  alreadyStored: Type.Integer(),
  /** Punches whose PIN names no employee of the agency (stored, to be mapped later). */
  unknownPins: Type.Integer(),
  bad: Type.Array(Type.Object({ line: Type.Integer(), text: Type.String(), reason: Type.String() })),
});
export type PunchImportResult = Static<typeof PunchImportResult>;
