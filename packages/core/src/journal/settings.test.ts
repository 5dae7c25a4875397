import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JOURNAL_SETTINGS,
  JournalSettingsError,
  parseJournalSettings,
  resolveJournalSettings,
  type JournalSettings,
  type SettingsIssue,
} from './settings.js';
import { POSITION_KINDS } from '../org/positions.js';
import { arbTargets } from './test-support.js';

function issuesOf(raw: unknown): SettingsIssue[] {
  const r = parseJournalSettings(raw);
  if (r.ok) throw new Error(`expected issues for ${JSON.stringify(raw)}`);
  return r.issues;
}

function fieldsOf(raw: unknown): string[] {
  return issuesOf(raw).map((i) => i.field);
}

describe('defaults', () => {
  it('are 510 minutes Monday to Friday, standard minutes, 3 working days, 24 h cap, device clock within 15 min; JPT approved automatically, 5 days to validate', () => {
    expect(DEFAULT_JOURNAL_SETTINGS).toEqual({
      dailyTargetMinutes: { mon: 510, tue: 510, wed: 510, thu: 510, fri: 510, sat: 0, sun: 0 },
      creditMode: 'standard_minutes',
      reportingWindowWorkingDays: 3,
      maxMinutesPerDay: 1440,
      offlineTimePolicy: 'device',
      maxClockSkewMinutes: 15,
      autoApprovePositionKinds: ['jpt_utama', 'jpt_madya', 'jpt_pratama'],
      validationWindowWorkingDays: 5,
      afterValidationWindow: 'leave',
      photoTimeToleranceHours: 36,
      rhkLink: 'allowed',
    });
  });

  it('are frozen, and resolved settings are copies that can be changed safely', () => {
    expect(Object.isFrozen(DEFAULT_JOURNAL_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_JOURNAL_SETTINGS.dailyTargetMinutes)).toBe(true);
    expect(Object.isFrozen(DEFAULT_JOURNAL_SETTINGS.autoApprovePositionKinds)).toBe(true);
    const s = resolveJournalSettings(undefined);
    s.dailyTargetMinutes.fri = 540;
    s.autoApprovePositionKinds.push('pelaksana');
    expect(DEFAULT_JOURNAL_SETTINGS.dailyTargetMinutes.fri).toBe(510);
    expect(DEFAULT_JOURNAL_SETTINGS.autoApprovePositionKinds).toHaveLength(3);
    const t = resolveJournalSettings({});
    t.autoApprovePositionKinds.pop();
    expect(DEFAULT_JOURNAL_SETTINGS.autoApprovePositionKinds).toHaveLength(3);
  });

  it.each([undefined, null, {}])('apply in full when nothing is stored (%j)', (raw) => {
    expect(resolveJournalSettings(raw)).toEqual(DEFAULT_JOURNAL_SETTINGS);
  });
});

