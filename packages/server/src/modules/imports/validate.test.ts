import { describe, expect, it } from 'vitest';
import { ABSENT, type Actor } from './checker.js';
import type { Existing } from './existing.js';
import { ID, JABATAN_HEAD, NIP, NOW, nip, PEGAWAI_HEAD, sheet, TODAY, UNIT_HEAD, world } from './test-world.js';
import type { ParsedFile, SheetName } from './types.js';
import { validateImport } from './validate.js';

const ADMIN_A: Actor = { role: 'agency_admin', agencyCode: 'DINKES' };
const BKD: Actor = { role: 'bkd_admin', agencyCode: 'BKD' };

function run(sheets: ParsedFile['sheets'], actor: Actor = ADMIN_A, existing: Existing = world()) {
  return validateImport({ sheets, actor, existing, now: NOW });
}

const units = (...rows: string[][]) => ({ Unit: sheet('Unit', UNIT_HEAD, ...rows) });
const posts = (...rows: string[][]) => ({ Jabatan: sheet('Jabatan', JABATAN_HEAD, ...rows) });
const people = (...rows: string[][]) => ({ Pegawai: sheet('Pegawai', PEGAWAI_HEAD, ...rows) });

/** A Pegawai row with sensible defaults; `o` overrides columns by name. */
function person(o: Partial<Record<(typeof PEGAWAI_HEAD)[number], string>> = {}): string[] {
  const base: Record<string, string> = { kode_opd: 'DINKES', nip: nip(1), nama: 'Budi', golongan: 'III/a', kode_jabatan: 'STAF', tmt_jabatan: '', email: '', telepon: '', nip_atasan: '' };
  return PEGAWAI_HEAD.map((h) => o[h] ?? base[h]!);
}
function post(o: Partial<Record<(typeof JABATAN_HEAD)[number], string>> = {}): string[] {
  const base: Record<string, string> = { kode_opd: 'DINKES', kode_jabatan: 'BARU', nama_jabatan: 'Jabatan Baru', kode_unit: 'SEK', jenis_jabatan: 'pelaksana', jenjang: '', kelas_jabatan: '7', kepala_unit: 'tidak' };
  return JABATAN_HEAD.map((h) => o[h] ?? base[h]!);
}

type V = ReturnType<typeof run>;
const at = (v: V, sheetName: SheetName, row: number) => v.problems.filter((p) => p.sheet === sheetName && p.row === row);
function expectOne(v: V, sheetName: SheetName, row: number, column: string, message: string | RegExp) {
  const found = at(v, sheetName, row).filter((p) => p.column === column);
  expect(found, JSON.stringify(v.problems)).toHaveLength(1);
  if (typeof message === 'string') expect(found[0]!.message).toBe(message);
  else expect(found[0]!.message).toMatch(message);
}
const clean = (v: V) => expect(v.problems, JSON.stringify(v.problems)).toEqual([]);

