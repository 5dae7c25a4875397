/**
 * The ZKTeco ADMS / "iclock" push protocol, as text in and text out (no I/O). The wire forms follow
 * the published examples: ZKTeco's PUSH SDK documents (the handshake options and the ATTLOG lines),
 * the original iclock server's option block, and the command and result forms confirmed on real
 * hardware by s0x90/zkteco-adms (`C:<id>:DATA UPDATE USERINFO …`, `ID=1&Return=0&CMD=DATA`).
 */

export const ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type Zone = (typeof ZONES)[number];

/** Indonesia keeps no daylight saving: each zone is a fixed offset (hours east of UTC). */
export const ZONE_OFFSET_HOURS: Record<Zone, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** A serial as machines send it: letters, digits, `_` and `-`, at most 40 (real ones are 13–16). */
export const SERIAL_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
/** A PIN (the enrolment number): digits only, at most 24 (an 18-digit NIP fits push firmware). */
export const PIN_PATTERN = /^[0-9]{1,24}$/;

export interface AttlogRecord {
  pin: string;
  /** The machine's clock, 'yyyy-mm-dd hh:mm:ss', no zone. */
  localTime: string;
  /** 0 check-in, 1 check-out, 2 break-out, 3 break-in, 4 overtime-in, 5 overtime-out (others kept as sent). */
  status: number;
  /** 0 password, 1 fingerprint, 2/4 card, 15 face, 25 palm (varies by firmware). */
  verify: number;
  workCode: string;
}

export interface BadLine {
  /** 1-based line number in the body or file. */
  line: number;
  text: string;
  reason: string;
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * 'yyyy-mm-dd hh:mm[:ss]' checked as a real calendar time in 2000–2099 (a machine with a flat
 * battery restarts at its factory date; a year outside this range is a broken clock, not a punch),
 * normalised to 'yyyy-mm-dd hh:mm:ss'; null when it is not one.
 */
export function normaliseLocalTime(text: string): string | null {
  const m = LOCAL_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s = '00'] = m.slice(1).map((v) => v ?? '00') as string[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
}

/** The instant a machine's local time names, in its zone. */
export function instantOf(localTime: string, zone: Zone): Date {
  const utc = Date.parse(`${localTime.replace(' ', 'T')}Z`);
  return new Date(utc - ZONE_OFFSET_HOURS[zone] * 3600_000);
}

const SMALL_INT = /^-?\d{1,4}$/;

/**
 * One ATTLOG record: `PIN \t yyyy-mm-dd hh:mm:ss \t status \t verify \t workcode \t reserved…`.
 * Fields are trimmed (USB `.dat` exports right-align the PIN with spaces); status and verify may be
 * missing (older firmware) and then read 0.
 */
export function parseAttlogFields(fields: readonly string[]): AttlogRecord | string {
  const pin = (fields[0] ?? '').trim();
  if (pin === '') return 'PIN kosong';
  if (!PIN_PATTERN.test(pin)) return 'PIN harus berupa angka (paling banyak 24 digit)';
  const localTime = normaliseLocalTime(fields[1] ?? '');
  if (!localTime) return 'waktu tidak valid (harus yyyy-mm-dd jj:mm:dd, tahun 2000–2099)';
  const statusText = (fields[2] ?? '').trim() || '0';
  const verifyText = (fields[3] ?? '').trim() || '0';
  if (!SMALL_INT.test(statusText)) return 'status absen bukan angka';
  if (!SMALL_INT.test(verifyText)) return 'cara verifikasi bukan angka';
  const workCode = (fields[4] ?? '').trim().slice(0, 20);
  return { pin, localTime, status: Number(statusText), verify: Number(verifyText), workCode };
}

/** The lines of a text body, without the trailing `\r` of CRLF endings; blank lines are skipped by callers. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** An ATTLOG body (POST /iclock/cdata?table=ATTLOG, or a USB `attlog.dat`): the records and the lines that are not. */
export function parseAttlog(body: string): { records: AttlogRecord[]; bad: BadLine[] } {
  const records: AttlogRecord[] = [];
  const bad: BadLine[] = [];
  linesOf(body).forEach((text, i) => {
    if (text.trim() === '') return;
    const parsed = parseAttlogFields(text.split('\t'));
    if (typeof parsed === 'string') bad.push({ line: i + 1, text: text.slice(0, 200), reason: parsed });
    else records.push(parsed);
  });
  return { records, bad };
}

export interface HandshakeOptions {
  serialNumber: string;
  attlogStamp: string;
  operlogStamp: string;
  zone: Zone;
  /** The `pushver` the machine sent (push firmware), or null (older firmware). */
  pushVersion: string | null;
}

/**
 * The answer to `GET /iclock/cdata?SN=…&options=all`: `GET OPTION FROM: <SN>` and one `key=value`
 * per line, each ending in `\n`, as the iclock server writes it: push firmware (a `pushver` in the
 * request) reads the stamps as `ATTLOGStamp`/`OPERLOGStamp`/`ATTPHOTOStamp`, older firmware as
 * `Stamp`/`OpStamp`/`PhotoStamp`. `TransFlag` asks for punches and the operation log only (no
 * photos, no templates); `Realtime=1` sends each punch as it happens; `TimeZone` is the machine's
 * zone in hours, with which it sets its clock from the answer's `Date` header.
 */
export function handshakeText(o: HandshakeOptions): string {
  const [att, op, photo] = o.pushVersion ? ['ATTLOGStamp', 'OPERLOGStamp', 'ATTPHOTOStamp'] : ['Stamp', 'OpStamp', 'PhotoStamp'];
  const lines = [
    `GET OPTION FROM: ${o.serialNumber}`,
    `${att}=${o.attlogStamp}`,
    `${op}=${o.operlogStamp}`,
    `${photo}=0`,
    'ErrorDelay=30',
    'Delay=10',
    'TransTimes=00:00;14:05',
    'TransInterval=1',
    'TransFlag=TransData AttLog\tOpLog',
    `TimeZone=${ZONE_OFFSET_HOURS[o.zone]}`,
    'Realtime=1',
    'Encrypt=0',
  ];
  return lines.join('\n') + '\n';
}

/** A stamp as the machine sends it (`Stamp=` on a POST): digits only, or it is not kept. */
export function validStamp(stamp: string | undefined): string | null {
  return stamp !== undefined && /^\d{1,20}$/.test(stamp) ? stamp : null;
}

/** Queued commands as the heartbeat's answer: `C:<id>:<command>` lines; `OK` when there are none. */
export function commandsText(commands: readonly { id: number; command: string }[]): string {
  if (commands.length === 0) return 'OK';
  return commands.map((c) => `C:${c.id}:${c.command}\n`).join('');
}

/**
 * A name as a machine can show it: one line, no tabs (the field separator), no control characters,
 * at most 24 characters (the USERINFO name field of most firmware).
 */
export function machineName(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 24)
    .trim();
}

