// Example arguments for the journal's queries in the SQL catalog (db/query.ts); never real data.
export const AGENCY = '00000000-0000-7000-8000-000000000001';
export const EMPLOYEE = '00000000-0000-7000-8000-000000000002';
export const ACCOUNT = '00000000-0000-7000-8000-000000000003';
export const ENTRY = '00000000-0000-7000-8000-000000000004';
export const SET = '00000000-0000-7000-8000-000000000005';
export const SHA = 'a'.repeat(64);