describe('agency codes and who may touch them', () => {
  it('requires kode_opd', () => {
    expectOne(run(people(person({ kode_opd: '' }))), 'Pegawai', 2, 'kode_opd', 'Kode OPD wajib diisi.');
  });

  it("keeps an agency admin to their own agency's rows", () => {
    const v = run(people(person({ kode_opd: 'DISDIK' }), person({ nip: nip(2) })));
    expectOne(v, 'Pegawai', 2, 'kode_opd', 'Anda hanya boleh mengimpor data OPD Anda (DINKES).');
    expect(at(v, 'Pegawai', 3)).toEqual([]);
    expect(v.employees.map((e) => e.row)).toEqual([3]);
  });

  it('lets a BKD admin import any agency', () => {
    clean(run(people(person({ kode_opd: 'DISDIK', kode_jabatan: 'GURU' })), BKD));
  });

  it('lets only a BKD admin create an agency, and only with nama_opd', () => {
    const noName = run(units(['DISHUB', '', 'DISHUB', 'Dinas Perhubungan', '']), BKD);
    expectOne(noName, 'Unit', 2, 'kode_opd', "OPD 'DISHUB' belum ada; isi nama_opd untuk membuat OPD baru.");
    const named = run(units(['DISHUB', 'Dinas Perhubungan', 'DISHUB', 'Dinas Perhubungan', '']), BKD);
    clean(named);
    expect(named.newAgencies).toEqual([{ code: 'DISHUB', name: 'Dinas Perhubungan', row: 2 }]);
    const admin = run(units(['DISHUB', 'Dinas Perhubungan', 'DISHUB', 'Dinas Perhubungan', '']), ADMIN_A);
    expectOne(admin, 'Unit', 2, 'kode_opd', 'Anda hanya boleh mengimpor data OPD Anda (DINKES).');
    expect(admin.newAgencies).toEqual([]);
  });

  it('reports two different names for one new agency', () => {
    const v = run(units(['DISHUB', 'Dinas Perhubungan', 'DISHUB', 'Dinas Perhubungan', ''], ['DISHUB', 'Dishub', 'DISHUB-SEK', 'Sekretariat', 'DISHUB']), BKD);
    expectOne(v, 'Unit', 3, 'nama_opd', "Nama OPD untuk kode 'DISHUB' berbeda dengan baris 2 ('Dinas Perhubungan').");
  });

  it('knows agencies only from the database or the Unit sheet', () => {
    const unknown = run(posts(post({ kode_opd: 'DISHUB', kode_unit: 'DISHUB' })), BKD);
    expectOne(unknown, 'Jabatan', 2, 'kode_opd', "Kode OPD 'DISHUB' tidak ada di berkas maupun di basis data.");
    clean(run({ ...units(['DISHUB', 'Dinas Perhubungan', 'DISHUB', 'Dinas Perhubungan', '']), ...posts(post({ kode_opd: 'DISHUB', kode_unit: 'DISHUB' })) }, BKD));
  });
});

describe('Unit sheet', () => {
  it('requires a well-formed kode_unit and a nama_unit', () => {
    expectOne(run(units(['DINKES', '', '', 'Nama', 'DINKES'])), 'Unit', 2, 'kode_unit', 'Kode unit wajib diisi.');
    expectOne(run(units(['DINKES', '', 'BIDANG A', 'Nama', 'DINKES'])), 'Unit', 2, 'kode_unit', /Kode unit 'BIDANG A' tidak valid/);
    expectOne(run(units(['DINKES', '', 'BID-A', '', 'DINKES'])), 'Unit', 2, 'nama_unit', 'Nama unit wajib diisi.');
    expectOne(run(units(['DINKES', '', 'BID-A', 'x'.repeat(201), 'DINKES'])), 'Unit', 2, 'nama_unit', 'Nama unit terlalu panjang (maks. 200 karakter).');
    const ok = run(units(['DINKES', '', '1.02.01/A_b-c', '  Bidang   A ', 'DINKES']));
    clean(ok);
    expect(ok.units[0]).toMatchObject({ code: '1.02.01/A_b-c', name: 'Bidang A', parentCode: 'DINKES' });
  });

  it('reports a unit code used twice in one agency, not across agencies', () => {
    const v = run(units(['DINKES', '', 'BID-A', 'A', 'DINKES'], ['DINKES', '', 'BID-A', 'A lagi', 'DINKES']));
    expectOne(v, 'Unit', 3, 'kode_unit', "Kode unit 'BID-A' muncul dua kali (baris 2 dan 3).");
    clean(run(units(['DINKES', '', 'X', 'A', 'DINKES'], ['DISDIK', '', 'X', 'A', 'DISDIK']), BKD));
  });

  it('needs the parent in the file (anywhere) or active in the database', () => {
    expectOne(run(units(['DINKES', '', 'BID-A', 'A', 'NOPE'])), 'Unit', 2, 'kode_unit_induk', "Kode unit induk 'NOPE' tidak ada di berkas maupun di basis data.");
    expectOne(run(units(['DINKES', '', 'BID-A', 'A', 'LAMA'])), 'Unit', 2, 'kode_unit_induk', "Kode unit induk 'LAMA' tidak ada di berkas maupun di basis data.");
    // The parent of another agency does not count.
    expectOne(run(units(['DINKES', '', 'BID-A', 'A', 'DISDIK'])), 'Unit', 2, 'kode_unit_induk', /'DISDIK' tidak ada/);
    clean(run(units(['DINKES', '', 'SEKSI', 'Seksi', 'BID-A'], ['DINKES', '', 'BID-A', 'A', 'SEK'])));
  });

  it('refuses a unit that is its own parent', () => {
    expectOne(run(units(['DINKES', '', 'BID-A', 'A', 'BID-A'])), 'Unit', 2, 'kode_unit_induk', 'Unit tidak boleh menjadi induk dirinya sendiri.');
  });

  it('finds loops in the file and through stored units', () => {
    const v = run(units(['DINKES', '', 'A', 'A', 'B'], ['DINKES', '', 'B', 'B', 'C'], ['DINKES', '', 'C', 'C', 'A'], ['DINKES', '', 'D', 'D', 'A']));
    expectOne(v, 'Unit', 2, 'kode_unit_induk', "Unit 'A' membentuk lingkaran induk: A → B → C → A.");
    expectOne(v, 'Unit', 3, 'kode_unit_induk', "Unit 'B' membentuk lingkaran induk: B → C → A → B.");
    expectOne(v, 'Unit', 4, 'kode_unit_induk', /Unit 'C' membentuk lingkaran induk/);
    expect(at(v, 'Unit', 5)).toEqual([]);
    // The stored top unit DINKES moved under SEK, whose stored parent is DINKES.
    const through = run(units(['DINKES', '', 'DINKES', 'Dinas Kesehatan', 'SEK']));
    expectOne(through, 'Unit', 2, 'kode_unit_induk', "Unit 'DINKES' membentuk lingkaran induk: DINKES → SEK → DINKES.");
    clean(run(units(['DINKES', '', 'SEK', 'Sekretariat', 'DINKES'])));
  });

  it('leaves the parent alone when the file has no kode_unit_induk column', () => {
    const v = run({ Unit: sheet('Unit', ['kode_opd', 'kode_unit', 'nama_unit'], ['DINKES', 'SEK', 'Sekretariat Baru']) });
    clean(v);
    expect(v.units[0]!.parentCode).toBe(ABSENT);
  });
});

