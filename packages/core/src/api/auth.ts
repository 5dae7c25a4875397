/** Sign-in, password change and the signed-in person (GET /me). */
import { Type, type Static } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '../auth/password.js';
import { EmployeeKindSchema, IsoDate, IsoDateTime, Nullable, PersonLinkSchema, PositionKindSchema, RoleSchema, Uuid } from './common.js';

export const LoginBody = Type.Object(
  {
    nip: Type.String({ minLength: 1, maxLength: 40, description: 'NIP (18 angka); spasi diabaikan' }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  },
  { additionalProperties: false },
);
export type LoginInput = Static<typeof LoginBody>;

export const PasswordChangeBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
    newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type PasswordChangeInput = Static<typeof PasswordChangeBody>;

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
        kind: EmployeeKindSchema,
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
    /** Pejabat penilai. */
    supervisor: Nullable(PersonLinkSchema),
    /** Atasan pejabat penilai. */
    appraiser: Nullable(PersonLinkSchema),
    subordinates: Type.Array(PersonLinkSchema),
  },
  { $id: 'Me' },
);
export type Me = Static<typeof MeSchema>;

export const LoginResponse = Type.Object({ csrfToken: Type.String(), me: Type.Ref('Me') });
/** LoginResponse's `me` is a reference (one Me in the OpenAPI document): its type is written out here. */
export type LoginAnswer = { csrfToken: string; me: Me };

/** One signed-in device in "Perangkat saya". */
export const SessionSchema = Type.Object({
  id: Uuid,
  device: Type.String({ description: 'Peramban dan sistem dari User-Agent, mis. "Chrome di Android"' }),
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  ipPrefix: Nullable(Type.String({ description: 'Bagian jaringan alamat IP saja, mis. 203.0.113.x' })),
  current: Type.Boolean({ description: 'Perangkat yang sedang dipakai' }),
});
export type SessionInfo = Static<typeof SessionSchema>;

export const SessionsResponse = Type.Object({ sessions: Type.Array(SessionSchema) });
export type SessionsAnswer = Static<typeof SessionsResponse>;

export const SessionParams = Type.Object({ sessionId: Uuid });

/** Ending another device's session, or all the others, asks for the password again (ASVS 7.5.2): a stolen cookie alone cannot lock its owner out. */
export const ReauthBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: 'Kata sandi akun ini' }) },
  { additionalProperties: false },
);
/** Signing out the device in use needs no password: `{}`. */
export const SessionRevokeBody = Type.Object(
  { password: Type.Optional(Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: 'Kata sandi akun ini; wajib untuk perangkat lain' })) },
  { additionalProperties: false },
);

export const AccountParams = Type.Object({ agencyId: Uuid, accountId: Uuid });

export const SignedOutResponse = Type.Object({ signedOut: Type.Integer({ minimum: 0, description: 'Jumlah sesi yang diakhiri' }) });
export type SignedOutAnswer = Static<typeof SignedOutResponse>;
