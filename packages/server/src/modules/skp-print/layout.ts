import {
  BERAKHLAK,
  BERAKHLAK_VALUES,
  identityLines,
  periodePenilaian,
  skpTitleLines,
  tanggalIndonesia,
  type PrintHasilKerja,
  type PrintRhk,
  type SkpForm,
  type SkpPersonSnapshot,
  type Pendekatan,
  type Period,
} from '@kinerja/core';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/** Everything the printed SKP shows, read from the SKP's snapshot and one of its versions. */
export interface SkpPrintModel {
  agencyName: string;
  form: SkpForm;
  pendekatan: Pendekatan;
  period: Period;
  /** The version printed: the one in force, or the last one while none is approved. */
  version: number;
  /** False: a draft, submitted or returned version, printed with a "DRAF" mark. */
  approved: boolean;
  /** The day the printed version was approved (yyyy-mm-dd, the agency's calendar), the signature date. */
  approvedOn: string | null;
  pegawai: SkpPersonSnapshot;
  penilai: SkpPersonSnapshot | null;
  hasilKerja: PrintHasilKerja;
  /** One Ekspektasi Khusus Pimpinan per BerAKHLAK value; a value without one prints empty. */
  ekspektasi: Readonly<Record<string, string>>;
  lampiran: readonly { title: string; items: readonly string[] }[];
  /**
   * The rencana aksi of the printed version's RHK, by RHK then period (issue 16 item 5): printed as a
   * lampiran of their own, which the official form leaves to the agency; absent or empty prints none.
   */
  rencanaAksi?: readonly { rhk: string; periode: string; text: string; target: string }[];
}

const LINE = 0.5;
/** The grey of a heading cell (shared with the other printed forms through index.ts). */
export const FILL = '#e8e8e8';
/** Where the place is not known to the app (an agency has no city), the form leaves it to be written in. */
export const BLANK_PLACE = '....................';
export const BLANK_DATE = '.......................... 20....';

/** The forms' table lines: thin, every cell boxed. */
export const grid = {
  hLineWidth: () => LINE,
  vLineWidth: () => LINE,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export const head = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, bold: true, alignment: 'center', fillColor: FILL, ...extra });
const section = (text: string, span: number): TableCell[] => [{ text, bold: true, colSpan: span, fillColor: FILL }, ...Array.from({ length: span - 1 }, () => ({}))];
const numbers = (n: number): TableCell[] => Array.from({ length: n }, (_, i) => ({ text: `(${i + 1})`, alignment: 'center', fontSize: 6.5, color: '#444' }));

function title(m: SkpPrintModel, first: string): Content {
  const [, pendekatan, bagi] = skpTitleLines(m.form, m.pendekatan);
  const lines: Content[] = [
    { text: first, style: 'title' },
    { text: pendekatan, style: 'subtitle' },
    { text: bagi, style: 'subtitle' },
  ];
  if (!m.approved) lines.push({ text: `DRAF versi ${m.version}: belum disetujui pejabat penilai kinerja, bukan dokumen resmi`, italics: true, alignment: 'center', fontSize: 7.5, margin: [0, 2, 0, 0] });
  return {
    stack: [
      ...lines,
      {
        columns: [
          { text: m.agencyName.toUpperCase(), bold: true, width: '*' },
          { text: `PERIODE PENILAIAN: ${periodePenilaian(m.period).toUpperCase()}`, bold: true, alignment: 'right', width: 'auto' },
        ],
        margin: [0, 8, 0, 3],
      },
    ],
  };
}

function identity(m: SkpPrintModel): Content {
  const left = identityLines(m.pegawai);
  const right = m.penilai ? identityLines(m.penilai) : left.map((l) => ({ label: l.label, value: '-' }));
  const body: TableCell[][] = [[head('NO'), head('PEGAWAI YANG DINILAI', { colSpan: 2 }), {}, head('NO'), head('PEJABAT PENILAI KINERJA', { colSpan: 2 }), {}]];
  left.forEach((l, i) => {
    const r = right[i]!;
    body.push([{ text: String(i + 1), alignment: 'center' }, l.label.toUpperCase(), l.value, { text: String(i + 1), alignment: 'center' }, r.label.toUpperCase(), r.value]);
  });
  return { table: { widths: [14, 92, '*', 14, 92, '*'], body, dontBreakRows: true }, layout: grid };
}

function parentCell(r: PrintRhk): TableCell {
  if (r.parentMissing) return { text: 'RHK pimpinan tidak ditemukan (tautan terputus)', italics: true };
  return r.parentText ?? '-';
}

function rhkCell(r: PrintRhk): TableCell {
  if (!r.penugasanDari) return r.text;
  return { stack: [r.text, { text: `Penugasan dari: ${r.penugasanDari}`, italics: true, fontSize: 7, margin: [0, 2, 0, 0] }] };
}

