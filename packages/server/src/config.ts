import { join, resolve } from 'node:path';
import { clamdConfigFrom, type ClamdConfig } from './antivirus.js';
import { chooseLogFormat, type LogFormat } from './logging/format.js';

/** Where and how the server reaches SIASN's API when the push is on (see Config.siasnPush). */
export interface SiasnPushConfig {
  /** The gateway's base, e.g. https://apimws.bkn.go.id:8243/apisiasn/1.0 */
  apiUrl: string;
  /** WSO2 APIM OAuth2 token endpoint (client credentials). */
  tokenUrl: string;
  /** SIASN SSO (Keycloak) token endpoint (password grant of the instansi's SIASN operator). */
  ssoUrl: string;
  credentialsFile: string;
  /** Each request's limit; a record whose request runs longer is reported as failed, never waited on. */
  timeoutMs: number;
}

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies and client IPs behind it). */
  trustProxy: boolean;
  sessionIdleDays: number;
  sessionMaxDays: number;
  /**
   * Shorter lifetimes for the roles that must use two-factor sign-in (admin OPD, admin BKD, finance,
   * auditor: they see and change everyone's data; ASVS 7.3.1/7.3.2): minutes without a request, and
   * hours from sign-in, after which the session ends whatever its activity.
   */
  privilegedSessionIdleMinutes: number;
  privilegedSessionMaxHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Sign-in attempts per IP per minute: a ceiling high enough for an office behind one NAT address. */
  loginRateLimitPerMinute: number;
  loginRateLimitPerAccountPerMinute: number;
  loginRateLimitPerAccountIpPerMinute: number;
  /** Changes (POST/PUT/PATCH/DELETE) one signed-in account may make per minute (http/write-limit.ts). */
  writeRateLimitPerAccountPerMinute: number;
  importMaxBytes: number;
  /** Requests one attendance machine (by serial) may make to /iclock per minute (modules/attendance/iclock-routes.ts). */
  iclockRequestsPerMinute: number;
  webDistDir: string | undefined;
  logLevel: string;
  /** `pretty` (one readable line per request) or `json` (production); see logging/format.ts. */
  logFormat: LogFormat;
  /** Folder for the server's own nightly backups (`kinerja backup` archives); unset: none. */
  backupDir: string | undefined;
  backupHour: number;
  backupKeep: number;
  /** Key file (`kinerja backup-key`) that encrypts the nightly backups; unset: they are plain tar. */
  backupKeyFile: string | undefined;
  /**
   * Key file (32 random bytes, like a backup key) under which two-factor secrets are encrypted in the
   * database; made on first use when missing. Default: `totp.key` in the data folder. Keep a copy apart
   * from the backups: a restored database needs it for its authenticators (recovery codes do not).
   */
  totpKeyFile: string;
  /** Offline sync: how long a change must be committed before the pull cursor passes it (modules/sync/pull.ts). */
  syncSettleMs: number;
  /** Days an applied sync item is remembered (modules/sync/retention.ts). */
  syncRetentionDays: number;
  /** Load shedding (http/load-guard.ts): mean event-loop delay, in ms, above which requests get 503; 0 turns it off. */
  maxEventLoopDelayMs: number;
  /** The longest a client may take to send one whole request (headers and body), in ms. */
  requestTimeoutMs: number;
  /** Hours a temporary password (an admin's reset, `create-admin`) signs in before it expires (ASVS 6.4.1). */
  temporaryPasswordHours: number;
  /**
   * The push of evaluation records to SIASN's API (modules/evaluation/siasn/push.ts): undefined, the
   * default, keeps it off; on with KINERJA_SIASN_PUSH=on and a credentials file (JSON: consumerKey,
   * consumerSecret for the WSO2 gateway; ssoClientId, username, password for SIASN's SSO), never the
   * secrets themselves in the environment.
   */
  siasnPush?: SiasnPushConfig | undefined;
  /** ClamAV daemon for uploaded files (src/antivirus.ts); undefined: no scanning (the default). */
  clamd?: ClamdConfig | undefined;
  /** Days a record of who read a person's data is kept (modules/retention; docs/data-inventory.md). */
  dataReadsRetentionDays: number;
  /**
   * Days each kind of personal data is kept (KINERJA_RETENTION_<KIND>_DAYS; modules/retention/periods.ts
   * says which the retention step applies; docs/data-inventory.md gives the defaults and why).
   */
  retentionDays: Record<RetentionKind, number>;
  /**
   * Legal keep periods the retention step never cuts into (modules/retention/purge.ts): the journal and
   * evidence of a month whose TPP run is locked are kept this many days from the month's first day
   * (KINERJA_RETENTION_TPP_HOLD_DAYS), those an evaluation was finalised on this many days from its
   * finalisation (KINERJA_RETENTION_EVALUATION_HOLD_DAYS); ten years each by default.
   */
  retentionHoldDays: { tpp: number; evaluation: number };
}

