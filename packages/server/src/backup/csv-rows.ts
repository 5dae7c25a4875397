/**
 * Finds where rows end in CSV as PostgreSQL's COPY writes it (quote `"`, doubled inside quoted
 * fields): a line feed outside quotes. Quoted fields may hold line feeds; `""` toggles twice. The
 * state carries across buffers, so a stream can be cut at row ends without parsing fields.
 */
export class CsvRowEnds {
  private quoted = false;

  /** The offset just past the last row end in `buf`, or -1 when no row ends in it. */
  scan(buf: Uint8Array): number {
    if (!this.quoted && buf.indexOf(0x22) === -1) {
      const nl = buf.lastIndexOf(0x0a);
      return nl === -1 ? -1 : nl + 1;
    }
    let last = -1;
    for (let i = 0; i < buf.length; i += 1) {
      const c = buf[i];
      if (c === 0x22) this.quoted = !this.quoted;
      else if (c === 0x0a && !this.quoted) last = i + 1;
    }
    return last;
  }
}