/** JA/JF: one table row per IKI; number, intervened RHK and RHK span the RHK's IKI rows. */
function jaRows(list: readonly PrintRhk[]): TableCell[][] {
  if (list.length === 0) return [[{ text: '-', alignment: 'center' }, { text: '', colSpan: 5 }, {}, {}, {}, {}]];
  return list.flatMap((r) =>
    r.iki.map((k, i): TableCell[] => {
      const spanned: TableCell[] =
        i === 0
          ? [{ text: String(r.no), alignment: 'center', rowSpan: r.iki.length }, spanning(parentCell(r), r.iki.length), spanning(rhkCell(r), r.iki.length)]
          : [{}, {}, {}];
      return [...spanned, k.aspek, k.text, k.target];
    }),
  );
}

/** JPT: number, RHK, IKI, target and perspektif; the RHK spans its IKI rows. */
function jptRows(list: readonly PrintRhk[]): TableCell[][] {
  if (list.length === 0) return [[{ text: '-', alignment: 'center' }, { text: '', colSpan: 4 }, {}, {}, {}]];
  return list.flatMap((r) =>
    r.iki.map((k, i): TableCell[] => {
      const n = r.iki.length;
      if (i > 0) return [{}, {}, k.text, k.target, {}];
      return [{ text: String(r.no), alignment: 'center', rowSpan: n }, spanning(rhkCell(r), n), k.text, k.target, { text: r.perspektif ?? '-', rowSpan: n }];
    }),
  );
}

/** A cell that spans `rows` rows (pdfmake wants an empty object in each spanned row below it). */
function spanning(c: TableCell, rows: number): TableCell {
  return { ...(typeof c === 'string' ? { text: c } : (c as object)), rowSpan: rows } as TableCell;
}

