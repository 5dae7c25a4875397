// Example arguments for the TPP module's queries in the SQL catalog (db/query.ts); never real data.
export const AGENCY = '00000000-0000-7000-8000-000000000001';
export const EMPLOYEE = '00000000-0000-7000-8000-000000000002';
export const ACCOUNT = '00000000-0000-7000-8000-000000000003';
export const RUN = '00000000-0000-7000-8000-000000000004';
export const RECALC = '00000000-0000-7000-8000-000000000005';
export const AT = new Date('2026-12-01T08:00:00Z');

const NOBODY = '00000000-0000-0000-0000-000000000000';
/** An `in` list that is never empty (an empty list is a syntax error): no ids match nobody. */
export function few(ids: readonly string[]): string[] {
  return ids.length > 0 ? [...ids] : [NOBODY];
}
