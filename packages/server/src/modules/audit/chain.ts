import { createHash } from 'node:crypto';

/** The hash a chain's first row names as its predecessor. */
export const CHAIN_START = '0'.repeat(64);

/** One audit row's fields as PostgreSQL prints them (the SELECT in verify.ts), plus its stored chain. */
export interface AuditRowText {
  id: string;
  agencyId: string | null;
  chainSeq: string;
  /** `at` in UTC with microseconds: 2026-12-06T06:33:45.816000Z */
  at: string;
  actorAccountId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** `data` as PostgreSQL prints jsonb (keys ordered, ", " and ": " between items). */
  data: string;
  prevHash: string;
  hash: string;
}

/**
 * The text whose SHA-256 is a row's hash: a JSON array of strings and nulls, items separated by ", ",
 * as PostgreSQL's jsonb_build_array(...)::text prints it (the database computes it that way in
 * migration 0010's audit_log_canonical). Written again here, from the documented form and not by asking
 * the database, so that verify checks the database's arithmetic instead of repeating it.
 */
export function canonicalAuditText(r: Omit<AuditRowText, 'hash'>): string {
  const items = ['kinerja-audit-v1', r.agencyId, r.chainSeq, r.id, r.at, r.actorAccountId, r.action, r.entity, r.entityId, r.data, r.prevHash];
  return `[${items.map((v) => (v === null ? 'null' : JSON.stringify(v))).join(', ')}]`;
}

export function auditRowHash(r: Omit<AuditRowText, 'hash'>): string {
  return createHash('sha256').update(canonicalAuditText(r), 'utf8').digest('hex');
}
