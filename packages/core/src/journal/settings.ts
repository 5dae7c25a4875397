/**
 * An agency's daily-journal (e-Activity) settings.
 *
 * These are data, stored per agency as JSON, never constants: Kalbar asks for 510 minutes a day
 * and 3 days to report, other regions use 300 or 450 minutes, 5 or 7 days, a different Friday
 * (DOMAIN.md §3.4, §4.1). The defaults below only fill what an agency has not set.
 */
import { POSITION_KINDS, type PositionKind } from '../org/positions.js';
import { WEEKDAY_KEYS, type WeekdayKey } from '../calendar/index.js';
import { RHK_LINKS, type RhkLink } from './rhk-link.js';

export type CreditMode = 'standard_minutes' | 'time_range';

export const CREDIT_MODES: readonly CreditMode[] = ['standard_minutes', 'time_range'];

/** What happens to an entry nobody validated within the validation window. */
export type AfterValidationWindow = 'leave' | 'approve';

export const AFTER_VALIDATION_WINDOW: readonly AfterValidationWindow[] = ['leave', 'approve'];

/**
 * Which clock judges the reporting deadline of an entry made offline (docs/sync-protocol.md):
 * 'device': when the user made the change on the phone, if the phone's clock is within
 * maxClockSkewMinutes of the server's; 'server': always when the server received it.
 */
export type OfflineTimePolicy = 'device' | 'server';

export const OFFLINE_TIME_POLICIES: readonly OfflineTimePolicy[] = ['device', 'server'];

export interface JournalSettings {
  /** Minutes to log per weekday. A weekday with a target above 0 is a working day. */
  dailyTargetMinutes: Record<WeekdayKey, number>;
  /**
   * 'standard_minutes': credited = the activity's norma waktu × volume.
   * 'time_range': credited = end − start (or the stated duration).
   */
  creditMode: CreditMode;
  /** Working days after the work date during which entries may still be logged; 0 = same day. */
  reportingWindowWorkingDays: number;
  /** A day with more credited minutes than this is flagged for review. */
  maxMinutesPerDay: number;
  /** Which clock counts for the deadline of an entry made offline. */
  offlineTimePolicy: OfflineTimePolicy;
  /**
   * Clock difference tolerated between a device and the server (offline sync). Beyond it the
   * server's receipt time counts whatever the policy, and the entry is flagged CLOCK_SKEW.
   */
  maxClockSkewMinutes: number;
  /**
   * Position kinds whose entries are approved at submission, by nobody: top officials are not
   * validated by a superior (Kalbar e-Activity, DOMAIN.md §1.5).
   */
  autoApprovePositionKinds: PositionKind[];
  /** Working days after submission within which the supervisor should decide. */
  validationWindowWorkingDays: number;
  /** 'leave': an undecided entry stays pending (and counts for nothing); 'approve': it is approved automatically. */
  afterValidationWindow: AfterValidationWindow;
  /** A photo whose recorded time lies further than this from the entry's date is flagged for the supervisor. */
  photoTimeToleranceHours: number;
  /**
   * Whether an entry must name an RHK of the employee's approved SKP (rhk-link.ts): 'allowed' (not
   * needed), 'warn' (accepted, the sheet reminds), 'required' (refused without one when there is one).
   */
  rhkLink: RhkLink;
}

export const MINUTES_PER_DAY = 24 * 60;
export const REPORTING_WINDOW_MAX = 30;
export const VALIDATION_WINDOW_MAX = 30;
/** 30 days: beyond that a photo is plainly from another occasion, whatever the agency tolerates. */
export const PHOTO_TOLERANCE_MAX_HOURS = 720;

/** Perpres 21/2023 hours, 07:30–16:00 gross = 510 min (Kalbar's figure), Monday to Friday. */
export const DEFAULT_JOURNAL_SETTINGS: Readonly<JournalSettings> = Object.freeze({
  dailyTargetMinutes: Object.freeze({ mon: 510, tue: 510, wed: 510, thu: 510, fri: 510, sat: 0, sun: 0 }),
  creditMode: 'standard_minutes',
  reportingWindowWorkingDays: 3,
  maxMinutesPerDay: MINUTES_PER_DAY,
  offlineTimePolicy: 'device',
  maxClockSkewMinutes: 15,
  autoApprovePositionKinds: Object.freeze(['jpt_utama', 'jpt_madya', 'jpt_pratama']) as unknown as PositionKind[],
  validationWindowWorkingDays: 5,
  afterValidationWindow: 'leave',
  photoTimeToleranceHours: 36,
  rhkLink: 'allowed',
});

export interface SettingsIssue {
  /** Dotted path of the offending value, e.g. 'dailyTargetMinutes.fri'. */
  field: string;
  message: string;
}

