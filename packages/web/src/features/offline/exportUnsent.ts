/** "Unduh data yang belum terkirim": the unsent items (check-ins included) and their files as one JSON file. */
import { getBlob, listItems } from './outbox';
import { filesOf, unsent } from './types';

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function unsentJson(accountNip: string): Promise<string> {
  const items = (await listItems()).filter(unsent);
  const shas = new Set(items.flatMap(filesOf));
  const files: { sha256: string; fileName: string; mediaType: string; base64: string }[] = [];
  for (const sha of shas) {
    const b = await getBlob(sha);
    if (b) files.push({ sha256: sha, fileName: b.fileName, mediaType: b.mediaType, base64: await base64(b.blob) });
  }
  return JSON.stringify({ format: 'kinerja-outbox/1', exportedAt: new Date().toISOString(), account: accountNip, items, files }, null, 1);
}

export async function downloadUnsent(accountNip: string): Promise<void> {
  const json = await unsentJson(accountNip);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `kinerja-belum-terkirim-${accountNip}-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
