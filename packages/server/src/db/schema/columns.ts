import type { ColumnType } from 'kysely';

/** Timestamps are read as Date and may be written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Dates (no time) are yyyy-mm-dd strings on both PGlite and PostgreSQL (see db/connect.ts). */
export type DateString = string;
export type Json<T> = ColumnType<T, string | undefined, string>;