describe('Jabatan sheet', () => {
  it('requires code, name and a known unit', () => {
    expectOne(run(posts(post({ kode_jabatan: '' }))), 'Jabatan', 2, 'kode_jabatan', 'Kode jabatan wajib diisi.');
    expectOne(run(posts(post({ nama_jabatan: '' }))), 'Jabatan', 2, 'nama_jabatan', 'Nama jabatan wajib diisi.');
    expectOne(run(posts(post({ kode_unit: 'NOPE' }))), 'Jabatan', 2, 'kode_unit', "Kode unit 'NOPE' tidak ada di berkas maupun di basis data.");
    expectOne(run(posts(post({ kode_unit: 'LAMA' }))), 'Jabatan', 2, 'kode_unit', /'LAMA' tidak ada/);
    clean(run({ ...units(['DINKES', '', 'BID-A', 'A', 'DINKES']), ...posts(post({ kode_unit: 'BID-A' })) }));
    clean(run(posts(post())));
  });

  it('knows the position kinds and their spreadsheet spellings', () => {
    const v = run(posts(post({ jenis_jabatan: 'kepala' })));
    expectOne(v, 'Jabatan', 2, 'jenis_jabatan', /^Jenis jabatan 'kepala' tidak dikenal; gunakan salah satu: jpt_utama, jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, fungsional/);
    expectOne(run(posts(post({ jenis_jabatan: '' }))), 'Jabatan', 2, 'jenis_jabatan', 'Jenis jabatan wajib diisi.');
    const ok = run(posts(post({ jenis_jabatan: 'Eselon IV' }), post({ kode_jabatan: 'B2', jenis_jabatan: 'JPT Pratama' })));
    clean(ok);
    expect(ok.positions.map((p) => p.kind)).toEqual(['pengawas', 'jpt_pratama']);
  });

  it('asks jenjang of jabatan fungsional only', () => {
    expectOne(run(posts(post({ jenis_jabatan: 'fungsional' }))), 'Jabatan', 2, 'jenjang', 'Jabatan fungsional wajib mengisi jenjang.');
    expectOne(run(posts(post({ jenis_jabatan: 'pelaksana', jenjang: 'ahli_muda' }))), 'Jabatan', 2, 'jenjang', /hanya diisi untuk jabatan fungsional/);
    expectOne(run(posts(post({ jenis_jabatan: 'fungsional', jenjang: 'senior' }))), 'Jabatan', 2, 'jenjang', /^Jenjang 'senior' tidak dikenal; gunakan salah satu: pemula, terampil/);
    const ok = run(posts(post({ jenis_jabatan: 'JFT', jenjang: 'Ahli Muda' })));
    clean(ok);
    expect(ok.positions[0]).toMatchObject({ kind: 'fungsional', jfLevel: 'ahli_muda' });
  });

  it('takes kelas jabatan 1–17 only', () => {
    for (const bad of ['0', '18', 'sembilan', '9.5', '']) expectOne(run(posts(post({ kelas_jabatan: bad }))), 'Jabatan', 2, 'kelas_jabatan', 'Kelas jabatan harus 1–17.');
    for (const good of ['1', '17', '09']) clean(run(posts(post({ kelas_jabatan: good }))));
  });

  it("reads kepala_unit as 'ya'/'tidak'", () => {
    expectOne(run(posts(post({ kepala_unit: 'mungkin' }))), 'Jabatan', 2, 'kepala_unit', /^Kepala unit harus diisi 'ya' atau 'tidak'/);
    const v = run(posts(post({ kepala_unit: '' }), post({ kode_jabatan: 'B2', kepala_unit: 'Tidak' })));
    clean(v);
    expect(v.positions.map((p) => p.isUnitHead)).toEqual([false, false]);
  });

  it('reports a position code used twice', () => {
    expectOne(run(posts(post(), post())), 'Jabatan', 3, 'kode_jabatan', "Kode jabatan 'BARU' muncul dua kali (baris 2 dan 3).");
  });

  it('allows one head post per unit, counting stored ones', () => {
    const stored = run(posts(post({ kepala_unit: 'ya' })));
    expectOne(stored, 'Jabatan', 2, 'kepala_unit', "Unit 'SEK' sudah punya kepala unit (jabatan SEKRETARIS).");
    const inFile = run({ ...units(['DINKES', '', 'BID-A', 'A', 'DINKES']), ...posts(post({ kode_unit: 'BID-A', kepala_unit: 'ya' }), post({ kode_jabatan: 'B2', kode_unit: 'BID-A', kepala_unit: 'ya' })) });
    expectOne(inFile, 'Jabatan', 3, 'kepala_unit', "Unit 'BID-A' sudah punya kepala unit (jabatan BARU).");
    expect(at(inFile, 'Jabatan', 2)).toEqual([]);
    // Handing the head post over in the same file is fine, and so is moving the old head elsewhere.
    clean(run(posts(post({ kepala_unit: 'ya' }), post({ kode_jabatan: 'SEKRETARIS', nama_jabatan: 'Sekretaris', kepala_unit: 'tidak' }))));
    clean(run({ ...units(['DINKES', '', 'BID-A', 'A', 'DINKES']), ...posts(post({ kepala_unit: 'ya' }), post({ kode_jabatan: 'SEKRETARIS', kode_unit: 'BID-A', kepala_unit: 'ya' })) }));
  });

  it('keeps a stored head flag when the file has no kepala_unit column', () => {
    const head = JABATAN_HEAD.filter((h) => h !== 'kepala_unit');
    const v = run({ Jabatan: sheet('Jabatan', head, ['DINKES', 'SEKRETARIS', 'Sekretaris', 'SEK', 'administrator', '', '12']) });
    clean(v);
    expect(v.positions[0]!.isUnitHead).toBe(ABSENT);
  });
});

