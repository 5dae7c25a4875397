import { Type } from 'typebox';
import { AssignmentRoleSchema, IsoDate, Nullable, PersonLinkSchema, PositionKindSchema, Uuid } from '../../http/schemas.js';

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

export const UnitRow = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  parentId: Nullable(Uuid),
  headName: Nullable(Type.String()),
  employeeCount: Type.Integer(),
});

export const EmployeeRowProps = {
  id: Uuid,
  nip: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('pns'), Type.Literal('pppk')]),
  rankCode: Nullable(Type.String()),
  positionName: Nullable(Type.String()),
  positionKind: Nullable(PositionKindSchema),
  kelasJabatan: Nullable(Type.Integer()),
  unitName: Nullable(Type.String()),
  active: Type.Boolean(),
};
export const EmployeeRow = Type.Object(EmployeeRowProps);

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

export const EmployeeListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    unitId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

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
