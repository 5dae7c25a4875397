import { describe, expect, it } from 'vitest';
import { parsePunchFile, PunchFileError } from './files.js';

const file = (s: string) => Buffer.from(s, 'utf8');

describe('USB exports', () => {
  it('reads a machine attlog.dat (right-aligned PIN, CRLF) and lists its bad lines', () => {
    const r = parsePunchFile(file('     1001\t2026-11-02 07:28:03\t0\t1\t0\t0\r\n     1002\t2026-11-02 25:00:00\t0\t1\t0\t0\r\n'));
    expect(r.format).toBe('dat');
    expect(r.records).toEqual([{ pin: '1001', localTime: '2026-11-02 07:28:03', status: 0, verify: 1, workCode: '0', line: 1 }]);
    expect(r.bad).toEqual([{ line: 2, text: '     1002\t2026-11-02 25:00:00\t0\t1\t0\t0', reason: expect.stringMatching(/waktu/) }]);
  });

  it('reads an Att2000 CSV: Badgenumber, CHECKTIME in dd/mm/yyyy, CHECKTYPE letters', () => {
    const r = parsePunchFile(file('USERID;Badgenumber;CHECKTIME;CHECKTYPE;VERIFYCODE;WorkCode\n3;198702252008011004;2/11/2026 7:05;I;1;\n3;198702252008011004;02/11/2026 16:31:09;O;15;\n3;198702252008011004;02/11/2026 12:00:00;X;1;\n'));
    expect(r.format).toBe('att2000');
    expect(r.records.map((x) => [x.pin, x.localTime, x.status, x.verify])).toEqual([
      ['198702252008011004', '2026-11-02 07:05:00', 0, 1],
      ['198702252008011004', '2026-11-02 16:31:09', 1, 15],
    ]);
    expect(r.bad.map((b) => [b.line, b.reason])).toEqual([[4, 'status "X" tidak dikenal']]);
  });

  it('reads the plain template with a BOM, nip for pin and no status', () => {
    const r = parsePunchFile(file('\uFEFFnip,waktu\n198702252008011004,2026-11-03 07:15\n,2026-11-03 07:16\n'));
    expect(r.format).toBe('template');
    expect(r.records).toEqual([{ pin: '198702252008011004', localTime: '2026-11-03 07:15:00', status: 0, verify: 0, workCode: '', line: 2 }]);
    expect(r.bad).toEqual([{ line: 3, text: ',2026-11-03 07:16', reason: 'PIN kosong' }]);
  });

  it('refuses what it cannot recognise, in Indonesian', () => {
    expect(() => parsePunchFile(file('nama,tanggal\nA,B\n'))).toThrow(PunchFileError);
    expect(() => parsePunchFile(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toThrow(/UTF-8/);
    expect(() => parsePunchFile(file('\n\n'))).toThrow(/kosong/);
  });
});
