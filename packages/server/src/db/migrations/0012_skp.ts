import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * SKP (PermenPANRB 6/2022): one per employee, post and period, kept as numbered versions that are
 * never deleted. Tenant tables carry agency_id first in every key (Citus, docs/scaling.md).
 *
 * A version's content is stored as rows for what other features point at, and as JSON for what is
 * only ever read whole:
 * - RHK and IKI are rows (`skp_rhk`, `skp_iki`) keyed by (skp, version, id). An RHK keeps its id in
 *   every version, so a subordinate's `parent_rhk_id` still finds it after the supervisor revises;
 *   the journal, rencana aksi and realisasi will point at these ids, and the Matriks Peran Hasil
 *   asks "which RHK name this parent". `parent_rhk_id` has no foreign key on purpose: the parent is
 *   often in another agency (a Kepala Dinas intervenes the Sekda's RHK) and a link to an RHK removed
 *   in a revision must stay, to be shown as broken.
 * - Perilaku (the Ekspektasi Khusus Pimpinan per BerAKHLAK value) and the Lampiran are JSON on the
 *   version: printed and compared whole, never joined.
 *
 * The people on an SKP are snapshots (`skp_people`) because names, ranks and posts change after
 * approval; the penilai's ids there also decide who may approve (they may be in another agency, so
 * no foreign key). The regional chain above the OPD heads (Sekda, Gubernur) is province-wide: two
 * reference tables without agency_id (on Citus: create_reference_table). A reference table may not
 * point at a distributed one, so the Sekda's employee is named by (agency, id) without a foreign key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table regional_officials (
      id uuid primary key,
      title text not null check (title in ('Gubernur','Bupati','Wali Kota')),
      name text not null check (length(btrim(name)) between 1 and 200),
      account_id uuid references accounts(id),
      created_at timestamptz not null default now()
    );

    create table regional_leadership_terms (
      id uuid primary key,
      post text not null check (post in ('sekda','kepala_daerah')),
      capacity text not null check (capacity in ('definitive','pj','plt','plh')),
      official_id uuid references regional_officials(id),
      employee_agency_id uuid,
      employee_id uuid,
      starts_on date not null,
      ends_on date,
      decree_number text,
      created_at timestamptz not null default now(),
      check (ends_on is null or ends_on >= starts_on),
      check ((employee_id is null) = (employee_agency_id is null)),
      check (post <> 'sekda' or (employee_id is not null and official_id is null)),
      check (post <> 'kepala_daerah' or official_id is not null)
    );

    create table skp (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      employee_id uuid not null,
      position_id uuid not null,
      period_from date not null,
      period_to date not null,
      form text not null check (form in ('jpt','ja','jf')),
      pendekatan text not null check (pendekatan in ('kuantitatif','kualitatif')),
      status text not null check (status in ('draft','diajukan','disetujui','dikembalikan','dibatalkan')),
      current_version integer not null check (current_version >= 1),
      version_in_force integer check (version_in_force is null or version_in_force between 1 and current_version),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, employee_id, position_id, period_from),
      foreign key (agency_id, employee_id) references employees(agency_id, id),
      foreign key (agency_id, position_id) references positions(agency_id, id),
      check (period_to >= period_from)
    );
    create index skp_by_employee on skp (agency_id, employee_id, period_from);

    create table skp_versions (
      agency_id uuid not null,
      skp_id uuid not null,
      version integer not null check (version >= 1),
      status text not null check (status in ('draft','diajukan','disetujui','dikembalikan','dibatalkan')),
      perilaku jsonb not null default '[]'::jsonb check (jsonb_typeof(perilaku) = 'array'),
      lampiran jsonb not null default '[]'::jsonb check (jsonb_typeof(lampiran) = 'array'),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (agency_id, skp_id, version),
      foreign key (agency_id, skp_id) references skp(agency_id, id)
    );

    create table skp_rhk (
      agency_id uuid not null,
      skp_id uuid not null,
      version integer not null,
      id uuid not null,
      ordinal integer not null,
      jenis text not null check (jenis in ('utama','tambahan')),
      text text not null,
      parent_rhk_id uuid,
      cascading_type text check (cascading_type in ('langsung','tidak_langsung')),
      perspektif text check (perspektif in ('penerima_layanan','proses_bisnis','penguatan_internal','anggaran')),
      penugasan_dari text,
      primary key (agency_id, skp_id, version, id),
      foreign key (agency_id, skp_id, version) references skp_versions(agency_id, skp_id, version)
    );
    create index skp_rhk_by_parent on skp_rhk (agency_id, parent_rhk_id) where parent_rhk_id is not null;

    create table skp_iki (
      agency_id uuid not null,
      skp_id uuid not null,
      version integer not null,
      rhk_id uuid not null,
      id uuid not null,
      ordinal integer not null,
      aspek text check (aspek in ('kuantitas','kualitas','waktu','biaya')),
      text text not null,
      target text not null,
      primary key (agency_id, skp_id, version, id),
      foreign key (agency_id, skp_id, version, rhk_id) references skp_rhk(agency_id, skp_id, version, id)
    );

    create table skp_people (
      agency_id uuid not null,
      skp_id uuid not null,
      role text not null check (role in ('pegawai','pejabat_penilai','atasan_pejabat_penilai')),
      person_agency_id uuid,
      employee_id uuid,
      official_id uuid references regional_officials(id),
      capacity text not null,
      status text not null check (status in ('pns','pppk','non_asn')),
      name text not null,
      nip text,
      rank text,
      position_name text not null,
      unit_name text not null,
      taken_at timestamptz not null default now(),
      primary key (agency_id, skp_id, role),
      foreign key (agency_id, skp_id) references skp(agency_id, id),
      check ((employee_id is null) = (person_agency_id is null))
    );
    create index skp_people_by_person on skp_people (person_agency_id, employee_id, role) where employee_id is not null;

    create table skp_events (
      agency_id uuid not null,
      skp_id uuid not null,
      id uuid not null,
      version integer not null,
      action text not null check (action in ('create','edit','submit','withdraw','return','approve','edit_and_approve','revise','cancel_revision')),
      from_status text,
      to_status text not null,
      actor_account_id uuid not null references accounts(id),
      capacity text not null check (capacity in ('pegawai','pejabat_penilai','pengelola_kinerja')),
      on_behalf boolean not null,
      note text,
      request_id uuid,
      at timestamptz not null default now(),
      primary key (agency_id, skp_id, id),
      unique (agency_id, skp_id, request_id),
      foreign key (agency_id, skp_id, version) references skp_versions(agency_id, skp_id, version)
    );
    create index skp_events_by_version on skp_events (agency_id, skp_id, version, at);
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop table skp_events;
    drop table skp_people;
    drop table skp_iki;
    drop table skp_rhk;
    drop table skp_versions;
    drop table skp;
    drop table regional_leadership_terms;
    drop table regional_officials;
  `);
}