describe('Pegawai sheet', () => {
  it('checks the NIP with everything it encodes', () => {
    const cases: [string, string | RegExp][] = [
      ['', 'NIP wajib diisi.'],
      ['19880615201204100', 'NIP harus terdiri dari 18 angka.'],
      ['1.98806152012041E+17', /format kolom NIP sebagai Teks/],
      ['198813152012041001', 'Tanggal lahir dalam NIP (digit 1–8) tidak valid.'],
      ['198806152012131001', /Bulan TMT dalam NIP/],
      ['198806152030041001', /Tahun TMT dalam NIP .* masa depan/],
      ['198806152012043001', 'Digit jenis kelamin dalam NIP (digit 15) harus 1 atau 2.'],
      ['198806152012041000', 'Nomor urut dalam NIP (digit 16–18) tidak boleh 000.'],
      ['198806151995041001', /Usia saat pengangkatan/],
    ];
    for (const [value, message] of cases) expectOne(run(people(person({ nip: value }))), 'Pegawai', 2, 'nip', message);
    const ok = run(people(person({ nip: `${nip(7).slice(0, 8)} ${nip(7).slice(8, 14)} ${nip(7).slice(14, 15)} ${nip(7).slice(15)}` }), person({ nip: nip(8, { pppk: true, sex: 'P' }), golongan: 'IX' })));
    clean(ok);
    expect(ok.employees.map((e) => [e.nip.nip, e.nip.kind, e.nip.sex, e.nip.birthDate])).toEqual([
      [nip(7), 'pns', 'L', '1988-06-15'],
      [nip(8, { pppk: true, sex: 'P' }), 'pppk', 'P', '1988-06-15'],
    ]);
  });

  it('does not report a NIP twice when reading already found it wrong', () => {
    const s = people(person({ nip: '198806152012041000' }));
    s.Pegawai.rows[0]!.reported.add('nip');
    const v = run(s);
    expect(v.problems).toEqual([]);
    expect(v.employees).toEqual([]);
  });

  it('reports a NIP used twice, naming both rows', () => {
    const v = run(people(person(), person({ nama: 'Lagi' })));
    expectOne(v, 'Pegawai', 3, 'nip', `NIP ${nip(1)} muncul dua kali (baris 2 dan 3).`);
  });

  it('requires a name', () => {
    expectOne(run(people(person({ nama: '' }))), 'Pegawai', 2, 'nama', 'Nama wajib diisi.');
  });

  it('reads golongan for PNS and PPPK by the NIP', () => {
    expectOne(run(people(person({ golongan: 'V/z' }))), 'Pegawai', 2, 'golongan', "Golongan 'V/z' tidak dikenal untuk PNS; gunakan bentuk seperti III/a (I/a … IV/e).");
    expectOne(run(people(person({ nip: nip(3, { pppk: true }), golongan: 'III/a' }))), 'Pegawai', 2, 'golongan', /tidak dikenal untuk PPPK/);
    const ok = run(people(person({ golongan: '3a' }), person({ nip: nip(2), golongan: '' })));
    clean(ok);
    expect(ok.employees.map((e) => e.rankCode)).toEqual(['III/a', null]);
  });

  it('needs a post in the file or active in the database of the same agency', () => {
    expectOne(run(people(person({ kode_jabatan: '' }))), 'Pegawai', 2, 'kode_jabatan', 'Kode jabatan wajib diisi.');
    expectOne(run(people(person({ kode_jabatan: 'NOPE' }))), 'Pegawai', 2, 'kode_jabatan', "Kode jabatan 'NOPE' tidak ada di berkas maupun di basis data OPD DINKES.");
    expectOne(run(people(person({ kode_jabatan: 'LAMA' }))), 'Pegawai', 2, 'kode_jabatan', /'LAMA' tidak ada/);
    expectOne(run(people(person({ kode_jabatan: 'GURU' }))), 'Pegawai', 2, 'kode_jabatan', /'GURU' tidak ada/);
    clean(run({ ...posts(post()), ...people(person({ kode_jabatan: 'BARU' })) }));
    // Listing a retired post in the Jabatan sheet brings it back.
    clean(run({ ...posts(post({ kode_jabatan: 'LAMA' })), ...people(person({ kode_jabatan: 'LAMA' })) }));
  });

  it('reads tmt_jabatan as yyyy-mm-dd, not before the birth date', () => {
    expectOne(run(people(person({ tmt_jabatan: '02/01/2024' }))), 'Pegawai', 2, 'tmt_jabatan', "Tanggal TMT jabatan harus berformat yyyy-mm-dd (mis. 2024-01-02), bukan '02/01/2024'.");
    expectOne(run(people(person({ tmt_jabatan: '2024-02-30' }))), 'Pegawai', 2, 'tmt_jabatan', /harus berformat yyyy-mm-dd/);
    expectOne(run(people(person({ tmt_jabatan: '9999-12-31' }))), 'Pegawai', 2, 'tmt_jabatan', "Tanggal TMT jabatan harus antara 1900-01-01 dan 2200-12-31, bukan '9999-12-31'.");
    expectOne(run(people(person({ tmt_jabatan: '1980-01-01' }))), 'Pegawai', 2, 'tmt_jabatan', 'TMT jabatan (1980-01-01) tidak mungkin sebelum tanggal lahir menurut NIP (1988-06-15).');
    const ok = run(people(person({ tmt_jabatan: '2024-01-02' })));
    clean(ok);
    expect(ok.employees[0]!.tmt).toBe('2024-01-02');
  });

  it('checks email and phone shapes', () => {
    expectOne(run(people(person({ email: 'budi@' }))), 'Pegawai', 2, 'email', "Alamat email 'budi@' tidak valid.");
    expectOne(run(people(person({ telepon: 'nomor saya' }))), 'Pegawai', 2, 'telepon', /Nomor telepon 'nomor saya' tidak valid/);
    const ok = run(people(person({ email: 'Budi@Dinkes.go.id', telepon: '+62 812-3456-7890' })));
    clean(ok);
    expect(ok.employees[0]).toMatchObject({ email: 'budi@dinkes.go.id', phone: '+6281234567890' });
  });

  it('takes nip_atasan only for someone of the same agency after the import', () => {
    expectOne(run(people(person({ nip_atasan: '123' }))), 'Pegawai', 2, 'nip_atasan', 'NIP atasan harus terdiri dari 18 angka.');
    expectOne(run(people(person({ nip_atasan: nip(1) }))), 'Pegawai', 2, 'nip_atasan', 'Pegawai tidak dapat menjadi atasan dirinya sendiri.');
    expectOne(run(people(person({ nip_atasan: nip(55) }))), 'Pegawai', 2, 'nip_atasan', `Atasan dengan NIP ${nip(55)} tidak ditemukan di berkas maupun di basis data.`);
    expectOne(run(people(person({ nip_atasan: NIP.guru }))), 'Pegawai', 2, 'nip_atasan', `Atasan dengan NIP ${NIP.guru} terdaftar di OPD lain (DISDIK); atasan khusus harus dari OPD yang sama.`);
    // The stored Kadis moves to DISDIK in this very file, so cannot supervise in DINKES.
    const moving = run(people(person({ nip_atasan: NIP.kadis }), person({ kode_opd: 'DISDIK', nip: NIP.kadis, kode_jabatan: 'GURU', tmt_jabatan: '2026-01-01' })), BKD);
    expectOne(moving, 'Pegawai', 2, 'nip_atasan', /terdaftar di OPD lain \(DISDIK\)/);
    clean(run(people(person({ nip_atasan: NIP.kadis }))));
    clean(run(people(person({ nip_atasan: nip(2) }), person({ nip: nip(2) }))));
  });

  it('checks optional jenis_kelamin and tanggal_lahir against the NIP', () => {
    const head = [...PEGAWAI_HEAD, 'jenis_kelamin', 'tanggal_lahir'];
    const row = (sex: string, birth: string) => ({ Pegawai: sheet('Pegawai', head, [...person(), sex, birth]) });
    expectOne(run(row('P', '')), 'Pegawai', 2, 'jenis_kelamin', "Jenis kelamin 'P' tidak sesuai dengan NIP (digit 15 menunjukkan laki-laki).");
    expectOne(run(row('X', '')), 'Pegawai', 2, 'jenis_kelamin', "Jenis kelamin harus L atau P (bukan 'X').");
    expectOne(run(row('', '1988-06-16')), 'Pegawai', 2, 'tanggal_lahir', 'Tanggal lahir 1988-06-16 tidak sesuai dengan NIP (1988-06-15).');
    expectOne(run(row('', '15-06-1988')), 'Pegawai', 2, 'tanggal_lahir', /harus berformat yyyy-mm-dd/);
    clean(run(row('Laki-laki', '1988-06-15')));
  });

  it('gives a head post to one person only', () => {
    const v = run(people(person({ kode_jabatan: 'SEKRETARIS' }), person({ nip: nip(2), kode_jabatan: 'SEKRETARIS' }), person({ nip: nip(3), kode_jabatan: 'STAF' }), person({ nip: nip(4), kode_jabatan: 'STAF' })));
    expectOne(v, 'Pegawai', 3, 'kode_jabatan', "Jabatan kepala unit 'SEKRETARIS' sudah diisi pegawai di baris 2; satu jabatan kepala unit hanya untuk satu pegawai definitif.");
    expect(v.problems).toHaveLength(1);
  });

  it('leaves transfers between agencies to a BKD admin', () => {
    const row = person({ nip: NIP.guru, kode_jabatan: 'STAF', tmt_jabatan: '2026-12-01' });
    expectOne(run(people(row)), 'Pegawai', 2, 'nip', 'Pegawai dengan NIP ini masih aktif di OPD lain (DISDIK); pemindahan antar-OPD dilakukan oleh Admin BKD.');
    const bkd = run(people(row), BKD);
    clean(bkd);
    expect(bkd.employees[0]!.leaving.map((e) => e.id)).toEqual([ID.eGuru]);
    expect(bkd.employees[0]!.target).toBeUndefined();
  });

  it('starts a new post after the current one began', () => {
    expectOne(run(people(person({ nip: NIP.kadis, kode_jabatan: 'STAF', tmt_jabatan: '2020-01-01' }))), 'Pegawai', 2, 'tmt_jabatan', 'TMT jabatan (2020-01-01) harus sesudah TMT jabatan sebelumnya (2020-01-01).');
    clean(run(people(person({ nip: NIP.kadis, kode_jabatan: 'STAF', tmt_jabatan: '2020-01-02' }))));
    // The staff member's post began today: without a TMT the change would end it yesterday.
    expectOne(run(people(person({ nip: NIP.staf, kode_jabatan: 'SEKRETARIS' }))), 'Pegawai', 2, 'tmt_jabatan', `Jabatan sebelumnya baru dimulai ${TODAY}; isi tmt_jabatan dengan tanggal sesudahnya.`);
    // Same post, earlier TMT: a correction of the start, not a change of post.
    clean(run(people(person({ nip: NIP.staf, kode_jabatan: 'STAF', tmt_jabatan: '2019-01-01' }))));
    // A transfer ends the post in the old agency.
    expectOne(run(people(person({ nip: NIP.guru, kode_jabatan: 'STAF', tmt_jabatan: '2019-06-01' })), BKD), 'Pegawai', 2, 'tmt_jabatan', /sesudah TMT jabatan sebelumnya \(2019-07-01\)/);
  });

  it('leaves optional columns the file lacks alone', () => {
    const v = run({ Pegawai: sheet('Pegawai', ['kode_opd', 'nip', 'nama', 'kode_jabatan'], ['DINKES', NIP.kadis, 'Kadis', 'KADIS']) });
    clean(v);
    expect(v.employees[0]).toMatchObject({ rankCode: ABSENT, email: ABSENT, phone: ABSENT, supervisorNip: ABSENT, frontTitle: ABSENT, tmt: null });
  });
});

describe('problem list', () => {
  it('lists problems by sheet order, then row', () => {
    const v = run({ ...people(person({ nama: '' })), ...posts(post({ kelas_jabatan: '99' }), post({ kode_jabatan: 'B2', nama_jabatan: '' })), ...units(['DINKES', '', '', 'x', '']) });
    expect(v.problems.map((p) => `${p.sheet}:${p.row}:${p.column}`)).toEqual(['Unit:2:kode_unit', 'Jabatan:2:kelas_jabatan', 'Jabatan:3:nama_jabatan', 'Pegawai:2:nama']);
  });

  it('reports every problem of a row, not only the first', () => {
    const v = run(people(person({ nama: '', golongan: 'Z', email: 'x', kode_jabatan: 'NOPE' })));
    expect(at(v, 'Pegawai', 2).map((p) => p.column).sort()).toEqual(['email', 'golongan', 'kode_jabatan', 'nama']);
  });
});
