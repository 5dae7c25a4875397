import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * The audit trail becomes tamper-evident: every row carries its place in its agency's chain
 * (`chain_seq`, 1, 2, 3… per agency; rows without an agency form the province's own chain), the hash of
 * the row before it (`prev_hash`) and its own hash (`hash`), SHA-256 over the canonical text of its
 * content and `prev_hash` (docs/operations.md, "Audit trail"). `kinerja audit verify` walks the chains.
 *
 * The append-only trigger stops the application; the chain is for whoever can get past it (a superuser
 * can drop the trigger): a changed, removed or reordered row no longer matches its hash or its
 * neighbour's link.
 *
 * The chain is computed by a BEFORE INSERT trigger, so every insert path is chained and a writer cannot
 * choose its own place or hash. Concurrent writers of one chain are serialised by a transaction-scoped
 * advisory lock on (schema, chain) taken before the last row is read; under READ COMMITTED the read then
 * sees the rows of every writer that held the lock before. The unique key (agency_id, chain_seq), nulls
 * not distinct, is the backstop: two rows can never claim one place. Restore loads rows with user
 * triggers off, so restored rows keep their stored chain.
 *
 * Existing rows are chained in id order (the order they were written).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    alter table audit_log
      add column chain_seq bigint,
      add column prev_hash text,
      add column hash text;

    -- The canonical text that is hashed; an auditor can rebuild it from a backup's CSV with any JSON tool.
    create function audit_log_canonical(r audit_log) returns text language sql stable as $$
      select jsonb_build_array(
        'kinerja-audit-v1',
        r.agency_id::text,
        r.chain_seq::text,
        r.id::text,
        to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        r.actor_account_id::text,
        r.action,
        r.entity,
        r.entity_id,
        r.data::text,
        r.prev_hash
      )::text
    $$;

    create function audit_log_chain() returns trigger language plpgsql as $$
    declare
      last_row record;
    begin
      perform pg_advisory_xact_lock(hashtextextended(
        'kinerja.audit_log:' || tg_table_schema || ':' || coalesce(new.agency_id::text, 'province'), 0));
      if new.agency_id is null then
        select chain_seq, hash into last_row from audit_log
          where agency_id is null order by chain_seq desc limit 1;
      else
        select chain_seq, hash into last_row from audit_log
          where agency_id = new.agency_id order by chain_seq desc limit 1;
      end if;
      new.chain_seq := coalesce(last_row.chain_seq, 0) + 1;
      new.prev_hash := coalesce(last_row.hash, repeat('0', 64));
      new.hash := encode(sha256(convert_to(audit_log_canonical(new), 'UTF8')), 'hex');
      return new;
    end $$;
  `);

  await ddl(db, sql`
    alter table audit_log disable trigger audit_log_no_update;
    do $$
    declare
      r audit_log;
      chain_key text := null;
      seq bigint := 0;
      previous text;
    begin
      for r in select * from audit_log order by agency_id nulls first, id loop
        if chain_key is distinct from coalesce(r.agency_id::text, 'province') then
          chain_key := coalesce(r.agency_id::text, 'province');
          seq := 0;
          previous := repeat('0', 64);
        end if;
        seq := seq + 1;
        r.chain_seq := seq;
        r.prev_hash := previous;
        r.hash := encode(sha256(convert_to(audit_log_canonical(r), 'UTF8')), 'hex');
        update audit_log set chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
        previous := r.hash;
      end loop;
    end $$;
    alter table audit_log enable trigger audit_log_no_update;

    alter table audit_log
      alter column chain_seq set not null,
      alter column prev_hash set not null,
      alter column hash set not null;
    create unique index audit_log_chain_position on audit_log (agency_id, chain_seq) nulls not distinct;
    create trigger audit_log_chain before insert on audit_log
      for each row execute function audit_log_chain();
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop trigger if exists audit_log_chain on audit_log;
    drop function if exists audit_log_chain();
    drop function if exists audit_log_canonical(audit_log);
    drop index if exists audit_log_chain_position;
    alter table audit_log drop column if exists chain_seq, drop column if exists prev_hash, drop column if exists hash;
  `);
}
