import { readFile } from 'node:fs/promises';
import type { Principal } from '@kinerja/core';
import type { SiasnPushAnswer, SiasnPushRecord } from '@kinerja/core/api';
import type { SiasnPushConfig } from '../../../config.js';
import type { AppContext } from '../../../context.js';
import { AppError } from '../../../http/errors.js';
import { requireAccess } from '../../access/index.js';
import { recordAudit } from '../../audit/index.js';
import { lastSiasnPush } from '../queries/siasn.js';
import { siasnExportOf, type PeriodikRow, type SiasnRow } from '../siasn-export.js';

/**
 * The push of an agency's records to SIASN's API (issue 17 item 8). SIASN needs credentials no test
 * has, so the client is an interface: `SiasnHttpApi` speaks to the gateway (two tokens, DOMAIN §6.3),
 * and tests give it a fake server that replays recorded answers. Off unless the server is configured
 * (`Config.siasnPush`). Each record is sent on its own; an error or a timeout fails that record only,
 * is reported with it and audited, and never touches the export, which stays a download.
 */
export interface SiasnApi {
  /** SIASN's id of a PNS (the `pnsDinilaiId` of a record), from /pns/data-utama/{nip}. */
  pnsId(nip: string): Promise<string>;
  /** POST /skp22/save; SIASN's id of the record when it answers one. */
  saveSkp22(body: Record<string, unknown>): Promise<string | null>;
  /** POST /kinerjaperiodik/save. */
  saveKinerjaPeriodik(body: Record<string, unknown>): Promise<string | null>;
}

/** A refusal or failure reported by SIASN (or on the way to it), in words an admin can act on. */
export class SiasnError extends Error {}

interface Credentials {
  consumerKey: string;
  consumerSecret: string;
  ssoClientId: string;
  username: string;
  password: string;
}

type Fetch = typeof fetch;

/** SIASN's API gateway: a WSO2 client-credentials bearer (`Authorization`) and the SSO user token (`Auth`). */
export class SiasnHttpApi implements SiasnApi {
  private tokens: Promise<{ wso: string; sso: string }> | undefined;
  constructor(
    private readonly config: SiasnPushConfig,
    private readonly credentials: Credentials,
    private readonly fetchImpl: Fetch = fetch,
  ) {}

  static async fromConfig(config: SiasnPushConfig): Promise<SiasnHttpApi> {
    let c: Partial<Credentials>;
    try {
      c = JSON.parse(await readFile(config.credentialsFile, 'utf8')) as Partial<Credentials>;
    } catch {
      throw new AppError('SIASN_PUSH_OFF', 'Berkas kredensial SIASN tidak dapat dibaca; periksa KINERJA_SIASN_CREDENTIALS_FILE.');
    }
    for (const k of ['consumerKey', 'consumerSecret', 'ssoClientId', 'username', 'password'] as const) {
      if (typeof c[k] !== 'string' || c[k] === '') throw new AppError('SIASN_PUSH_OFF', `Berkas kredensial SIASN tidak memuat ${k}.`);
    }
    return new SiasnHttpApi(config, c as Credentials);
  }

