import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './parse-csv.js';
import { cellOf } from './parse-xlsx.js';
import { parseImportFile } from './parse.js';
import { sniffFormat } from './sniff.js';
import { buildTemplate } from './template.js';
import { csvOf, xlsxOf } from './test-support.js';

const NIP = '198806152012041001';

describe('file type by content', () => {
  it('recognises XLSX by its ZIP signature and workbook part', async () => {
    expect(sniffFormat(await xlsxOf({ Unit: [['kode_opd']] }))).toEqual({ ok: true, format: 'xlsx' });
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]);
    expect(sniffFormat(zip)).toMatchObject({ ok: false, message: expect.stringMatching(/bukan buku kerja Excel/) });
  });

  it('refuses old .xls, UTF-16 text and binary data with a reason', () => {
    expect(sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toMatchObject({ ok: false, message: expect.stringMatching(/\.xls/) });
    expect(sniffFormat(Buffer.from('\ufeffnip', 'utf16le').subarray(0))).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16/) });
    expect(sniffFormat(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x9f]))).toMatchObject({ ok: false, message: expect.stringMatching(/Jenis berkas tidak dikenali/) });
    expect(sniffFormat(Buffer.from('nama\nJos\xe9\n', 'latin1'))).toMatchObject({ ok: false });
  });

  it('takes UTF-8 text as CSV', () => {
    expect(sniffFormat(Buffer.from('kode_opd,nama\nDINKES,Ñoño\n'))).toEqual({ ok: true, format: 'csv' });
  });
});

describe('CSV', () => {
  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;x",b,c')).toBe(',');
    expect(detectDelimiter('\n\nnip')).toBe(',');
  });

  it('reads a semicolon CSV with BOM, trims cells, skips empty rows but keeps row numbers', async () => {
    const text = '\ufeffKode OPD;NIP;Nama;Kode Jabatan\r\nDINKES; ' + NIP + ' ;" Budi ";STAF\r\n;;;\r\n\r\nDINKES;198806152012041002;"Ani\nSari";STAF\r\n';
    const f = await parseImportFile(Buffer.from(text), 'csv', 'pegawai.csv');
    expect(f.problems).toEqual([]);
    const s = f.sheets.Pegawai!;
    expect(f.totalRows).toBe(2);
    expect(s.rows.map((r) => [r.row, r.values.nip, r.values.nama])).toEqual([
      [2, NIP, 'Budi'],
      [5, '198806152012041002', 'Ani\nSari'],
    ]);
    expect([...s.columns]).toEqual(['kode_opd', 'nip', 'nama', 'kode_jabatan']);
  });

  it('recognises each sheet kind by its header', async () => {
    const kinds = async (header: string[]) => Object.keys((await parseImportFile(csvOf([header]), 'csv', 'x.csv')).sheets);
    expect(await kinds(['kode_opd', 'nama_opd', 'kode_unit', 'nama_unit', 'kode_unit_induk'])).toEqual(['Unit']);
    expect(await kinds(['kode_opd', 'kode_jabatan', 'nama_jabatan', 'kode_unit', 'jenis_jabatan', 'kelas_jabatan'])).toEqual(['Jabatan']);
    expect(await kinds(['kode_opd', 'nip', 'nama', 'kode_jabatan'])).toEqual(['Pegawai']);
  });

  it('reports an unknown header, missing and repeated columns', async () => {
    const unknown = await parseImportFile(csvOf([['a', 'b'], ['1', '2']]), 'csv', 'x.csv');
    expect(unknown.problems).toEqual([{ sheet: 'Berkas', row: 0, column: '', message: expect.stringMatching(/Baris judul CSV tidak dikenali/) }]);
    const missing = await parseImportFile(csvOf([['kode_opd', 'nip', 'nip', 'gelar_depan'], ['DINKES', NIP, NIP, '']]), 'csv', 'x.csv');
    expect(missing.problems).toEqual([
      { sheet: 'Pegawai', row: 1, column: 'nip', message: "Kolom 'nip' muncul lebih dari sekali di baris judul." },
      { sheet: 'Pegawai', row: 1, column: 'nama', message: "Kolom 'nama' tidak ada di baris judul." },
      { sheet: 'Pegawai', row: 1, column: 'kode_jabatan', message: "Kolom 'kode_jabatan' tidak ada di baris judul." },
    ]);
  });

  it('reports an unclosed quote', async () => {
    const f = await parseImportFile(Buffer.from('kode_opd,nip,nama,kode_jabatan\nDINKES,"123,x,y\n'), 'csv', 'x.csv');
    expect(f.problems[0]).toMatchObject({ sheet: 'Berkas', message: expect.stringMatching(/tanda kutip/) });
  });

  it('caps the number of rows', async () => {
    const rows = [['kode_opd', 'nip', 'nama', 'kode_jabatan'], ...Array.from({ length: 11 }, () => ['DINKES', NIP, 'X', 'S'])];
    const f = await parseImportFile(csvOf(rows), 'csv', 'x.csv', { maxRows: 10 });
    expect(f.sheets).toEqual({});
    expect(f.problems).toEqual([{ sheet: 'Berkas', row: 0, column: '', message: 'Berkas berisi 11 baris data, melebihi batas 10 baris per impor; bagi menjadi beberapa berkas.' }]);
    expect((await parseImportFile(csvOf(rows.slice(0, 11)), 'csv', 'x.csv', { maxRows: 10 })).problems).toEqual([]);
  });
});