export const RETENTION_KINDS = ['evidence', 'journals', 'selfies', 'punches', 'audit', 'exports'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
/** Ten years for what decides pay and careers, five for raw attendance punches, 90 days for selfies, 7 for archives. */
export const RETENTION_DEFAULT_DAYS: Record<RetentionKind, number> = { evidence: 3653, journals: 3653, selfies: 90, punches: 1827, audit: 3653, exports: 7 };

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} harus berupa angka (sekarang: ${raw})`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const int = (name: string, fallback: number) => intFrom(env, name, fallback);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int('PORT', 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    // npm runs workspace scripts inside the package folder; paths are meant relative to where the user typed.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), env.KINERJA_DATA_DIR ?? './data'),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    sessionIdleDays: int('SESSION_IDLE_DAYS', 14),
    sessionMaxDays: int('SESSION_MAX_DAYS', 60),
    privilegedSessionIdleMinutes: int('KINERJA_PRIVILEGED_SESSION_IDLE_MINUTES', 30),
    privilegedSessionMaxHours: int('KINERJA_PRIVILEGED_SESSION_MAX_HOURS', 12),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: int('LOGIN_LOCK_MINUTES', 15),
    loginRateLimitPerMinute: int('LOGIN_RATE_LIMIT_PER_MINUTE', 600),
    loginRateLimitPerAccountPerMinute: int('LOGIN_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE', 20),
    loginRateLimitPerAccountIpPerMinute: int('LOGIN_RATE_LIMIT_PER_ACCOUNT_IP_PER_MINUTE', 10),
    writeRateLimitPerAccountPerMinute: int('WRITE_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE', 300),
    importMaxBytes: int('IMPORT_MAX_BYTES', 20 * 1024 * 1024),
    iclockRequestsPerMinute: int('ICLOCK_REQUESTS_PER_MINUTE', 240),
    webDistDir: env.KINERJA_WEB_DIST ? resolve(env.INIT_CWD ?? process.cwd(), env.KINERJA_WEB_DIST) : undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    logFormat: chooseLogFormat(env, process.stdout.isTTY === true),
    backupDir: env.KINERJA_BACKUP_DIR ? resolve(env.INIT_CWD ?? process.cwd(), env.KINERJA_BACKUP_DIR) : undefined,
    backupHour: int('KINERJA_BACKUP_HOUR', 2),
    backupKeep: int('KINERJA_BACKUP_KEEP', 14),
    backupKeyFile: env.KINERJA_BACKUP_KEY_FILE ? resolve(env.INIT_CWD ?? process.cwd(), env.KINERJA_BACKUP_KEY_FILE) : undefined,
    totpKeyFile: resolve(env.INIT_CWD ?? process.cwd(), env.KINERJA_TOTP_KEY_FILE ?? join(env.KINERJA_DATA_DIR ?? './data', 'totp.key')),
    syncSettleMs: int('SYNC_SETTLE_MS', 5000),
    syncRetentionDays: int('KINERJA_SYNC_RETENTION_DAYS', 120),
    maxEventLoopDelayMs: int('KINERJA_MAX_EVENT_LOOP_DELAY_MS', 1000),
    requestTimeoutMs: int('KINERJA_REQUEST_TIMEOUT_MS', 120_000),
    temporaryPasswordHours: int('KINERJA_TEMPORARY_PASSWORD_HOURS', 72),
    dataReadsRetentionDays: int('KINERJA_RETENTION_DATA_READS_DAYS', 730),
    siasnPush:
      env.KINERJA_SIASN_PUSH === 'on' && env.KINERJA_SIASN_CREDENTIALS_FILE
        ? {
            apiUrl: env.KINERJA_SIASN_API_URL ?? 'https://apimws.bkn.go.id:8243/apisiasn/1.0',
            tokenUrl: env.KINERJA_SIASN_TOKEN_URL ?? 'https://apimws.bkn.go.id/oauth2/token',
            ssoUrl: env.KINERJA_SIASN_SSO_URL ?? 'https://sso-siasn.bkn.go.id/auth/realms/public-siasn/protocol/openid-connect/token',
            credentialsFile: resolve(env.INIT_CWD ?? process.cwd(), env.KINERJA_SIASN_CREDENTIALS_FILE),
            timeoutMs: int('KINERJA_SIASN_TIMEOUT_MS', 20_000),
          }
        : undefined,
    retentionDays: Object.fromEntries(RETENTION_KINDS.map((k) => [k, int(`KINERJA_RETENTION_${k.toUpperCase()}_DAYS`, RETENTION_DEFAULT_DAYS[k])])) as Record<RetentionKind, number>,
    clamd: clamdConfigFrom(env, int),
    retentionHoldDays: { tpp: int('KINERJA_RETENTION_TPP_HOLD_DAYS', 3653), evaluation: int('KINERJA_RETENTION_EVALUATION_HOLD_DAYS', 3653) },
  };
}