  private async call(url: string, init: RequestInit): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await this.fetchImpl(url, { ...init, signal: AbortSignal.timeout(this.config.timeoutMs) });
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new SiasnError(`SIASN tidak menjawab dalam ${Math.round(this.config.timeoutMs / 1000)} detik.`);
      throw new SiasnError(`SIASN tidak dapat dihubungi: ${(e as Error).message}`);
    }
    const text = await res.text().catch(() => '');
    let body: Record<string, unknown> = {};
    try {
      body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    } catch {
      if (!res.ok) throw new SiasnError(`SIASN menjawab ${res.status}.`);
      throw new SiasnError('Jawaban SIASN bukan JSON.');
    }
    const message = typeof body.message === 'string' ? body.message : typeof body.error_description === 'string' ? body.error_description : undefined;
    if (!res.ok) throw new SiasnError(`SIASN menjawab ${res.status}${message ? `: ${message}` : '.'}`);
    if (body.success === false) throw new SiasnError(message ? `SIASN menolak: ${message}` : 'SIASN menolak data ini.');
    return body;
  }

  private async token(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<string> {
    const body = await this.call(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers }, body: new URLSearchParams(form).toString() });
    if (typeof body.access_token !== 'string') throw new SiasnError('SIASN tidak memberi token akses.');
    return body.access_token;
  }

  private headers(): Promise<Record<string, string>> {
    // One pair of tokens per push: a failed sign-in is retried by the next push, not cached.
    this.tokens ??= Promise.all([
      this.token(this.config.tokenUrl, { grant_type: 'client_credentials' }, { authorization: `Basic ${Buffer.from(`${this.credentials.consumerKey}:${this.credentials.consumerSecret}`).toString('base64')}` }),
      this.token(this.config.ssoUrl, { grant_type: 'password', client_id: this.credentials.ssoClientId, username: this.credentials.username, password: this.credentials.password }),
    ]).then(
      ([wso, sso]) => ({ wso, sso }),
      (e: unknown) => {
        this.tokens = undefined;
        throw e;
      },
    );
    return this.tokens.then(({ wso, sso }) => ({ authorization: `Bearer ${wso}`, auth: `bearer ${sso}`, accept: 'application/json' }));
  }

  async pnsId(nip: string): Promise<string> {
    const body = await this.call(`${this.config.apiUrl}/pns/data-utama/${encodeURIComponent(nip)}`, { method: 'GET', headers: await this.headers() });
    const data = body.data as { id?: unknown } | undefined;
    if (typeof data?.id !== 'string' || data.id === '') throw new SiasnError(`NIP ${nip} tidak ditemukan di SIASN.`);
    return data.id;
  }

  private async save(path: string, record: Record<string, unknown>): Promise<string | null> {
    const body = await this.call(`${this.config.apiUrl}${path}`, { method: 'POST', headers: { ...(await this.headers()), 'content-type': 'application/json' }, body: JSON.stringify(record) });
    const m = body.mapData ?? body.data;
    if (typeof m === 'string') return m;
    const id = (m as { id?: unknown; rwSkpId?: unknown } | undefined)?.id ?? (m as { rwSkpId?: unknown } | undefined)?.rwSkpId;
    return typeof id === 'string' ? id : null;
  }

  saveSkp22(body: Record<string, unknown>) {
    return this.save('/skp22/save', body);
  }

  saveKinerjaPeriodik(body: Record<string, unknown>) {
    return this.save('/kinerjaperiodik/save', body);
  }
}

/** SIASN keeps its codes as numbers; a code that is not all digits is sent as written. */
const codeValue = (c: string | number | null) => (typeof c === 'string' && /^\d+$/.test(c) ? Number(c) : c);

/** The body of /skp22/save for one annual row (names as SIASN's clients send them). */
export function skp22Body(r: SiasnRow, pnsDinilaiId: string): Record<string, unknown> {
  return {
    tahun: r.tahun,
    hasilKinerjaNilai: codeValue(r.hasilKinerjaNilai),
    perilakuKerjaNilai: codeValue(r.perilakuKerjaNilai),
    kuadranKinerjaNilai: codeValue(r.kuadranKinerjaNilai),
    penilaiGolongan: r.penilaiGolonganId,
    penilaiJabatan: r.penilaiJabatanNm,
    penilaiNama: r.namaPenilai,
    penilaiNipNrp: r.nipNrpPenilai,
    penilaiUnorNama: r.penilaiUnorNm,
    pnsDinilaiOrang: pnsDinilaiId,
    statusPenilai: r.statusPenilai,
  };
}

/** The body of /kinerjaperiodik/save for one periodic row. */
export function kinerjaPeriodikBody(r: PeriodikRow, pnsDinilaiId: string): Record<string, unknown> {
  return {
    bulanMulaiPenilaian: r.bulanMulaiPenilaian,
    bulanSelesaiPenilaian: r.bulanSelesaiPenilaian,
    tahunMulaiPenilaian: r.tahunMulai,
    tahunSelesaiPenilaian: r.tahunSelesai,
    tahun: r.tahun,
    periodikId: codeValue(r.periodikId),
    hasilKinerjaNilai: codeValue(r.hasilKinerjaNilai),
    perilakuKerjaNilai: codeValue(r.perilakuKerjaNilai),
    kuadranKinerjaNilai: codeValue(r.kuadranKinerjaNilai),
    koefisienId: r.koefisienId === null ? null : codeValue(r.koefisienId),
    penilaiGolongan: r.penilaiGolonganId,
    penilaiJabatanNama: r.penilaiJabatanNama,
    penilaiNama: r.penilaiNama,
    penilaiNipNrp: r.penilaiNipNrp,
    penilaiUnorNama: r.penilaiUnorNama,
    pnsDinilaiId,
    statusPenilai: r.statusPenilai,
  };
}