describe('merging stored values', () => {
  it('keeps the stored value and fills the rest, per weekday too', () => {
    const s = resolveJournalSettings({ dailyTargetMinutes: { fri: 540 }, reportingWindowWorkingDays: 7 });
    expect(s.dailyTargetMinutes).toEqual({ mon: 510, tue: 510, wed: 510, thu: 510, fri: 540, sat: 0, sun: 0 });
    expect(s.reportingWindowWorkingDays).toBe(7);
    expect(s.creditMode).toBe('standard_minutes');
  });

  it('accepts every field set explicitly', () => {
    const all: JournalSettings = {
      dailyTargetMinutes: { mon: 450, tue: 450, wed: 450, thu: 450, fri: 450, sat: 300, sun: 0 },
      creditMode: 'time_range',
      reportingWindowWorkingDays: 0,
      maxMinutesPerDay: 720,
      offlineTimePolicy: 'server',
      maxClockSkewMinutes: 0,
      autoApprovePositionKinds: ['jpt_pratama', 'administrator'],
      validationWindowWorkingDays: 0,
      afterValidationWindow: 'approve',
      photoTimeToleranceHours: 1,
      rhkLink: 'required',
    };
    expect(resolveJournalSettings(all)).toEqual(all);
  });

  it('keeps auto-approved position kinds once each, in the canonical order; an empty list validates everyone', () => {
    expect(resolveJournalSettings({ autoApprovePositionKinds: ['pengawas', 'jpt_madya', 'pengawas'] }).autoApprovePositionKinds).toEqual(['jpt_madya', 'pengawas']);
    expect(resolveJournalSettings({ autoApprovePositionKinds: [] }).autoApprovePositionKinds).toEqual([]);
  });

  it('accepts the validation bounds: window 0 and 30, photo tolerance 1 and 720 hours', () => {
    expect(resolveJournalSettings({ validationWindowWorkingDays: 30 }).validationWindowWorkingDays).toBe(30);
    expect(resolveJournalSettings({ photoTimeToleranceHours: 720 }).photoTimeToleranceHours).toBe(720);
  });

  it('accepts the bounds: window 0 and 30, target 0 and 1440, cap 1 with small targets', () => {
    expect(resolveJournalSettings({ reportingWindowWorkingDays: 0 }).reportingWindowWorkingDays).toBe(0);
    expect(resolveJournalSettings({ reportingWindowWorkingDays: 30 }).reportingWindowWorkingDays).toBe(30);
    expect(resolveJournalSettings({ dailyTargetMinutes: { mon: 1440 } }).dailyTargetMinutes.mon).toBe(1440);
    expect(resolveJournalSettings({ dailyTargetMinutes: { mon: 0 } }).dailyTargetMinutes.mon).toBe(0);
    const tiny = { mon: 1, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 };
    expect(resolveJournalSettings({ dailyTargetMinutes: tiny, maxMinutesPerDay: 1 }).maxMinutesPerDay).toBe(1);
  });

  it('ignores unknown top-level keys (settings written by a newer version)', () => {
    expect(resolveJournalSettings({ futureFlag: true, reportingWindowWorkingDays: 5 }).reportingWindowWorkingDays).toBe(5);
  });
});

