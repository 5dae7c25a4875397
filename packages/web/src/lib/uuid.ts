/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Entry ids are made on the
 * device, so a retried save is the same entry (PUT is idempotent), and they sort by creation time.
 * crypto.getRandomValues works on plain-HTTP intranets too (randomUUID does not).
 */
let lastMs = 0;
let seq = 0;

export function uuidv7(now: number = Date.now()): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  // Two ids in the same millisecond still sort in order: a 12-bit counter in rand_a.
  if (now <= lastMs) {
    now = lastMs;
    seq = (seq + 1) & 0xfff;
  } else {
    lastMs = now;
    seq = ((b[6]! & 0x07) << 8) | b[7]!; // start low, leaving room to count up
  }
  const hi = Math.floor(now / 2 ** 32);
  const lo = now >>> 0;
  b[0] = (hi >>> 8) & 0xff;
  b[1] = hi & 0xff;
  b[2] = (lo >>> 24) & 0xff;
  b[3] = (lo >>> 16) & 0xff;
  b[4] = (lo >>> 8) & 0xff;
  b[5] = lo & 0xff;
  b[6] = 0x70 | ((seq >>> 8) & 0x0f);
  b[7] = seq & 0xff;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
