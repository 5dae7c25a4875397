/**
 * How the server's log reads. `json` (pino's own lines) is for production, where a collector parses
 * them; `pretty` is for a person watching `npm start`: one short line per record, a request as
 * "POST /api/v1/auth/login 200 12 ms".
 */
export type LogFormat = 'pretty' | 'json';

/**
 * LOG_FORMAT decides when set; otherwise NODE_ENV=production means JSON, and a terminal or `npm start`
 * means pretty. Anything else (a service manager piping the output) gets JSON.
 */
export function chooseLogFormat(env: NodeJS.ProcessEnv, stdoutIsTty: boolean): LogFormat {
  const asked = env.LOG_FORMAT?.trim().toLowerCase();
  if (asked === 'json' || asked === 'pretty') return asked;
  if (asked) throw new Error(`LOG_FORMAT harus 'json' atau 'pretty' (sekarang: ${env.LOG_FORMAT})`);
  if (env.NODE_ENV === 'production') return 'json';
  return stdoutIsTty || env.npm_lifecycle_event === 'start' ? 'pretty' : 'json';
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
/** Pino's own fields and the ones a line already shows; the rest is appended as key=value. */
const SHOWN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'req', 'res', 'responseTime', 'err']);

interface LogRecord {
  level?: number;
  time?: number;
  msg?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { type?: string; message?: string; stack?: string };
  [key: string]: unknown;
}

const two = (n: number) => String(n).padStart(2, '0');

/** One pino record (a parsed JSON line) as a person reads it: time, level, then the request or the message. */
export function prettyLine(record: LogRecord): string {
  const at = new Date(record.time ?? Date.now());
  const level = (LEVELS[record.level ?? 30] ?? String(record.level)).padEnd(5);
  const head = `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())} ${level}`;
  const text =
    record.req?.method && record.res?.statusCode !== undefined
      ? `${record.req.method} ${record.req.url ?? ''} ${record.res.statusCode} ${Math.round(record.responseTime ?? 0)} ms`
      : (record.msg ?? '');
  const extra = Object.entries(record)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('');
  // An error's stack is worth its lines: it is what the person reading needs.
  const error = record.err ? `\n    ${(record.err.stack ?? `${record.err.type ?? 'Error'}: ${record.err.message ?? ''}`).replace(/\n/g, '\n    ')}` : '';
  return `${head} ${text}${extra}${error}`;
}

/** A pino destination that writes pretty lines; a line that is not JSON passes through unchanged. */
export function prettyDestination(out: { write(text: string): unknown } = process.stdout): { write(line: string): void } {
  return {
    write(line: string) {
      let record: LogRecord;
      try {
        record = JSON.parse(line) as LogRecord;
      } catch {
        out.write(line);
        return;
      }
      out.write(`${prettyLine(record)}\n`);
    },
  };
}

/** Fastify's `logger` option in the chosen format (JSON is pino's default; pretty goes through prettyDestination). */
export function withLogFormat<T extends { level: string }>(logger: boolean | T, format: LogFormat): boolean | T | { level?: string; stream: { write(line: string): void } } {
  if (!logger || format === 'json') return logger;
  return { ...(logger === true ? {} : logger), stream: prettyDestination() };
}