export type JournalSettingsResult =
  | { ok: true; value: JournalSettings }
  | { ok: false; issues: SettingsIssue[] };

export class JournalSettingsError extends Error {
  constructor(readonly issues: SettingsIssue[]) {
    super(`Pengaturan jurnal tidak valid: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'JournalSettingsError';
  }
}

const DAY_LABEL: Record<WeekdayKey, string> = {
  mon: 'Senin', tue: 'Selasa', wed: 'Rabu', thu: 'Kamis', fri: 'Jumat', sat: 'Sabtu', sun: 'Minggu',
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads an integer in [min, max] or records why not. Strings such as "510" are refused on purpose:
 * the stored JSON is written by our own form, so a string there means a bug worth surfacing. */
function readInt(raw: unknown, field: string, label: string, min: number, max: number, issues: SettingsIssue[]): number | undefined {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    issues.push({ field, message: `${label} harus berupa angka.` });
    return undefined;
  }
  if (!Number.isInteger(raw)) {
    issues.push({ field, message: `${label} harus berupa bilangan bulat.` });
    return undefined;
  }
  if (raw < min || raw > max) {
    issues.push({ field, message: `${label} harus antara ${min} dan ${max}.` });
    return undefined;
  }
  return raw;
}

function readPositionKinds(raw: unknown, issues: SettingsIssue[]): PositionKind[] | undefined {
  const field = 'autoApprovePositionKinds';
  if (!Array.isArray(raw)) {
    issues.push({ field, message: 'Jenis jabatan yang disetujui otomatis harus berupa daftar.' });
    return undefined;
  }
  const unknown = raw.filter((k) => typeof k !== 'string' || !(POSITION_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    issues.push({ field, message: `Jenis jabatan tidak dikenal: ${unknown.map((k) => JSON.stringify(k)).join(', ')}. Gunakan ${POSITION_KINDS.join(', ')}.` });
    return undefined;
  }
  // Kept in the canonical order, once each, so equal settings always compare equal.
  return POSITION_KINDS.filter((k) => raw.includes(k));
}

function readTargets(raw: unknown, issues: SettingsIssue[]): Record<WeekdayKey, number> {
  const targets = { ...DEFAULT_JOURNAL_SETTINGS.dailyTargetMinutes };
  if (raw === undefined) return targets;
  if (!isPlainObject(raw)) {
    issues.push({ field: 'dailyTargetMinutes', message: 'Target menit harian harus berupa daftar per hari (mon … sun).' });
    return targets;
  }
  for (const key of Object.keys(raw)) {
    // Unknown day keys are refused (unlike unknown top-level keys): "monday" is a typo that would
    // otherwise silently keep the default target.
    if (!(WEEKDAY_KEYS as readonly string[]).includes(key)) {
      issues.push({ field: `dailyTargetMinutes.${key}`, message: 'Hari tidak dikenal; gunakan mon, tue, wed, thu, fri, sat atau sun.' });
    }
  }
  for (const day of WEEKDAY_KEYS) {
    if (raw[day] === undefined) continue;
    const v = readInt(raw[day], `dailyTargetMinutes.${day}`, `Target menit hari ${DAY_LABEL[day]}`, 0, MINUTES_PER_DAY, issues);
    if (v !== undefined) targets[day] = v;
  }
  return targets;
}

/**
 * Merges stored (possibly partial) settings over the defaults and validates the result.
 * null/undefined means "nothing stored yet". Unknown top-level keys are ignored so that an older
 * offline client can read settings written by a newer server.
 */
export function parseJournalSettings(raw: unknown): JournalSettingsResult {
  const issues: SettingsIssue[] = [];
  if (raw === undefined || raw === null) return { ok: true, value: copyOf(DEFAULT_JOURNAL_SETTINGS) };
  if (!isPlainObject(raw)) {
    return { ok: false, issues: [{ field: '', message: 'Pengaturan jurnal harus berupa objek JSON.' }] };
  }
  const d = DEFAULT_JOURNAL_SETTINGS;
  const value: JournalSettings = {
    dailyTargetMinutes: readTargets(raw.dailyTargetMinutes, issues),
    creditMode: d.creditMode,
    reportingWindowWorkingDays: d.reportingWindowWorkingDays,
    maxMinutesPerDay: d.maxMinutesPerDay,
    offlineTimePolicy: d.offlineTimePolicy,
    maxClockSkewMinutes: d.maxClockSkewMinutes,
    autoApprovePositionKinds: [...d.autoApprovePositionKinds],
    validationWindowWorkingDays: d.validationWindowWorkingDays,
    afterValidationWindow: d.afterValidationWindow,
    photoTimeToleranceHours: d.photoTimeToleranceHours,
    rhkLink: d.rhkLink,
  };
  if (raw.creditMode !== undefined) {
    if (typeof raw.creditMode === 'string' && (CREDIT_MODES as readonly string[]).includes(raw.creditMode)) {
      value.creditMode = raw.creditMode as CreditMode;
    } else {
      issues.push({ field: 'creditMode', message: "Cara penghitungan menit harus 'standard_minutes' (norma waktu × volume) atau 'time_range' (jam selesai − jam mulai)." });
    }
  }
  if (raw.afterValidationWindow !== undefined) {
    if (typeof raw.afterValidationWindow === 'string' && (AFTER_VALIDATION_WINDOW as readonly string[]).includes(raw.afterValidationWindow)) {
      value.afterValidationWindow = raw.afterValidationWindow as AfterValidationWindow;
    } else {
      issues.push({ field: 'afterValidationWindow', message: "Tindakan setelah batas validasi harus 'leave' (dibiarkan belum divalidasi) atau 'approve' (disetujui otomatis)." });
    }
  }
  if (raw.offlineTimePolicy !== undefined) {
    if (typeof raw.offlineTimePolicy === 'string' && (OFFLINE_TIME_POLICIES as readonly string[]).includes(raw.offlineTimePolicy)) {
      value.offlineTimePolicy = raw.offlineTimePolicy as OfflineTimePolicy;
    } else {
      issues.push({ field: 'offlineTimePolicy', message: "Jam yang dipakai untuk kegiatan luring harus 'device' (jam perangkat) atau 'server' (waktu diterima server)." });
    }
  }
  if (raw.rhkLink !== undefined) {
    if (typeof raw.rhkLink === 'string' && (RHK_LINKS as readonly string[]).includes(raw.rhkLink)) {
      value.rhkLink = raw.rhkLink as RhkLink;
    } else {
      issues.push({ field: 'rhkLink', message: "Keterkaitan kegiatan dengan RHK harus 'allowed' (boleh tanpa RHK), 'warn' (diingatkan) atau 'required' (wajib)." });
    }
  }
  if (raw.autoApprovePositionKinds !== undefined) {
    const kinds = readPositionKinds(raw.autoApprovePositionKinds, issues);
    if (kinds) value.autoApprovePositionKinds = kinds;
  }
  const ints = [
    ['reportingWindowWorkingDays', 'Batas pengisian (hari kerja)', 0, REPORTING_WINDOW_MAX],
    ['maxMinutesPerDay', 'Batas maksimal menit per hari', 1, MINUTES_PER_DAY],
    ['maxClockSkewMinutes', 'Toleransi selisih jam perangkat (menit)', 0, MINUTES_PER_DAY],
    ['validationWindowWorkingDays', 'Batas validasi atasan (hari kerja)', 0, VALIDATION_WINDOW_MAX],
    ['photoTimeToleranceHours', 'Toleransi waktu foto bukti (jam)', 1, PHOTO_TOLERANCE_MAX_HOURS],
  ] as const;
  // Settings stored before the sync release named the clock tolerance skewToleranceMinutes.
  const stored = (field: string): unknown => (field === 'maxClockSkewMinutes' && raw.maxClockSkewMinutes === undefined ? raw.skewToleranceMinutes : raw[field]);
  for (const [field, label, min, max] of ints) {
    if (stored(field) === undefined) continue;
    const v = readInt(stored(field), field, label, min, max, issues);
    if (v !== undefined) value[field] = v;
  }
  // Cross-field rules, checked only on values that were individually valid.
  const targets = Object.values(value.dailyTargetMinutes);
  if (targets.every((t) => t === 0)) {
    // Without a working weekday no deadline could ever be computed.
    issues.push({ field: 'dailyTargetMinutes', message: 'Minimal satu hari dalam seminggu harus memiliki target menit lebih dari 0.' });
  }
  for (const day of WEEKDAY_KEYS) {
    if (value.dailyTargetMinutes[day] > value.maxMinutesPerDay) {
      issues.push({
        field: `dailyTargetMinutes.${day}`,
        message: `Target menit hari ${DAY_LABEL[day]} (${value.dailyTargetMinutes[day]}) melebihi batas maksimal menit per hari (${value.maxMinutesPerDay}).`,
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/** Like parseJournalSettings, but throws JournalSettingsError (with the issue list) on bad input. */
export function resolveJournalSettings(raw: unknown): JournalSettings {
  const result = parseJournalSettings(raw);
  if (!result.ok) throw new JournalSettingsError(result.issues);
  return result.value;
}

function copyOf(s: Readonly<JournalSettings>): JournalSettings {
  return { ...s, dailyTargetMinutes: { ...s.dailyTargetMinutes }, autoApprovePositionKinds: [...s.autoApprovePositionKinds] };
}