/**
 * Enrolling and removing staff, the two commands this server ever queues (never `Shell`, never
 * anything taken from a request as is): `DATA UPDATE USERINFO` and `DATA DELETE USERINFO` (real
 * machines refuse the older `USER ADD`/`USER DEL` with Return=-1002). Privilege 0 = a normal user.
 */
export function enrolCommand(pin: string, name: string): string {
  if (!PIN_PATTERN.test(pin)) throw new Error('enrolCommand: invalid PIN');
  return `DATA UPDATE USERINFO PIN=${pin}\tName=${machineName(name)}\tPrivilege=0`;
}

export function removeCommand(pin: string): string {
  if (!PIN_PATTERN.test(pin)) throw new Error('removeCommand: invalid PIN');
  return `DATA DELETE USERINFO PIN=${pin}`;
}

export interface CommandResult {
  id: number;
  returnCode: number;
  cmd: string;
  /** What else the result carried (e.g. `Content=` of an INFO), kept as text. */
  rest: string;
}

/**
 * A `POST /iclock/devicecmd` body: one `ID=1&Return=0&CMD=DATA` per line (machines batch several),
 * or one field per line (`ID=32\nReturn=0\nCMD=Shell\nContent=…`). Entries without a numeric ID and
 * Return are ignored.
 */
export function parseCommandResults(body: string): CommandResult[] {
  const results: CommandResult[] = [];
  let current: Map<string, string> | null = null;
  const flush = () => {
    if (!current) return;
    const id = current.get('ID');
    const ret = current.get('Return');
    if (id && /^\d{1,9}$/.test(id) && ret && /^-?\d{1,9}$/.test(ret)) {
      const rest = [...current].filter(([k]) => k !== 'ID' && k !== 'Return' && k !== 'CMD').map(([k, v]) => `${k}=${v}`).join('&');
      results.push({ id: Number(id), returnCode: Number(ret), cmd: current.get('CMD') ?? '', rest: rest.slice(0, 2000) });
    }
    current = null;
  };
  for (const line of linesOf(body)) {
    if (line.trim() === '') continue;
    const pairs = line.split('&').map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? ([p.trim(), ''] as const) : ([p.slice(0, eq).trim(), p.slice(eq + 1)] as const);
    });
    // A line that starts with ID= begins a new result (the one-line form, or a multi-line block).
    if (pairs[0]?.[0] === 'ID') flush();
    current ??= new Map();
    for (const [k, v] of pairs) if (k !== '' && !current.has(k)) current.set(k, v);
  }
  flush();
  return results;
}
