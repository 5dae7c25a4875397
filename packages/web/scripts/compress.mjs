#!/usr/bin/env node
// Pre-compressed copies of the built app (.br and .gz next to each file), served by the server's static
// handler (`preCompressed`): a first visit on a slow line downloads about a third of the bytes, and the
// server spends no CPU compressing. Only text files, and only when the copy is smaller.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const TEXT = /\.(js|css|html|svg|webmanifest|json|txt)$/;
let before = 0;
let after = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== '.vite') walk(path);
      continue;
    }
    if (!TEXT.test(name)) continue;
    const raw = readFileSync(path);
    if (raw.length < 512) continue;
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
    before += raw.length;
    after += Math.min(br.length, raw.length);
  }
}
walk(dist);
console.log(`Pre-compressed: ${(before / 1024).toFixed(0)} KB of text → ${(after / 1024).toFixed(0)} KB brotli`);
