import { Type } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '@kinerja/core';
import { IsoDate, Nullable, PersonLinkSchema, PositionKindSchema, RoleSchema, Uuid } from '../../http/schemas.js';

export const LoginBody = Type.Object(
  {
    nip: Type.String({ minLength: 1, maxLength: 40, description: 'NIP (18 angka); spasi diabaikan' }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  },
  { additionalProperties: false },
);

export const PasswordChangeBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
    newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const MeSchema = Type.Object(
  {
    account: Type.Object({
      id: Uuid,
      nip: Type.String(),
      role: RoleSchema,
      agencyId: Nullable(Uuid),
      mustChangePassword: Type.Boolean(),
      displayName: Nullable(Type.String({ description: 'Nama untuk menyapa: nama pegawai bergelar, atau nama akun tanpa data pegawai (mis. auditor)' })),
    }),
    csrfToken: Type.String(),
    agency: Nullable(Type.Object({ id: Uuid, code: Type.String(), name: Type.String() })),
    employee: Nullable(
      Type.Object({
        id: Uuid,
        nip: Type.String(),
        name: Type.String(),
        displayName: Type.String(),
        kind: Type.Union([Type.Literal('pns'), Type.Literal('pppk')]),
        sex: Type.Union([Type.Literal('L'), Type.Literal('P')]),
        birthDate: IsoDate,
        rankCode: Nullable(Type.String()),
        rankName: Nullable(Type.String()),
      }),
    ),
    position: Nullable(
      Type.Object({
        id: Uuid,
        name: Type.String(),
        kind: PositionKindSchema,
        kindLabel: Type.String(),
        jfLevel: Nullable(Type.String()),
        kelasJabatan: Type.Integer(),
        isUnitHead: Type.Boolean(),
        unit: Type.Object({ id: Uuid, name: Type.String() }),
        since: Type.String(),
      }),
    ),
    acting: Type.Array(
      Type.Object({
        role: Type.Union([Type.Literal('plt'), Type.Literal('plh')]),
        positionName: Type.String(),
        unitName: Type.String(),
        startsOn: IsoDate,
        endsOn: Nullable(IsoDate),
      }),
    ),
    supervisor: Nullable(PersonLinkSchema),
    appraiser: Nullable(PersonLinkSchema),
    subordinates: Type.Array(PersonLinkSchema),
  },
  { $id: 'Me' },
);

export const LoginResponse = Type.Object({ csrfToken: Type.String(), me: Type.Ref('Me') });
