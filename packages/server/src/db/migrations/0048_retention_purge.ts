import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Retention of journals, evidence and the audit trail (issue 20 item 6; modules/retention/purge.ts).
 *
 * Journal entries, their history and their decisions were never deleted (migrations 0002, 0003, 0006:
 * a trigger refuses it). The retention step now removes what is past the region's period, so the
 * triggers let a DELETE through when the transaction has set `kinerja.retention_purge` to `on`, which
 * only the retention step does (one transaction per batch). Updates stay refused.
 *
 * The audit trail is cut at its old end by `audit_log_cut`, a SECURITY DEFINER function owned by the
 * role that migrates: the application's role still has no DELETE on audit_log (db/app-role.ts) and can
 * remove rows only through this function, which
 *  - takes the chain's lock (the one audit_log_chain takes), so no row is chained meanwhile;
 *  - cuts a prefix of one chain only (every row up to a position), never the chain's last row;
 *  - refuses rows younger than 365 days by the database's clock, whatever the caller asks;
 *  - checks that the hash it is given is the hash of the last row cut;
 *  - writes a checkpoint first (`audit_checkpoints`: the chain, the position and hash of the last row
 *    cut, and the server key's signature of them, made by the caller), then deletes.
 * `kinerja audit verify` then starts each cut chain at its latest checkpoint: the first row left must
 * follow it and name its hash, and the checkpoint's signature must check with the server key.
 * The trail's append-only trigger lets the function's own DELETE through (`kinerja.audit_cut`, set
 * only inside it, and only when the deleting role owns the table).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table audit_checkpoints (
      agency_id uuid,
      through_seq bigint not null check (through_seq > 0),
      through_hash text not null check (through_hash ~ '^[0-9a-f]{64}$'),
      through_at timestamptz not null,
      rows_cut bigint not null,
      key_id text not null,
      signature text not null,
      created_at timestamptz not null default now()
    );
    create unique index audit_checkpoints_position on audit_checkpoints (agency_id, through_seq) nulls not distinct;

    create function retention_forbid_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and current_setting('kinerja.retention_purge', true) = 'on' then
        return old;
      end if;
      raise exception '% is append-only', tg_table_name;
    end $$;
    create function retention_forbid_delete() returns trigger language plpgsql as $$
    begin
      if current_setting('kinerja.retention_purge', true) = 'on' then
        return null;
      end if;
      raise exception '% rows are never deleted (withdraw them instead)', tg_table_name;
    end $$;
    drop trigger journal_entries_no_delete on journal_entries;
    create trigger journal_entries_no_delete before delete on journal_entries
      for each statement execute function retention_forbid_delete();
    drop trigger journal_entry_events_no_update on journal_entry_events;
    create trigger journal_entry_events_no_update before update or delete on journal_entry_events
      for each row execute function retention_forbid_change();
    drop trigger entry_decisions_no_update on entry_decisions;
    create trigger entry_decisions_no_update before update or delete on entry_decisions
      for each row execute function retention_forbid_change();

    create function audit_log_forbid_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and current_setting('kinerja.audit_cut', true) = 'on'
         and pg_has_role(current_user, (select relowner from pg_class where oid = tg_relid), 'USAGE') then
        return old;
      end if;
      raise exception '% is append-only', tg_table_name;
    end $$;
    drop trigger audit_log_no_update on audit_log;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_forbid_change();
  `);

  await ddl(db, sql`
    create function audit_log_cut(p_agency uuid, p_through_seq bigint, p_through_hash text, p_key_id text, p_signature text)
      returns bigint language plpgsql security definer set search_path from current as $$
    declare
      head bigint;
      target record;
      cut bigint;
    begin
      perform pg_advisory_xact_lock(hashtextextended(
        'kinerja.audit_log:' || current_schema() || ':' || coalesce(p_agency::text, 'province'), 0));
      select max(chain_seq) into head from audit_log where agency_id is not distinct from p_agency;
      if head is null or p_through_seq >= head then
        raise exception 'audit_log_cut: the last row of a chain is never cut (head %, asked %)', head, p_through_seq;
      end if;
      select chain_seq, hash, at into target from audit_log
        where agency_id is not distinct from p_agency and chain_seq = p_through_seq;
      if target is null or target.hash <> p_through_hash then
        raise exception 'audit_log_cut: row % of the chain is not the one named', p_through_seq;
      end if;
      if exists (select 1 from audit_log where agency_id is not distinct from p_agency
                  and chain_seq <= p_through_seq and at >= now() - interval '365 days') then
        raise exception 'audit_log_cut: rows younger than 365 days are never cut';
      end if;
      insert into audit_checkpoints (agency_id, through_seq, through_hash, through_at, rows_cut, key_id, signature)
        select p_agency, p_through_seq, p_through_hash, target.at, count(*), p_key_id, p_signature
          from audit_log where agency_id is not distinct from p_agency and chain_seq <= p_through_seq;
      perform set_config('kinerja.audit_cut', 'on', true);
      delete from audit_log where agency_id is not distinct from p_agency and chain_seq <= p_through_seq;
      get diagnostics cut = row_count;
      perform set_config('kinerja.audit_cut', 'off', true);
      return cut;
    end $$;
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop function if exists audit_log_cut(uuid, bigint, text, text, text);
    drop trigger if exists audit_log_no_update on audit_log;
    create trigger audit_log_no_update before update or delete on audit_log for each row execute function forbid_change();
    drop function if exists audit_log_forbid_change();
    drop trigger if exists journal_entries_no_delete on journal_entries;
    create trigger journal_entries_no_delete before delete on journal_entries for each statement execute function forbid_delete();
    drop trigger if exists journal_entry_events_no_update on journal_entry_events;
    create trigger journal_entry_events_no_update before update or delete on journal_entry_events for each row execute function forbid_change();
    drop trigger if exists entry_decisions_no_update on entry_decisions;
    create trigger entry_decisions_no_update before update or delete on entry_decisions for each row execute function forbid_change();
    drop function if exists retention_forbid_change();
    drop function if exists retention_forbid_delete();
    drop table if exists audit_checkpoints;
  `);
}