/** Codes a record cannot go without; an empty one fails the record before anything is sent. */
const REQUIRED_SKP22 = ['hasilKinerjaNilai', 'perilakuKerjaNilai', 'kuadranKinerjaNilai'] as const;
const REQUIRED_PERIODIK = ['periodikId', 'hasilKinerjaNilai', 'perilakuKerjaNilai', 'kuadranKinerjaNilai'] as const;

/** A record as a push names it: kind, NIP and periode (one person has one record per kind and periode). */
const recordKey = (r: { kind: string; nip: string; periode: string }) => `${r.kind}\u0000${r.nip}\u0000${r.periode}`;

/** The records the agency's last push of the year failed, from its audit row; none when there was no push. */
async function failedLastTime(ctx: AppContext, agencyId: string, year: number): Promise<Set<string>> {
  const last = await lastSiasnPush(ctx.db, agencyId, year);
  const failed = (last?.data as { failed?: { kind: string; nip: string; periode: string }[] } | undefined)?.failed ?? [];
  return new Set(failed.map(recordKey));
}

export interface SiasnPushOptions {
  /** 'failed': only the records the last push of the year failed (refused, timed out, a code missing). */
  only?: 'failed';
  /** The client; by default the configured gateway (tests give a fake). */
  api?: SiasnApi;
}

/**
 * Sends the year's finalised records of an agency to SIASN, one by one, and answers what happened to
 * each. The agency's admins and the BKD; audited with the counts and each failure. With only='failed'
 * it sends again just what the last push failed (its audit row says which), so a record SIASN saved is
 * not sent twice; nothing failed (or no push yet) is a 409 before anything is sent.
 */
export async function pushToSiasn(ctx: AppContext, p: Principal, agencyId: string, year: number, options: SiasnPushOptions = {}): Promise<SiasnPushAnswer> {
  await requireAccess(ctx, p, 'evaluation.siasn', { agencyId });
  const retry = options.only === 'failed' ? await failedLastTime(ctx, agencyId, year) : undefined;
  if (retry?.size === 0) throw new AppError('SIASN_NOTHING_TO_RESEND');
  let client = options.api;
  if (!client) {
    if (!ctx.config.siasnPush) throw new AppError('SIASN_PUSH_OFF');
    client = await SiasnHttpApi.fromConfig(ctx.config.siasnPush);
  }
  const data = await siasnExportOf(ctx, p, agencyId, year);
  const ids = new Map<string, Promise<string>>();
  const pnsIdOf = (nip: string) => {
    if (!ids.has(nip)) ids.set(nip, client.pnsId(nip));
    return ids.get(nip)!;
  };
  const records: SiasnPushRecord[] = [];
  const send = async (kind: SiasnPushRecord['kind'], nip: string, nama: string, periode: string, empty: string[], save: (id: string) => Promise<string | null>) => {
    if (retry && !retry.has(recordKey({ kind, nip, periode }))) return;
    if (empty.length > 0) {
      records.push({ kind, nip, nama, periode, ok: false, siasnId: null, error: `Kode SIASN belum diisi: ${empty.join(', ')}.` });
      return;
    }
    try {
      const siasnId = await save(await pnsIdOf(nip));
      records.push({ kind, nip, nama, periode, ok: true, siasnId, error: null });
    } catch (e) {
      const error = e instanceof SiasnError ? e.message : `Kesalahan saat mengirim: ${(e as Error).message}`;
      records.push({ kind, nip, nama, periode, ok: false, siasnId: null, error });
    }
  };
  for (const r of data.rows) {
    await send('skp22', r.nip as string, r.nama as string, String(year), REQUIRED_SKP22.filter((c) => r[c] === '' || r[c] === null), (id) => client.saveSkp22(skp22Body(r, id)));
  }
  for (const r of data.periodik ?? []) {
    const empty: string[] = REQUIRED_PERIODIK.filter((c) => r[c] === '' || r[c] === null);
    if (r.koefisienId === '') empty.push('koefisienId');
    await send('kinerjaPeriodik', r.nip as string, r.nama as string, String(r.periode), empty, (id) => client.saveKinerjaPeriodik(kinerjaPeriodikBody(r, id)));
  }
  const failed = records.filter((r) => !r.ok);
  await recordAudit(ctx.db, {
    agencyId,
    actorAccountId: p.accountId,
    action: 'evaluation.siasn_push',
    entity: 'agency',
    entityId: agencyId,
    data: { year, ...(retry ? { only: 'failed' } : {}), sent: records.length - failed.length, failed: failed.map((r) => ({ kind: r.kind, nip: r.nip, periode: r.periode, error: r.error })) },
  });
  return { year, sent: records.length - failed.length, failed: failed.length, records };
}