describe('rejecting bad values', () => {
  it.each([
    [{ dailyTargetMinutes: { mon: -1 } }, 'dailyTargetMinutes.mon', 'Target menit hari Senin harus antara 0 dan 1440.'],
    [{ dailyTargetMinutes: { fri: 1441 } }, 'dailyTargetMinutes.fri', 'Target menit hari Jumat harus antara 0 dan 1440.'],
    [{ dailyTargetMinutes: { tue: 510.5 } }, 'dailyTargetMinutes.tue', 'Target menit hari Selasa harus berupa bilangan bulat.'],
    [{ dailyTargetMinutes: { wed: '510' } }, 'dailyTargetMinutes.wed', 'Target menit hari Rabu harus berupa angka.'],
    [{ dailyTargetMinutes: { thu: null } }, 'dailyTargetMinutes.thu', 'Target menit hari Kamis harus berupa angka.'],
    [{ dailyTargetMinutes: { sat: Number.NaN } }, 'dailyTargetMinutes.sat', 'Target menit hari Sabtu harus berupa angka.'],
    [{ dailyTargetMinutes: { sun: Number.POSITIVE_INFINITY } }, 'dailyTargetMinutes.sun', 'Target menit hari Minggu harus berupa angka.'],
    [{ dailyTargetMinutes: { monday: 510 } }, 'dailyTargetMinutes.monday', 'Hari tidak dikenal; gunakan mon, tue, wed, thu, fri, sat atau sun.'],
    [{ dailyTargetMinutes: [510, 510] }, 'dailyTargetMinutes', 'Target menit harian harus berupa daftar per hari (mon … sun).'],
    [{ dailyTargetMinutes: 510 }, 'dailyTargetMinutes', 'Target menit harian harus berupa daftar per hari (mon … sun).'],
    [{ creditMode: 'volume' }, 'creditMode', "Cara penghitungan menit harus 'standard_minutes' (norma waktu × volume) atau 'time_range' (jam selesai − jam mulai)."],
    [{ creditMode: 1 }, 'creditMode', "Cara penghitungan menit harus 'standard_minutes' (norma waktu × volume) atau 'time_range' (jam selesai − jam mulai)."],
    [{ reportingWindowWorkingDays: -1 }, 'reportingWindowWorkingDays', 'Batas pengisian (hari kerja) harus antara 0 dan 30.'],
    [{ reportingWindowWorkingDays: 31 }, 'reportingWindowWorkingDays', 'Batas pengisian (hari kerja) harus antara 0 dan 30.'],
    [{ reportingWindowWorkingDays: 2.5 }, 'reportingWindowWorkingDays', 'Batas pengisian (hari kerja) harus berupa bilangan bulat.'],
    [{ reportingWindowWorkingDays: '3' }, 'reportingWindowWorkingDays', 'Batas pengisian (hari kerja) harus berupa angka.'],
    [{ maxMinutesPerDay: 1441 }, 'maxMinutesPerDay', 'Batas maksimal menit per hari harus antara 1 dan 1440.'],
    [{ maxClockSkewMinutes: -5 }, 'maxClockSkewMinutes', 'Toleransi selisih jam perangkat (menit) harus antara 0 dan 1440.'],
    [{ validationWindowWorkingDays: 31 }, 'validationWindowWorkingDays', 'Batas validasi atasan (hari kerja) harus antara 0 dan 30.'],
    [{ validationWindowWorkingDays: '5' }, 'validationWindowWorkingDays', 'Batas validasi atasan (hari kerja) harus berupa angka.'],
    [{ photoTimeToleranceHours: 0 }, 'photoTimeToleranceHours', 'Toleransi waktu foto bukti (jam) harus antara 1 dan 720.'],
    [{ rhkLink: 'wajib' }, 'rhkLink', "Keterkaitan kegiatan dengan RHK harus 'allowed' (boleh tanpa RHK), 'warn' (diingatkan) atau 'required' (wajib)."],
    [{ afterValidationWindow: 'reject' }, 'afterValidationWindow', "Tindakan setelah batas validasi harus 'leave' (dibiarkan belum divalidasi) atau 'approve' (disetujui otomatis)."],
    [{ autoApprovePositionKinds: 'jpt_pratama' }, 'autoApprovePositionKinds', 'Jenis jabatan yang disetujui otomatis harus berupa daftar.'],
    [
      { autoApprovePositionKinds: ['jpt_pratama', 'eselon_2', 3] },
      'autoApprovePositionKinds',
      'Jenis jabatan tidak dikenal: "eselon_2", 3. Gunakan jpt_utama, jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, fungsional.',
    ],
  ])('%j → %s', (raw, field, message) => {
    expect(issuesOf(raw)).toEqual([{ field, message }]);
  });

  it('refuses a week without any working day', () => {
    const none = { mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 };
    expect(issuesOf({ dailyTargetMinutes: none })).toEqual([
      { field: 'dailyTargetMinutes', message: 'Minimal satu hari dalam seminggu harus memiliki target menit lebih dari 0.' },
    ]);
  });

  it('refuses a daily target above the daily cap, naming the day', () => {
    expect(issuesOf({ maxMinutesPerDay: 480 })).toEqual(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => ({
        field: `dailyTargetMinutes.${d}`,
        message: expect.stringContaining('melebihi batas maksimal menit per hari (480)'),
      })),
    );
    expect(issuesOf({ maxMinutesPerDay: 0 }).map((i) => i.field)).toEqual(['maxMinutesPerDay']);
  });

  it.each([[[]], ['510'], [42], [true]])('refuses a non-object (%j)', (raw) => {
    expect(issuesOf(raw)).toEqual([{ field: '', message: 'Pengaturan jurnal harus berupa objek JSON.' }]);
  });

  it('reports every problem at once', () => {
    expect(fieldsOf({ dailyTargetMinutes: { mon: -1, xyz: 1 }, creditMode: 'x', reportingWindowWorkingDays: 99, maxClockSkewMinutes: 0.5 })).toEqual([
      'dailyTargetMinutes.xyz',
      'dailyTargetMinutes.mon',
      'creditMode',
      'reportingWindowWorkingDays',
      'maxClockSkewMinutes',
    ]);
  });

  it('resolveJournalSettings throws JournalSettingsError carrying the issue list', () => {
    try {
      resolveJournalSettings({ reportingWindowWorkingDays: -1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JournalSettingsError);
      const err = e as JournalSettingsError;
      expect(err.issues).toEqual([{ field: 'reportingWindowWorkingDays', message: 'Batas pengisian (hari kerja) harus antara 0 dan 30.' }]);
      expect(err.message).toContain('reportingWindowWorkingDays');
    }
  });

  it('is not fooled by "__proto__" or "constructor" keys from JSON', () => {
    const raw: unknown = JSON.parse('{"__proto__": {"reportingWindowWorkingDays": 99}, "dailyTargetMinutes": {"constructor": 1}}');
    expect(fieldsOf(raw)).toEqual(['dailyTargetMinutes.constructor']);
  });
});

