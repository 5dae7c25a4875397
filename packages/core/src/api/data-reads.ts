/** Who looked at my data (UU PDP; issue 20 item 4): the reads of an employee's personal data by others. */
import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, Literals, Nullable, RoleSchema } from './common.js';

export const READ_KINDS = ['profile', 'journal', 'validation', 'skp', 'evaluation', 'evidence', 'tpp'] as const;
export type ReadKindName = (typeof READ_KINDS)[number];

export const DataReadsQuery = Type.Object(
  {
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export const DataReadSchema = Type.Object({
  date: IsoDate,
  firstAt: IsoDateTime,
  kind: Literals(READ_KINDS),
  reader: Type.Object({
    nip: Nullable(Type.String()),
    name: Type.String({ description: 'Nama pembaca; NIP bila nama tidak diketahui' }),
    role: RoleSchema,
  }),
});
export type DataRead = Static<typeof DataReadSchema>;

export const DataReadsResponse = Type.Object({
  from: IsoDate,
  to: IsoDate,
  reads: Type.Array(DataReadSchema),
  /** More reads than the answer holds: narrow the dates. */
  truncated: Type.Boolean(),
});
export type DataReadsAnswer = Static<typeof DataReadsResponse>;