function hasilKerja(m: SkpPrintModel): Content {
  const jpt = m.form === 'jpt';
  const columns = jpt
    ? ['NO', 'RENCANA HASIL KERJA', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'PERSPEKTIF']
    : ['NO', 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', 'RENCANA HASIL KERJA', 'ASPEK', 'INDIKATOR KINERJA INDIVIDU', 'TARGET'];
  const n = columns.length;
  const rows = jpt ? jptRows : jaRows;
  const body: TableCell[][] = [
    section('HASIL KERJA', n),
    columns.map((c) => head(c, { fontSize: 7 })),
    numbers(n),
    section('A. Utama', n),
    ...rows(m.hasilKerja.utama),
    section('B. Tambahan', n),
    ...rows(m.hasilKerja.tambahan),
  ];
  return {
    table: { headerRows: 3, widths: jpt ? [14, '*', '*', 70, 66] : [14, 100, 110, 42, '*', 62], body, dontBreakRows: true },
    layout: grid,
    margin: [0, 6, 0, 0],
  };
}

function perilaku(m: SkpPrintModel): Content {
  const body: TableCell[][] = [section('PERILAKU KERJA', 3), [head('NO'), head('NILAI DAN PANDUAN PERILAKU'), head('EKSPEKTASI KHUSUS PIMPINAN')]];
  BERAKHLAK_VALUES.forEach((v, i) => {
    const entry = BERAKHLAK[v];
    body.push([
      { text: String(i + 1), alignment: 'center' },
      { stack: [{ text: entry.label, bold: true }, { ul: [...entry.panduanPerilaku], fontSize: 7, lineHeight: 1, margin: [0, 1, 0, 0] }] },
      m.ekspektasi[v]?.trim() ? m.ekspektasi[v]! : '-',
    ]);
  });
  return { table: { headerRows: 2, widths: [14, '*', 190], body, dontBreakRows: true }, layout: grid, margin: [0, 6, 0, 0] };
}

/** A signature's name (underlined) and NIP/NIPPPK; a blank line when nobody is named. */
export function signer(p: SkpPersonSnapshot | null): Content[] {
  if (!p) return [{ text: '(.................................................)', margin: [0, 0, 0, 0] }];
  const id: Content[] = p.status === 'non_asn' || !p.nip ? [] : [{ text: `${p.status === 'pppk' ? 'NIPPPK' : 'NIP'}. ${p.nip}` }];
  return [{ text: p.name, bold: true, decoration: 'underline' }, ...id];
}

function signatures(m: SkpPrintModel): Content {
  const date = m.approvedOn ? tanggalIndonesia(m.approvedOn) : BLANK_DATE;
  const block = (heading: string, p: SkpPersonSnapshot | null, dateLine: string) =>
    ({ width: '*', alignment: 'center', stack: [{ text: dateLine }, { text: heading }, { text: ' ', margin: [0, 0, 0, 36] }, ...signer(p)] }) as Content;
  return {
    columns: [block('Pegawai yang Dinilai', m.pegawai, ' '), block('Pejabat Penilai Kinerja', m.penilai, `${BLANK_PLACE}, ${date}`)],
    columnGap: 24,
    margin: [0, 14, 0, 0],
    unbreakable: true,
  };
}

function lampiran(m: SkpPrintModel): Content {
  const sections: Content[] = m.lampiran.map((s, i) => ({
    stack: [
      { text: `${i + 1}. ${s.title}`, bold: true, margin: [0, 8, 0, 2] },
      s.items.length > 0 ? { ol: [...s.items], margin: [12, 0, 0, 0] } : { text: '-', margin: [12, 0, 0, 0] },
    ],
  }));
  return { stack: [title(m, 'LAMPIRAN SASARAN KINERJA PEGAWAI'), ...sections, signatures(m)], pageBreak: 'before' };
}

/** The rencana aksi per RHK and period with their targets, after the Lampiran; none when none is written. */
function rencanaAksi(m: SkpPrintModel): Content | null {
  const rows = m.rencanaAksi ?? [];
  if (rows.length === 0) return null;
  const body: TableCell[][] = [[head('NO'), head('RENCANA HASIL KERJA'), head('PERIODE'), head('RENCANA AKSI'), head('TARGET')], numbers(5)];
  let i = 0;
  let no = 0;
  while (i < rows.length) {
    // One RHK's rencana aksi share its cell (rowSpan), as the Hasil Kerja table does with an RHK's IKI.
    let n = 1;
    while (i + n < rows.length && rows[i + n]!.rhk === rows[i]!.rhk) n++;
    no += 1;
    const shownNo = no;
    rows.slice(i, i + n).forEach((r, j) => {
      body.push([
        j === 0 ? spanning({ text: String(shownNo), alignment: 'center' }, n) : {},
        j === 0 ? spanning({ text: r.rhk }, n) : {},
        r.periode,
        r.text,
        r.target,
      ]);
    });
    i += n;
  }
  return {
    stack: [title(m, 'LAMPIRAN RENCANA AKSI'), { table: { headerRows: 2, widths: [18, '*', 62, '*', 60], body, dontBreakRows: true }, layout: grid, margin: [0, 8, 0, 0] }],
    pageBreak: 'before',
  };
}

/**
 * JPT: the Manual Indikator Kinerja, one boxed table per IKI in the Hasil Kerja's order (A.1, A.2 …
 * for utama, B.1 … for tambahan), every field printed, "-" where nothing is written.
 */
function manualIndikator(m: SkpPrintModel): Content | null {
  const blocks: Content[] = [];
  for (const [mark, list] of [['A', m.hasilKerja.utama], ['B', m.hasilKerja.tambahan]] as const) {
    for (const r of list) {
      r.iki.forEach((k, i) => {
        if (!k.mik || (k.text === '' && k.target === '')) return;
        const body: TableCell[][] = [
          [head(`${mark}.${r.no}${r.iki.length > 1 ? `.${i + 1}` : ''}`, { alignment: 'left' }), head('MANUAL INDIKATOR KINERJA', { alignment: 'left' })],
          [{ text: 'Rencana Hasil Kerja', bold: true }, r.text],
          [{ text: 'Indikator Kinerja Individu', bold: true }, k.text],
          [{ text: 'Target', bold: true }, k.target],
          ...k.mik.map((row): TableCell[] => [{ text: row.label, bold: true }, row.value]),
        ];
        blocks.push({ table: { widths: [130, '*'], body, dontBreakRows: true }, layout: grid, margin: [0, 6, 0, 0], unbreakable: true });
      });
    }
  }
  if (blocks.length === 0) return null;
  return { stack: [title(m, 'MANUAL INDIKATOR KINERJA'), ...blocks], pageBreak: 'before' };
}

/** The SKP as a pdfmake document: A4 portrait, the official form's sections in its order. */
export function skpDocument(m: SkpPrintModel): TDocumentDefinitions {
  const nip = m.pegawai.nip ?? '';
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [28, 28, 28, 34],
    language: 'id-ID',
    info: { title: `SKP ${m.pegawai.name} ${periodePenilaian(m.period)}`, subject: 'Sasaran Kinerja Pegawai', creator: 'Kinerja', producer: 'Kinerja' },
    ...(m.approved ? {} : { watermark: { text: 'DRAF', color: '#888888', opacity: 0.12, bold: true } }),
    defaultStyle: { font: 'Roboto', fontSize: 8, lineHeight: 1.1 },
    styles: {
      title: { fontSize: 12, bold: true, alignment: 'center' },
      subtitle: { fontSize: 9, bold: true, alignment: 'center' },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `SKP ${m.pegawai.name}${nip ? ` (${nip})` : ''}, versi ${m.version}`, width: '*' },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right', width: 'auto' },
      ],
      fontSize: 6.5,
      color: '#555',
      margin: [28, 10, 28, 0],
    }),
    content: [
      title(m, 'SASARAN KINERJA PEGAWAI'),
      identity(m),
      hasilKerja(m),
      // Perilaku kerja keeps the signatures with it: never a page with only the signatures on it.
      { stack: [perilaku(m), signatures(m)], unbreakable: true },
      lampiran(m),
      ...[rencanaAksi(m)].filter((c): c is Content => c !== null),
      ...(m.form === 'jpt' ? [manualIndikator(m)].filter((c): c is Content => c !== null) : []),
    ],
  };
}