const SCALARS = ['creditMode', 'reportingWindowWorkingDays', 'maxMinutesPerDay', 'offlineTimePolicy', 'maxClockSkewMinutes', 'validationWindowWorkingDays', 'afterValidationWindow', 'photoTimeToleranceHours', 'rhkLink'] as const;

describe('properties', () => {
  const arbValid: fc.Arbitrary<JournalSettings> = fc.record({
    dailyTargetMinutes: arbTargets,
    creditMode: fc.constantFrom('standard_minutes' as const, 'time_range' as const),
    reportingWindowWorkingDays: fc.integer({ min: 0, max: 30 }),
    maxMinutesPerDay: fc.integer({ min: 540, max: 1440 }),
    offlineTimePolicy: fc.constantFrom('device' as const, 'server' as const),
    maxClockSkewMinutes: fc.integer({ min: 0, max: 1440 }),
    autoApprovePositionKinds: fc.subarray([...POSITION_KINDS]),
    validationWindowWorkingDays: fc.integer({ min: 0, max: 30 }),
    afterValidationWindow: fc.constantFrom('leave' as const, 'approve' as const),
    photoTimeToleranceHours: fc.integer({ min: 1, max: 720 }),
    rhkLink: fc.constantFrom('allowed' as const, 'warn' as const, 'required' as const),
  });

  it('any valid settings survive a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(arbValid, (s) => {
        expect(resolveJournalSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
    );
  });

  it('any subset of valid fields merges over the defaults field by field', () => {
    fc.assert(
      fc.property(arbValid, fc.subarray([...SCALARS]), (s, keys) => {
        const partial = Object.fromEntries(keys.map((k) => [k, s[k]]));
        const merged = resolveJournalSettings(partial);
        for (const k of SCALARS) {
          expect(merged[k]).toBe(keys.includes(k) ? s[k] : DEFAULT_JOURNAL_SETTINGS[k]);
        }
      }),
    );
  });

  it('never throws from parseJournalSettings, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const r = parseJournalSettings(raw);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('offline sync settings', () => {
  it('default to the device clock within 15 minutes', () => {
    const s = resolveJournalSettings({});
    expect(s.offlineTimePolicy).toBe('device');
    expect(s.maxClockSkewMinutes).toBe(15);
  });

  it('accept the server clock and another tolerance', () => {
    expect(resolveJournalSettings({ offlineTimePolicy: 'server', maxClockSkewMinutes: 60 })).toMatchObject({ offlineTimePolicy: 'server', maxClockSkewMinutes: 60 });
  });

  it.each([['phone'], [''], [1], [null]])('refuse an unknown policy (%j)', (policy) => {
    expect(issuesOf({ offlineTimePolicy: policy })).toEqual([
      { field: 'offlineTimePolicy', message: "Jam yang dipakai untuk kegiatan luring harus 'device' (jam perangkat) atau 'server' (waktu diterima server)." },
    ]);
  });

  it('read the tolerance stored under its former name, skewToleranceMinutes', () => {
    expect(resolveJournalSettings({ skewToleranceMinutes: 30 }).maxClockSkewMinutes).toBe(30);
    expect(resolveJournalSettings({ skewToleranceMinutes: 30, maxClockSkewMinutes: 5 }).maxClockSkewMinutes).toBe(5);
    expect(fieldsOf({ skewToleranceMinutes: -1 })).toEqual(['maxClockSkewMinutes']);
  });
});
