import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Supervisor validation. Every decision on an entry (approve, reject, return for revision) is a row
 * here, append-only like the entry's history: who decided, in what capacity (own post, Plt/Plh,
 * a supervisor named by an admin, or automatically), on which version of the entry, and when.
 * A tenant table keyed (agency_id, …) like the journal; decider accounts are not a tenant table,
 * so, as in journal_entry_events, they are referenced without a foreign key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table entry_decisions (
      agency_id uuid not null,
      id uuid not null,
      entry_id uuid not null,
      decision text not null check (decision in ('approved','rejected','returned')),
      note text not null default '' check (length(note) <= 1000),
      decided_by_account_id uuid,
      decided_by_employee_id uuid,
      capacity text not null check (capacity in ('definitive','plt','plh','override','automatic')),
      -- Why an automatic approval happened: the position kind, no supervisor, or the window passed.
      auto_reason text check (auto_reason in ('position_kind','no_supervisor','window')),
      -- The version of the entry that was decided on (the submitted version).
      entry_version integer not null,
      -- When that version was submitted: the validation window runs from here.
      submitted_at timestamptz not null,
      decided_at timestamptz not null default now(),
      primary key (agency_id, id),
      foreign key (agency_id, entry_id) references journal_entries(agency_id, id),
      foreign key (agency_id, decided_by_employee_id) references employees(agency_id, id),
      check ((capacity = 'automatic') = (decided_by_employee_id is null)),
      check ((capacity = 'automatic') = (auto_reason is not null)),
      check (decision = 'approved' or capacity <> 'automatic'),
      check (decision <> 'rejected' or length(btrim(note)) >= 5),
      check (decision <> 'returned' or length(btrim(note)) >= 1)
    );
    -- One decision per submitted version, whatever the application does: the last line of defence
    -- behind the conditional UPDATE. Also serves "the latest decision of an entry".
    create unique index entry_decisions_one_per_version on entry_decisions (agency_id, entry_id, entry_version);
    -- On-time rates: a supervisor's decisions in a period.
    create index entry_decisions_by_decider on entry_decisions (agency_id, decided_by_employee_id, decided_at);

    -- The inbox: pending entries of a set of employees, oldest day first.
    create index journal_entries_pending on journal_entries (agency_id, employee_id, work_date) where status = 'submitted' and deleted_at is null;
    -- The monthly recap and rates: an agency's entries by work date.
    create index journal_entries_by_work_date on journal_entries (agency_id, work_date) where deleted_at is null;
    -- "The same file used elsewhere", within one agency (co-located on Citus).
    create index journal_entry_evidence_by_agency_file on journal_entry_evidence (agency_id, sha256);

    create trigger entry_decisions_no_update before update or delete on entry_decisions
      for each row execute function forbid_change();
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop table if exists entry_decisions cascade;
    drop index if exists journal_entries_pending;
    drop index if exists journal_entries_by_work_date;
    drop index if exists journal_entry_evidence_by_agency_file;
  `);
}
