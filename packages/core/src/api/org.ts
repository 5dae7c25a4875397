/** Agencies, units, employees, supervisor overrides and acting (Plt/Plh) assignments. */
import { Type, type Static } from 'typebox';
import { AssignmentRoleSchema, EmployeeKindSchema, IsoDate, Nullable, PersonLinkSchema, PositionKindSchema, Uuid } from './common.js';

export const AgencySummary = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    name: Type.String(),
    unitCount: Type.Integer(),
    employeeCount: Type.Integer(),
  },
  { $id: 'AgencySummary' },
);
export type AgencySummary = Static<typeof AgencySummary>;

export const UnitRow = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  parentId: Nullable(Uuid),
  headName: Nullable(Type.String()),
  employeeCount: Type.Integer(),
});
export type UnitRow = Static<typeof UnitRow>;

const EmployeeRowProps = {
  id: Uuid,
  nip: Type.String(),
  name: Type.String(),
  kind: EmployeeKindSchema,
  rankCode: Nullable(Type.String()),
  positionName: Nullable(Type.String()),
  positionKind: Nullable(PositionKindSchema),
  kelasJabatan: Nullable(Type.Integer()),
  unitName: Nullable(Type.String()),
  active: Type.Boolean(),
};
export const EmployeeRow = Type.Object(EmployeeRowProps);
export type EmployeeRow = Static<typeof EmployeeRow>;

export const EmployeePage = Type.Object({ items: Type.Array(EmployeeRow), total: Type.Integer() });
export type EmployeePage = Static<typeof EmployeePage>;

export const EmployeeDetail = Type.Object(
  {
    ...EmployeeRowProps,
    agencyId: Uuid,
    supervisor: Nullable(PersonLinkSchema),
    appraiser: Nullable(PersonLinkSchema),
    supervisorOverrideId: Nullable(Uuid),
    positionHistory: Type.Array(
      Type.Object({
        positionName: Type.String(),
        unitName: Type.String(),
        role: AssignmentRoleSchema,
        startsOn: IsoDate,
        endsOn: Nullable(IsoDate),
      }),
    ),
  },
  { $id: 'EmployeeDetail' },
);
export type EmployeeDetail = Static<typeof EmployeeDetail>;

export const EmployeeListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    unitId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type EmployeeQuery = Static<typeof EmployeeListQuery>;

export const SupervisorOverrideBody = Type.Object(
  { supervisorEmployeeId: Nullable(Uuid) },
  { additionalProperties: false },
);

export const ActingAssignmentBody = Type.Object(
  {
    employeeId: Uuid,
    positionId: Uuid,
    role: Type.Union([Type.Literal('plt'), Type.Literal('plh')]),
    startsOn: IsoDate,
    endsOn: IsoDate,
    decreeNumber: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type ActingAssignmentInput = Static<typeof ActingAssignmentBody>;
