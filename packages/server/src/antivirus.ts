import { connect } from 'node:net';

/**
 * Antivirus for uploaded files (issue 20; ASVS 5.0 V5 File handling): an optional scanner behind an
 * interface, off by default. With `KINERJA_CLAMD_HOST` set, every new file put in the evidence store
 * (journal evidence, signed SKP and evaluation scans, resumable uploads) is sent to a ClamAV daemon
 * over TCP with the INSTREAM command before it is parsed or stored; a file clamd names a signature for
 * is refused (422 INFECTED_FILE) and the refusal audited. When clamd cannot be reached, answers an
 * error or does not answer in time, the upload is refused with 503 (fails closed: nothing unscanned is
 * kept while the scanner is on) and may be sent again later.
 */
export type ScanVerdict = { clean: true } | { clean: false; signature: string };

export interface FileScanner {
  /** Throws ScannerUnavailableError when no verdict could be had. */
  scan(bytes: Uint8Array): Promise<ScanVerdict>;
}

export class ScannerUnavailableError extends Error {}

export interface ClamdConfig {
  host: string;
  port: number;
  /** For the whole exchange: connect, send, verdict. */
  timeoutMs: number;
}

/** The clamd settings of the environment, or undefined when scanning is off (no KINERJA_CLAMD_HOST). */
export function clamdConfigFrom(env: NodeJS.ProcessEnv, int: (name: string, fallback: number) => number): ClamdConfig | undefined {
  const host = env.KINERJA_CLAMD_HOST?.trim();
  if (!host) return undefined;
  return { host, port: int('KINERJA_CLAMD_PORT', 3310), timeoutMs: int('KINERJA_CLAMD_TIMEOUT_MS', 30_000) };
}

/** clamd's INSTREAM takes the stream in chunks, each after its length as a 4-byte big-endian number. */
const CHUNK = 64 * 1024;

/**
 * A ClamAV daemon over TCP (clamd's protocol: `zINSTREAM\0`, length-prefixed chunks, a zero length,
 * then one reply `stream: OK`, `stream: <signature> FOUND` or `... ERROR`, ended by NUL). clamd's
 * StreamMaxLength (25 MB by default) must be at least the evidence limit, or large files get ERROR.
 */
export function clamdScanner(c: ClamdConfig): FileScanner {
  return {
    scan: (bytes) =>
      new Promise<ScanVerdict>((resolve, reject) => {
        const socket = connect({ host: c.host, port: c.port });
        const chunks: Buffer[] = [];
        let settled = false;
        const finish = (error: Error | null, verdict?: ScanVerdict) => {
          if (settled) return;
          settled = true;
          socket.destroy();
          if (error) reject(error);
          else resolve(verdict!);
        };
        socket.setTimeout(c.timeoutMs, () => finish(new ScannerUnavailableError(`clamd ${c.host}:${c.port} tidak menjawab dalam ${c.timeoutMs} ms`)));
        socket.on('error', (e) => finish(new ScannerUnavailableError(`clamd ${c.host}:${c.port}: ${e.message}`)));
        socket.on('data', (d: Buffer) => {
          chunks.push(d);
          const all = Buffer.concat(chunks);
          const end = all.indexOf(0);
          if (end >= 0) {
            try {
              finish(null, readReply(all.subarray(0, end).toString('utf8')));
            } catch (error) {
              finish(error as Error);
            }
          }
        });
        socket.on('end', () => finish(new ScannerUnavailableError(`clamd ${c.host}:${c.port} menutup sambungan tanpa jawaban`)));
        socket.on('connect', () => {
          socket.write('zINSTREAM\0');
          for (let i = 0; i < bytes.length; i += CHUNK) {
            const part = bytes.subarray(i, i + CHUNK);
            const size = Buffer.alloc(4);
            size.writeUInt32BE(part.length);
            socket.write(size);
            socket.write(part);
          }
          socket.write(Buffer.alloc(4));
        });
      }),
  };
}

/** One INSTREAM reply: `stream: OK`, `stream: <name> FOUND`, anything else (`... ERROR`) unusable. */
export function readReply(reply: string): ScanVerdict {
  const text = reply.trim();
  if (/^(stream: )?OK$/.test(text)) return { clean: true };
  const found = /^(?:stream: )?(.+) FOUND$/.exec(text);
  if (found) return { clean: false, signature: found[1]! };
  throw new ScannerUnavailableError(`clamd menjawab: ${text.slice(0, 200)}`);
}

/** The scanner of this configuration: clamd when configured, none otherwise. */
export function scannerOf(config: { clamd?: ClamdConfig | undefined }): FileScanner | null {
  return config.clamd ? clamdScanner(config.clamd) : null;
}