describe('XLSX', () => {
  it('turns every kind of cell value into text', () => {
    expect(cellOf(null)).toEqual({ text: '' });
    expect(cellOf('III/a')).toEqual({ text: 'III/a' });
    expect(cellOf(12)).toEqual({ text: '12', numeric: true });
    expect(cellOf(198806152012041000)).toEqual({ text: '198806152012041000', numeric: true });
    expect(cellOf(9.5)).toEqual({ text: '9.5', numeric: true });
    expect(cellOf(true)).toEqual({ text: 'ya' });
    expect(cellOf(new Date('2024-01-02T00:00:00Z'))).toEqual({ text: '2024-01-02' });
    expect(cellOf({ richText: [{ text: 'Bu' }, { text: 'di' }] })).toEqual({ text: 'Budi' });
    expect(cellOf({ formula: 'A1&B1', result: 'STAF' })).toEqual({ text: 'STAF' });
    expect(cellOf({ sharedFormula: 'A1', result: new Date('2023-05-01T00:00:00Z') } as never)).toEqual({ text: '2023-05-01' });
    expect(cellOf({ formula: 'A1' } as never)).toEqual({ text: '' });
    expect(cellOf({ text: 'budi@x.go.id', hyperlink: 'mailto:budi@x.go.id' })).toEqual({ text: 'budi@x.go.id' });
    expect(cellOf({ error: '#N/A' } as never)).toEqual({ text: '', error: '#N/A' });
  });

  it('reads sheets by name (any case), ignores Petunjuk, and keeps real row numbers', async () => {
    const buf = await xlsxOf(
      {
        Petunjuk: [['apa saja']],
        ' pegawai ': [
          ['kode_opd', 'nip', 'nama', 'kode_jabatan', 'tmt_jabatan'],
          ['DINKES', NIP, { richText: [{ text: 'Bu' }, { text: 'di' }] }, { formula: '"ST"&"AF"', result: 'STAF' }, new Date('2024-01-02T00:00:00Z')],
          [],
          ['DINKES', 198806152012041002, 'Ani', 'STAF', ''],
          ['DINKES', '198806152012041003', { error: '#REF!' }, 'STAF', ''],
        ],
        UNIT: [['kode_opd', 'kode_unit', 'nama_unit']],
      },
      ['nip'],
    );
    const f = await parseImportFile(buf, 'xlsx', 'x.xlsx');
    expect(Object.keys(f.sheets).sort()).toEqual(['Pegawai', 'Unit']);
    const rows = f.sheets.Pegawai!.rows;
    expect(rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(rows[0]!.values).toMatchObject({ nip: NIP, nama: 'Budi', kode_jabatan: 'STAF', tmt_jabatan: '2024-01-02' });
    expect(f.problems).toEqual([
      { sheet: 'Pegawai', row: 4, column: 'nip', message: 'NIP tersimpan sebagai angka sehingga Excel mengubah digit terakhirnya; format kolom nip sebagai Teks lalu ketik ulang NIP.' },
      { sheet: 'Pegawai', row: 5, column: 'nama', message: 'Sel berisi galat rumus (#REF!); isi dengan nilai biasa.' },
    ]);
    expect(rows[1]!.reported.has('nip')).toBe(true);
  });

  it('recognises an unnamed sheet by its header, below title rows', async () => {
    const buf = await xlsxOf({ 'Data 2026': [['DAFTAR PEGAWAI'], ['Dinas Kesehatan'], ['kode_opd', 'nip', 'nama', 'kode_jabatan'], ['DINKES', NIP, 'Budi', 'STAF']] });
    const f = await parseImportFile(buf, 'xlsx', 'x.xlsx');
    expect(f.problems).toEqual([]);
    expect(f.sheets.Pegawai!.rows.map((r) => r.row)).toEqual([4]);
  });

  it('reports a workbook without recognisable sheets, and a named sheet without header', async () => {
    const none = await parseImportFile(await xlsxOf({ Data: [['a', 'b']] }), 'xlsx', 'x.xlsx');
    expect(none.problems).toEqual([{ sheet: 'Berkas', row: 0, column: '', message: expect.stringMatching(/Tidak ada lembar Unit, Jabatan, atau Pegawai/) }]);
    const noHeader = await parseImportFile(await xlsxOf({ Jabatan: [['apa', 'ini']] }), 'xlsx', 'x.xlsx');
    expect(noHeader.problems).toEqual([{ sheet: 'Jabatan', row: 1, column: '', message: expect.stringMatching(/^Baris judul tidak ditemukan/) }]);
    const empty = await parseImportFile(await xlsxOf({ Unit: [], Pegawai: [['kode_opd', 'nip', 'nama', 'kode_jabatan']] }), 'xlsx', 'x.xlsx');
    expect(empty.problems).toEqual([]);
  });

  it('reports a damaged workbook', async () => {
    const good = await xlsxOf({ Unit: [['kode_opd']] });
    const f = await parseImportFile(good.subarray(0, 200), 'xlsx', 'x.xlsx');
    expect(f.problems).toEqual([{ sheet: 'Berkas', row: 0, column: '', message: expect.stringMatching(/rusak/) }]);
  });

  it('builds a template that reads back with one example row per sheet', async () => {
    const buf = await buildTemplate({ code: 'DINKES', name: 'Dinas Kesehatan' });
    const f = await parseImportFile(buf, 'xlsx', 'templat.xlsx');
    expect(f.problems).toEqual([]);
    expect(Object.fromEntries(Object.entries(f.sheets).map(([k, s]) => [k, s.rows.length]))).toEqual({ Unit: 1, Jabatan: 1, Pegawai: 1 });
    expect(f.sheets.Pegawai!.rows[0]!.values.nip).toBe('198504122010031001');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'Unit', 'Jabatan', 'Pegawai']);
  });
});
