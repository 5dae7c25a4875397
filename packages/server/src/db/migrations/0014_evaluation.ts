import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Evaluation (PermenPANRB 6/2022, SE MenPANRB 3/2023): one evaluation per SKP and period (the
 * agency's periodic frequency, plus the annual one), keyed agency first like every tenant table.
 *
 * - `evaluations` keeps the calendar period (period_from/to: the organisation's capaian and the curve
 *   are per calendar period) and the part of it the SKP covers (covered_from/to, credited_months for
 *   angka kredit). Ratings are the penilai's judgment as given; predikat and angka kredit are written
 *   when finalised, as the record of what was decided, and computed live before that.
 * - `evaluation_realisasi`: one row per IKI of the SKP's version in force, with bukti dukung as JSON
 *   (links, or evidence files by SHA-256: read whole, never joined).
 * - `evaluation_feedback`: umpan balik per RHK, IKI or BerAKHLAK value, with the employee's answer;
 *   the id is the client's, so a retried save changes nothing.
 * - `evaluation_events`: finalise and reopen (with its reason), never deleted.
 * - `organisation_results`: capaian kinerja organisasi per unit and calendar period.
 * IKI and RHK ids have no foreign key: they live in the SKP's versions, and a realisasi must stay
 * readable after the SKP is revised.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table evaluations (
      agency_id uuid not null,
      id uuid not null,
      skp_id uuid not null,
      kind text not null check (kind in ('periodik','tahunan')),
      label text not null,
      period_from date not null,
      period_to date not null,
      covered_from date not null,
      covered_to date not null,
      credited_months integer not null check (credited_months between 0 and 12),
      status text not null default 'berjalan' check (status in ('berjalan','final')),
      rating_hasil_kerja text check (rating_hasil_kerja in ('di_atas_ekspektasi','sesuai_ekspektasi','di_bawah_ekspektasi')),
      rating_perilaku_kerja text check (rating_perilaku_kerja in ('di_atas_ekspektasi','sesuai_ekspektasi','di_bawah_ekspektasi')),
      rating_note text not null default '',
      rated_by_account_id uuid references accounts(id),
      rated_at timestamptz,
      predikat text check (predikat in ('sangat_baik','baik','butuh_perbaikan','kurang','sangat_kurang')),
      angka_kredit numeric(10,4),
      finalised_at timestamptz,
      finalised_by_account_id uuid references accounts(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, skp_id, period_from, period_to),
      foreign key (agency_id, skp_id) references skp(agency_id, id),
      check (period_to >= period_from and covered_from >= period_from and covered_to <= period_to and covered_to >= covered_from),
      check ((status = 'final') = (finalised_at is not null))
    );
    create index evaluations_by_period on evaluations (agency_id, period_from, period_to);

    create table evaluation_realisasi (
      agency_id uuid not null,
      evaluation_id uuid not null,
      iki_id uuid not null,
      rhk_id uuid not null,
      text text not null,
      bukti jsonb not null default '[]'::jsonb check (jsonb_typeof(bukti) = 'array'),
      updated_by_account_id uuid not null references accounts(id),
      updated_at timestamptz not null default now(),
      primary key (agency_id, evaluation_id, iki_id),
      foreign key (agency_id, evaluation_id) references evaluations(agency_id, id)
    );

    create table evaluation_feedback (
      agency_id uuid not null,
      id uuid not null,
      evaluation_id uuid not null,
      target text not null check (target in ('rhk','iki','perilaku')),
      target_id text not null,
      preset text,
      text text not null,
      author_account_id uuid not null references accounts(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      answer_text text,
      answered_at timestamptz,
      answered_by_account_id uuid references accounts(id),
      primary key (agency_id, id),
      foreign key (agency_id, evaluation_id) references evaluations(agency_id, id),
      check ((answer_text is null) = (answered_at is null)),
      check (preset is not null or length(btrim(text)) > 0)
    );
    create index evaluation_feedback_by_evaluation on evaluation_feedback (agency_id, evaluation_id, created_at);

    create table evaluation_events (
      agency_id uuid not null,
      evaluation_id uuid not null,
      id uuid not null,
      action text not null check (action in ('finalise','reopen')),
      reason text,
      actor_account_id uuid not null references accounts(id),
      request_id uuid,
      at timestamptz not null default now(),
      primary key (agency_id, evaluation_id, id),
      unique (agency_id, evaluation_id, request_id),
      foreign key (agency_id, evaluation_id) references evaluations(agency_id, id),
      check (action <> 'reopen' or length(btrim(coalesce(reason, ''))) > 0)
    );

    create table organisation_results (
      agency_id uuid not null,
      unit_id uuid not null,
      period_from date not null,
      period_to date not null,
      capaian text not null check (capaian in ('istimewa','baik','butuh_perbaikan','kurang','sangat_kurang')),
      note text,
      set_by_account_id uuid not null references accounts(id),
      set_at timestamptz not null default now(),
      primary key (agency_id, unit_id, period_from, period_to),
      foreign key (agency_id, unit_id) references units(agency_id, id),
      check (period_to >= period_from)
    );
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop table organisation_results;
    drop table evaluation_events;
    drop table evaluation_feedback;
    drop table evaluation_realisasi;
    drop table evaluations;
  `);
}
