import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { PasswordBlocklist } from '@kinerja/core';

/**
 * The common and breached passwords a new password is checked against (packages/server/data/README.md
 * says where the list comes from): read from the repository's gzip file, never from the network, once
 * per process on first use (about 97,000 lower-cased entries, a few MB of memory).
 */
const LIST_FILE = new URL('../../../data/common-passwords.txt.gz', import.meta.url);

let loaded: ReadonlySet<string> | undefined;

export function passwordBlocklist(): PasswordBlocklist {
  loaded ??= new Set(gunzipSync(readFileSync(LIST_FILE)).toString('utf8').split('\n').filter((line) => line.length > 0));
  return loaded;
}
