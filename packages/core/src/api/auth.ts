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

/** The step a signed-in password still needs: the code of an enrolled authenticator, or enrolling one (required roles). */
export const TwoFactorStepSchema = Type.Union([Type.Literal('verify'), Type.Literal('enrol')]);
export type TwoFactorStep = Static<typeof TwoFactorStepSchema>;

/**
 * After the password: either the person is signed in (`me`), or a second step is needed (`twoFactor`),
 * in which case the session may only finish that step or sign out.
 */
export const LoginResponse = Type.Union([
  Type.Object({ csrfToken: Type.String(), me: Type.Ref('Me') }),
  Type.Object({ csrfToken: Type.String(), twoFactor: TwoFactorStepSchema }),
]);
/** LoginResponse's `me` is a reference (one Me in the OpenAPI document): its type is written out here. */
export type LoginAnswer = { csrfToken: string; me: Me } | { csrfToken: string; twoFactor: TwoFactorStep };
/** The answer of a completed sign-in (a second step done). */
export const SignedInResponse = Type.Object({ csrfToken: Type.String(), me: Type.Ref('Me') });
export type SignedInAnswer = { csrfToken: string; me: Me };

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

/** A TOTP code (6 digits) or a recovery code (`xxxxx-xxxxx`); spaces and dashes are ignored. */
export const TwoFactorCodeBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40, description: 'Kode 6 angka dari aplikasi autentikator, atau kode pemulihan' }) },
  { additionalProperties: false },
);

/** Starting an enrolment: the password again when already fully signed in (not right after the password step). */
export const TwoFactorEnrolBody = Type.Object(
  { password: Type.Optional(Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: 'Kata sandi akun ini; wajib kecuali tepat setelah langkah kata sandi' })) },
  { additionalProperties: false },
);

export const TwoFactorStatusResponse = Type.Object({
  enabled: Type.Boolean({ description: 'Verifikasi dua langkah aktif' }),
  enabledAt: Nullable(IsoDateTime),
  required: Type.Boolean({ description: 'Wajib untuk peran akun ini (admin OPD, admin BKD, auditor)' }),
  exempt: Type.Boolean({ description: 'Akun demo yang dibebaskan dari kewajiban oleh provinsi demo' }),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  step: Nullable(TwoFactorStepSchema),
  csrfToken: Type.String(),
});
export type TwoFactorStatus = Static<typeof TwoFactorStatusResponse>;

export const TwoFactorEnrolmentResponse = Type.Object({
  secret: Type.String({ description: 'Kunci rahasia (base32) untuk diketik bila QR tidak dapat dipindai' }),
  uri: Type.String({ description: 'otpauth:// URI (isi kode QR)' }),
  qrSvg: Type.String({ description: 'Kode QR sebagai SVG' }),
  expiresAt: IsoDateTime,
});
export type TwoFactorEnrolment = Static<typeof TwoFactorEnrolmentResponse>;

/** Recovery codes are shown once, when made; the server keeps only their hashes. */
export const RecoveryCodesResponse = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { minItems: 10, maxItems: 10 }),
  /** Present when the enrolment finished a sign-in: the new session's token and who signed in. */
  csrfToken: Type.Optional(Type.String()),
  me: Type.Optional(Type.Ref('Me')),
});
export type RecoveryCodesAnswer = { recoveryCodes: string[]; csrfToken?: string; me?: Me };
