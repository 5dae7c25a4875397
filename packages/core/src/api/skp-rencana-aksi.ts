/**
 * Rencana aksi (issue 16 item 5): per RHK per month or quarter (the agency's `skp` setting), each with
 * its periodic target; the agency's SKP settings; realisasi per rencana aksi in an evaluation.
 */
import { Type, type Static } from 'typebox';
import { JENIS_RHK } from '../skp/forms.js';
import { RENCANA_AKSI_PERIODE } from '../skp/rencana-aksi.js';
import { IsoDate, IsoDateTime, Literals, Nullable, Uuid } from './common.js';

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const RencanaAksiPeriodeSchema = Literals(RENCANA_AKSI_PERIODE);
export const RencanaAksiParams = Type.Object({ agencyId: Uuid, skpId: Uuid, rencanaAksiId: Uuid });

/** A period key: 'yyyy-mm' (a month) or 'yyyy-Tn' (a quarter), one of the SKP's under the agency's setting. */
export const RencanaAksiKey = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2]|T[1-4])$' });

export const RencanaAksiBody = Type.Object(
  {
    /** An RHK of the SKP's last version or its version in force. */
    rhkId: Uuid,
    periode: RencanaAksiKey,
    text: Text(1000),
    /** The target of this period, as printed: '1 dokumen', '25%'. */
    target: Text(200),
  },
  { additionalProperties: false },
);
export type RencanaAksiBody = Static<typeof RencanaAksiBody>;

export const RencanaAksiItem = Type.Object({
  id: Uuid,
  rhkId: Uuid,
  periode: Type.String(),
  label: Type.String(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  text: Type.String(),
  target: Type.String(),
  /** Its RHK is in neither the last version nor the version in force (removed by a revision): shown, not dropped. */
  rhkMissing: Type.Boolean(),
  updatedAt: IsoDateTime,
});
export type RencanaAksiItem = Static<typeof RencanaAksiItem>;

export const RencanaAksiAnswer = Type.Object({
  /** The agency's setting in force on the SKP's first day. */
  periode: RencanaAksiPeriodeSchema,
  periods: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), periodFrom: IsoDate, periodTo: IsoDate })),
  /** The RHK rencana aksi may be written for: the last version's, then any others of the version in force. */
  rhk: Type.Array(Type.Object({ id: Uuid, jenis: Literals(JENIS_RHK), text: Type.String() })),
  items: Type.Array(RencanaAksiItem),
  /** The caller may add, change and remove rencana aksi (the employee, the agency's pengelola kinerja). */
  canEdit: Type.Boolean(),
});
export type RencanaAksiAnswer = Static<typeof RencanaAksiAnswer>;

export const SkpSettingsSchema = Type.Object({ rencanaAksi: RencanaAksiPeriodeSchema }, { additionalProperties: false });
export type SkpSettingsValue = Static<typeof SkpSettingsSchema>;
export const SkpSettingsBody = Type.Object(
  { settings: SkpSettingsSchema, effectiveFrom: Type.Optional(IsoDate), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type SkpSettingsBody = Static<typeof SkpSettingsBody>;
export const SkpSettingsAnswer = Type.Object({ effectiveFrom: Nullable(IsoDate), settings: SkpSettingsSchema });
export type SkpSettingsAnswer = Static<typeof SkpSettingsAnswer>;

/** In an evaluation: the rencana aksi of one RHK whose period shares a day with the covered days, with its realisasi. */
export const EvaluationRencanaAksi = Type.Object({
  id: Uuid,
  periode: Type.String(),
  label: Type.String(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  text: Type.String(),
  target: Type.String(),
  realisasi: Nullable(Type.Object({ text: Type.String(), updatedAt: IsoDateTime })),
});
export type EvaluationRencanaAksi = Static<typeof EvaluationRencanaAksi>;
export const RealisasiAksiParams = Type.Object({ agencyId: Uuid, evaluationId: Uuid, rencanaAksiId: Uuid });
export const RealisasiAksiBody = Type.Object({ realisasi: Text(2000) }, { additionalProperties: false });
export type RealisasiAksiBody = Static<typeof RealisasiAksiBody>;
