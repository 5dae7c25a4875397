import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commandsText,
  enrolCommand,
  handshakeText,
  instantOf,
  machineName,
  normaliseLocalTime,
  parseAttlog,
  parseCommandResults,
  removeCommand,
  validStamp,
} from './protocol.js';

describe('ATTLOG lines', () => {
  it('reads the published form: PIN, local time, status, verify, workcode, reserved (tab-separated)', () => {
    const body = '1001\t2024-01-01 08:00:00\t0\t1\t0\t0\n1002\t2024-01-01 08:01:30\t1\t15\t\t0\r\n\n';
    expect(parseAttlog(body)).toEqual({
      records: [
        { pin: '1001', localTime: '2024-01-01 08:00:00', status: 0, verify: 1, workCode: '0' },
        { pin: '1002', localTime: '2024-01-01 08:01:30', status: 1, verify: 15, workCode: '' },
      ],
      bad: [],
    });
  });

  it('takes old firmware lines with only PIN and time, and a right-aligned PIN (USB .dat)', () => {
    expect(parseAttlog('        7\t2024-02-29 07:00').records).toEqual([{ pin: '7', localTime: '2024-02-29 07:00:00', status: 0, verify: 0, workCode: '' }]);
  });

  it('lists every unreadable line with its number and reason', () => {
    const { records, bad } = parseAttlog('x\t2024-01-01 08:00:00\n\t2024-01-01 08:00:00\n1\t2023-02-29 08:00:00\n1\t1999-12-31 23:00:00\n1\t2024-01-01 08:00:00\tIN\n1\n');
    expect(records).toEqual([]);
    expect(bad.map((b) => b.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bad[0]!.reason).toMatch(/PIN/);
    expect(bad[2]!.reason).toMatch(/waktu/);
  });

  it('normalises any valid calendar time and refuses every impossible one', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const text = d.toISOString().slice(0, 19).replace('T', ' ');
        expect(normaliseLocalTime(text)).toBe(text);
      }),
    );
    for (const bad of ['2024-04-31 08:00:00', '2024-01-01 24:00:00', '2024-01-01 08:60:00', '2024-1-01 08:00:00', '2024-01-01T08:00:00']) expect(normaliseLocalTime(bad)).toBeNull();
  });
});

describe('time zones', () => {
  it('reads the machine clock as WIB (+7), WITA (+8) or WIT (+9)', () => {
    expect(instantOf('2026-11-23 07:30:00', 'WIB').toISOString()).toBe('2026-11-23T00:30:00.000Z');
    expect(instantOf('2026-11-23 07:30:00', 'WITA').toISOString()).toBe('2026-11-22T23:30:00.000Z');
    expect(instantOf('2026-01-01 06:00:00', 'WIT').toISOString()).toBe('2025-12-31T21:00:00.000Z');
  });
});

describe('the handshake', () => {
  it('answers push firmware with ATTLOGStamp/OPERLOGStamp, each line ending in \\n', () => {
    expect(handshakeText({ serialNumber: 'CEZU202360241', attlogStamp: '9999', operlogStamp: '12', zone: 'WITA', pushVersion: '2.4.0' })).toBe(
      'GET OPTION FROM: CEZU202360241\nATTLOGStamp=9999\nOPERLOGStamp=12\nATTPHOTOStamp=0\nErrorDelay=30\nDelay=10\nTransTimes=00:00;14:05\nTransInterval=1\nTransFlag=TransData AttLog\tOpLog\nTimeZone=8\nRealtime=1\nEncrypt=0\n',
    );
  });
  it('answers older firmware with Stamp/OpStamp/PhotoStamp', () => {
    expect(handshakeText({ serialNumber: 'A1', attlogStamp: '0', operlogStamp: '0', zone: 'WIT', pushVersion: null })).toMatch(/^GET OPTION FROM: A1\nStamp=0\nOpStamp=0\nPhotoStamp=0\n[^]*TimeZone=9\n/);
  });
  it('keeps only numeric stamps', () => {
    expect(validStamp('123')).toBe('123');
    expect(validStamp('1;drop')).toBeNull();
    expect(validStamp(undefined)).toBeNull();
  });
});

describe('commands', () => {
  it('writes C:<id>:<command> lines, or OK', () => {
    expect(commandsText([])).toBe('OK');
    expect(commandsText([{ id: 1, command: 'DATA DELETE USERINFO PIN=5' }, { id: 2, command: 'DATA DELETE USERINFO PIN=6' }])).toBe('C:1:DATA DELETE USERINFO PIN=5\nC:2:DATA DELETE USERINFO PIN=6\n');
  });

  it('builds only DATA UPDATE/DELETE USERINFO, with a name that cannot smuggle a field or a command', () => {
    expect(enrolCommand('198702252008011004', 'Engkus Suherman, A.Md.')).toBe('DATA UPDATE USERINFO PIN=198702252008011004\tName=Engkus Suherman, A.Md.\tPrivilege=0');
    expect(enrolCommand('5', 'A\tPrivilege=14\nC:9:Shell reboot')).toBe('DATA UPDATE USERINFO PIN=5\tName=A Privilege=14 C:9:Shell\tPrivilege=0');
    expect(removeCommand('5')).toBe('DATA DELETE USERINFO PIN=5');
    expect(() => enrolCommand('5\tPrivilege=14', 'x')).toThrow();
    expect(() => removeCommand('5\nC:1:Shell ls')).toThrow();
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const n = machineName(name);
        expect(n.length).toBeLessThanOrEqual(24);
        expect(n).not.toMatch(/[\t\r\n]/);
      }),
    );
  });

  it('reads results one per line (batched) and in the multi-line form', () => {
    expect(parseCommandResults('ID=1&Return=0&CMD=DATA\nID=2&Return=-1002&CMD=DATA\n')).toEqual([
      { id: 1, returnCode: 0, cmd: 'DATA', rest: '' },
      { id: 2, returnCode: -1002, cmd: 'DATA', rest: '' },
    ]);
    expect(parseCommandResults('ID=32\nReturn=0\nCMD=INFO\nContent=Tue Mar 24 16:12:26 GMT 2026\n')).toEqual([{ id: 32, returnCode: 0, cmd: 'INFO', rest: 'Content=Tue Mar 24 16:12:26 GMT 2026' }]);
    expect(parseCommandResults('ID=x&Return=0\nReturn=0\n')).toEqual([]);
  });
});
