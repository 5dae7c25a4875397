import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_organisation.js';
import * as m0002 from './0002_journal.js';
import * as m0003 from './0003_validation.js';
import * as m0004 from './0004_sync.js';
import * as m0005 from './0005_sync_retention.js';
import * as m0006 from './0006_journal_trail_check.js';
import * as m0007 from './0007_account_names.js';
import * as m0008 from './0008_late_on_device_time.js';
import * as m0009 from './0009_entry_id_claims.js';
import * as m0010 from './0010_audit_chain.js';
import * as m0011 from './0011_agency_settings_versions.js';
import * as m0012 from './0012_skp.js';
import * as m0013 from './0013_session_ids.js';
import * as m0014 from './0014_evaluation.js';
import * as m0015 from './0015_attendance.js';
import * as m0016 from './0016_two_factor.js';
import * as m0017 from './0017_signed_skp_scans.js';
import * as m0018 from './0018_journal_rhk.js';
import * as m0019 from './0019_personal_data_reads.js';
import * as m0020 from './0020_data_exports.js';
import * as m0023 from './0023_attendance_days.js';
import * as m0024 from './0024_attendance_events.js';
import * as m0027 from './0027_skp_manual_indikator.js';
import * as m0021 from './0021_tpp.js';
import * as m0037 from './0037_tpp_signers.js';
import * as m0028 from './0028_temporary_password_expiry.js';
import * as m0029 from './0029_sync_watermark.js';
import * as m0032 from './0032_signed_evaluation_scans.js';
import * as m0041 from './0041_attendance_punches_by_time.js';
import * as m0048 from './0048_retention_purge.js';
import * as m0036 from './0036_attendance_rule_tables.js';
import * as m0034 from './0034_selfie_checkins.js';
import * as m0030 from './0030_skp_rencana_aksi.js';
import * as m0047 from './0047_selfie_retention.js';
import * as m0050 from './0050_selfie_disputes.js';
import * as m0043 from './0043_siasn_reference_codes.js';
import * as m0046 from './0046_tpp_position_groups.js';
import * as m0049 from './0049_tpp_payroll_npwp.js';

/** Migrations are listed in code (not read from a folder) so they work the same from source and bundles. */
const migrations: Record<string, Migration> = {
  '0001_organisation': m0001,
  '0002_journal': m0002,
  '0003_validation': m0003,
  '0004_sync': m0004,
  '0005_sync_retention': m0005,
  '0006_journal_trail_check': m0006,
  '0007_account_names': m0007,
  '0008_late_on_device_time': m0008,
  '0009_entry_id_claims': m0009,
  '0010_audit_chain': m0010,
  '0011_agency_settings_versions': m0011,
  '0012_skp': m0012,
  '0013_session_ids': m0013,
  '0014_evaluation': m0014,
  '0015_attendance': m0015,
  '0016_two_factor': m0016,
  '0017_signed_skp_scans': m0017,
  '0018_journal_rhk': m0018,
  '0019_personal_data_reads': m0019,
  '0020_data_exports': m0020,
  '0023_attendance_days': m0023,
  '0024_attendance_events': m0024,
  '0027_skp_manual_indikator': m0027,
  '0021_tpp': m0021,
  '0037_tpp_signers': m0037,
  '0028_temporary_password_expiry': m0028,
  '0029_sync_watermark': m0029,
  '0032_signed_evaluation_scans': m0032,
  '0041_attendance_punches_by_time': m0041,
  '0048_retention_purge': m0048,
  '0036_attendance_rule_tables': m0036,
  '0034_selfie_checkins': m0034,
  '0030_skp_rencana_aksi': m0030,
  '0047_selfie_retention': m0047,
  '0043_siasn_reference_codes': m0043,
  '0046_tpp_position_groups': m0046,
  '0049_tpp_payroll_npwp': m0049,
  '0050_selfie_disputes': m0050,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};

export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1)!;
