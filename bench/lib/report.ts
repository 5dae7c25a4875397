import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const README = new URL('../README.md', import.meta.url);

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/** Replaces the block between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in bench/README.md. */
export function writeSection(name: string, markdown: string): void {
  const text = readFileSync(README, 'utf8');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(README, re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`);
}
