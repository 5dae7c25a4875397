import {
  CAPAIAN_ORGANISASI_LABEL,
  identityLines,
  periodePenilaian,
  PREDIKAT_LABEL,
  RATING_LABEL,
  tanggalIndonesia,
  type CapaianOrganisasi,
  type EvaluationPrintPerilaku,
  type EvaluationPrintRhk,
  type Pendekatan,
  type Period,
  type Predikat,
  type PrintedFeedback,
  type Rating,
  type SkpForm,
  type SkpPersonSnapshot,
} from '@kinerja/core';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BLANK_DATE, BLANK_PLACE, FILL, grid, head, signer } from '../skp-print/index.js';

/** Everything the Evaluasi Kinerja form (the detail, PermenPANRB 6/2022 lampiran) shows. */
export interface EvaluationDetailPrintModel {
  agencyName: string;
  form: SkpForm;
  pendekatan: Pendekatan;
  /** 'Triwulan I', 'Maret', 'Tahunan'. */
  label: string;
  covered: Period;
  final: boolean;
  finalisedOn: string | null;
  pegawai: SkpPersonSnapshot;
  penilai: SkpPersonSnapshot | null;
  hasilKerja: { utama: EvaluationPrintRhk[]; tambahan: EvaluationPrintRhk[] };
  perilaku: EvaluationPrintPerilaku[];
  leadsOrganisation: boolean;
  capaianOrganisasi: CapaianOrganisasi | null;
  ratingHasilKerja: Rating | null;
  ratingPerilakuKerja: Rating | null;
  predikat: Predikat | null;
  note: string;
}

const section = (text: string, span: number): TableCell[] => [{ text, bold: true, colSpan: span, fillColor: FILL }, ...Array.from({ length: span - 1 }, () => ({}))];
const numbers = (n: number): TableCell[] => Array.from({ length: n }, (_, i) => ({ text: `(${i + 1})`, alignment: 'center', fontSize: 6.5, color: '#444' }));
const spanning = (c: TableCell, rows: number): TableCell => ({ ...(typeof c === 'string' ? { text: c } : (c as object)), rowSpan: rows }) as TableCell;
const dash = (s: string | null | undefined): string => (s && s.trim() !== '' ? s : '-');

function title(m: EvaluationDetailPrintModel): Content {
  const lines: Content[] = [
    { text: 'EVALUASI KINERJA PEGAWAI', style: 'title' },
    { text: `PENDEKATAN HASIL KERJA ${m.pendekatan.toUpperCase()}`, style: 'subtitle' },
    { text: m.form === 'jpt' ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI' : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL', style: 'subtitle' },
    { text: `PERIODE: ${m.label.toUpperCase()}`, style: 'subtitle' },
  ];
  if (!m.final) lines.push({ text: 'DRAF: evaluasi belum ditetapkan pejabat penilai kinerja, bukan dokumen resmi', italics: true, alignment: 'center', fontSize: 7.5, margin: [0, 2, 0, 0] });
  return {
    stack: [
      ...lines,
      {
        columns: [
          { text: m.agencyName.toUpperCase(), bold: true, width: '*' },
          { text: `PERIODE PENILAIAN: ${periodePenilaian(m.covered).toUpperCase()}`, bold: true, alignment: 'right', width: 'auto' },
        ],
        margin: [0, 8, 0, 3],
      },
    ],
  };
}

function identity(m: EvaluationDetailPrintModel): Content {
  const left = identityLines(m.pegawai);
  const right = m.penilai ? identityLines(m.penilai) : left.map((l) => ({ label: l.label, value: '-' }));
  const body: TableCell[][] = [[head('NO'), head('PEGAWAI YANG DINILAI', { colSpan: 2 }), {}, head('NO'), head('PEJABAT PENILAI KINERJA', { colSpan: 2 }), {}]];
  left.forEach((l, i) => {
    const r = right[i]!;
    body.push([{ text: String(i + 1), alignment: 'center' }, l.label.toUpperCase(), l.value, { text: String(i + 1), alignment: 'center' }, r.label.toUpperCase(), r.value]);
  });
  return { table: { widths: [14, 92, '*', 14, 92, '*'], body, dontBreakRows: true }, layout: grid };
}

function feedbackStack(items: readonly { about: string | null; feedback: PrintedFeedback }[]): TableCell {
  if (items.length === 0) return '-';
  return {
    stack: items.map(({ about, feedback }) => ({
      stack: [
        { text: [...(about ? [{ text: `${about}: `, bold: true }] : []), feedback.text] },
        ...(feedback.answer ? [{ text: `Tanggapan pegawai: ${feedback.answer}`, italics: true, color: '#333', fontSize: 7 }] : []),
      ],
      margin: [0, 0, 0, 2],
    })),
  } as TableCell;
}

function realisasiCell(k: EvaluationPrintRhk['iki'][number]): TableCell {
  if (k.realisasi === null) return { text: 'Belum diisi', italics: true, color: '#555' };
  return {
    stack: [
      k.realisasi,
      ...(k.bukti.length > 0 ? [{ text: 'Bukti dukung:', bold: true, fontSize: 7, margin: [0, 2, 0, 0] }, { ul: k.bukti, fontSize: 6.5, lineHeight: 1, color: '#222' }] : []),
    ],
  } as TableCell;
}

function rhkCell(r: EvaluationPrintRhk): TableCell {
  const extra: Content[] = [];
  if (r.perspektif) extra.push({ text: `Perspektif: ${r.perspektif}`, italics: true, fontSize: 7, margin: [0, 2, 0, 0] });
  if (r.penugasanDari) extra.push({ text: `Penugasan dari: ${r.penugasanDari}`, italics: true, fontSize: 7, margin: [0, 2, 0, 0] });
  return extra.length === 0 ? r.text : ({ stack: [r.text, ...extra] } as TableCell);
}

function parentCell(r: EvaluationPrintRhk): TableCell {
  if (r.parentMissing) return { text: 'RHK pimpinan tidak ditemukan (tautan terputus)', italics: true };
  return dash(r.parentText);
}

function rencanaAksiCell(r: EvaluationPrintRhk, span: number): TableCell {
  return {
    colSpan: span,
    stack: [
      { text: 'Rencana aksi dan realisasinya:', bold: true, fontSize: 7 },
      {
        ul: r.rencanaAksi.map((a) => ({ text: [a.text, ' — ', a.realisasi === null ? { text: 'realisasi belum diisi', italics: true, color: '#555' } : { text: `realisasi: ${a.realisasi}` }] })),
        fontSize: 7,
        lineHeight: 1,
      },
    ],
  } as TableCell;
}

/**
 * One row per IKI, and one for the RHK's rencana aksi when it has any; the number, the RHK (and on
 * JA/JF the intervened RHK) and the umpan balik span the RHK's rows.
 */
function rows(list: readonly EvaluationPrintRhk[], jpt: boolean): TableCell[][] {
  const n = jpt ? 6 : 8;
  if (list.length === 0) return [[{ text: '-', alignment: 'center' }, { text: '', colSpan: n - 1 }, ...Array.from({ length: n - 2 }, () => ({}))]];
  return list.flatMap((r) => {
    const span = r.iki.length + (r.rencanaAksi.length > 0 ? 1 : 0);
    const lines = r.iki.map((k, i): TableCell[] => {
      const first = i === 0;
      const lead: TableCell[] = first
        ? [{ text: String(r.no), alignment: 'center', rowSpan: span }, ...(jpt ? [] : [spanning(parentCell(r), span)]), spanning(rhkCell(r), span)]
        : [{}, ...(jpt ? [] : [{}]), {}];
      const mid: TableCell[] = jpt ? [dash(k.text), dash(k.target)] : [k.aspek, dash(k.text), dash(k.target)];
      return [...lead, ...mid, realisasiCell(k), first ? spanning(feedbackStack(r.umpanBalik), span) : {}];
    });
    if (r.rencanaAksi.length === 0) return lines;
    // IKI … realisasi: four columns on JA/JF (aspek, IKI, target, realisasi), three on JPT.
    const width = jpt ? 3 : 4;
    const aksi: TableCell[] = [{}, ...(jpt ? [] : [{}]), {}, rencanaAksiCell(r, width), ...Array.from({ length: width - 1 }, () => ({})), {}];
    return [...lines, aksi];
  });
}

function hasilKerja(m: EvaluationDetailPrintModel): Content {
  const jpt = m.form === 'jpt';
  const columns = jpt
    ? ['NO', 'RENCANA HASIL KERJA', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'REALISASI BERDASARKAN BUKTI DUKUNG', 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG']
    : ['NO', 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', 'RENCANA HASIL KERJA', 'ASPEK', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'REALISASI BERDASARKAN BUKTI DUKUNG', 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG'];
  const n = columns.length;
  const body: TableCell[][] = [
    section('HASIL KERJA', n),
    columns.map((c) => head(c, { fontSize: 6.5 })),
    numbers(n),
    section('A. Utama', n),
    ...rows(m.hasilKerja.utama, jpt),
    section('B. Tambahan', n),
    ...rows(m.hasilKerja.tambahan, jpt),
  ];
  return {
    table: { headerRows: 3, widths: jpt ? [14, 130, '*', 70, 150, 160] : [14, 95, 105, 40, '*', 58, 130, 140], body, dontBreakRows: true },
    layout: grid,
    margin: [0, 6, 0, 0],
  };
}

/** A full-width boxed line: the heading on the left, the verdict on the right (RATING HASIL KERJA*: …). */
function verdict(label: string, value: TableCell): Content {
  return {
    table: { widths: [200, '*'], body: [[{ text: label, bold: true, fillColor: FILL }, value]], dontBreakRows: true },
    layout: { ...grid, paddingTop: () => 3, paddingBottom: () => 3 },
    margin: [0, -0.5, 0, 0],
    unbreakable: true,
  };
}

const ratingText = (r: Rating | null): TableCell => (r ? { text: RATING_LABEL[r].toUpperCase(), bold: true } : { text: 'Belum diberikan', italics: true });

function ratingHasil(m: EvaluationDetailPrintModel): Content {
  if (!m.leadsOrganisation) return verdict('RATING HASIL KERJA*', ratingText(m.ratingHasilKerja));
  const capaian = m.capaianOrganisasi ? CAPAIAN_ORGANISASI_LABEL[m.capaianOrganisasi] : 'belum ditetapkan';
  return verdict('RATING HASIL KERJA*', {
    stack: [ratingText(m.ratingHasilKerja), { text: `Mengikuti capaian kinerja organisasi yang dipimpin: ${capaian}`, fontSize: 7, italics: true }],
  } as TableCell);
}

function perilaku(m: EvaluationDetailPrintModel): Content {
  const body: TableCell[][] = [
    section('PERILAKU KERJA', 4),
    [head('NO'), head('PERILAKU KERJA'), head('EKSPEKTASI KHUSUS PIMPINAN'), head('UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG')],
    ...m.perilaku.map((p): TableCell[] => [
      { text: String(p.no), alignment: 'center' },
      { stack: [{ text: p.label, bold: true }, { ul: [...p.panduan], fontSize: 7, lineHeight: 1, margin: [0, 1, 0, 0] }] },
      p.ekspektasi,
      feedbackStack(p.umpanBalik.map((feedback) => ({ about: null, feedback }))),
    ]),
  ];
  return { table: { headerRows: 2, widths: [14, '*', 200, 230], body, dontBreakRows: true }, layout: grid, margin: [0, 8, 0, 0] };
}

function predikat(m: EvaluationDetailPrintModel): Content {
  const value: TableCell = m.predikat ? { text: PREDIKAT_LABEL[m.predikat].toUpperCase(), bold: true } : { text: 'Belum dapat ditentukan (rating belum lengkap)', italics: true };
  const note = m.note.trim();
  return {
    stack: [verdict('PREDIKAT KINERJA PEGAWAI*', value), ...(note ? [verdict('CATATAN PEJABAT PENILAI', note)] : [])],
    margin: [0, 8, 0, 0],
  };
}

function signature(m: EvaluationDetailPrintModel): Content {
  const date = m.finalisedOn ? tanggalIndonesia(m.finalisedOn) : BLANK_DATE;
  return {
    columns: [
      { width: '*', text: '* Diisi oleh pejabat penilai kinerja; predikat dari matriks rating hasil kerja dan rating perilaku kerja (PermenPANRB 6/2022).', fontSize: 6.5, color: '#444', margin: [0, 0, 0, 0] },
      { width: 260, alignment: 'center', stack: [{ text: `${BLANK_PLACE}, ${date}` }, { text: 'Pejabat Penilai Kinerja,' }, { text: ' ', margin: [0, 0, 0, 40] }, ...signer(m.penilai)] },
    ],
    columnGap: 24,
    margin: [0, 12, 0, 0],
    unbreakable: true,
  };
}

/** The Evaluasi Kinerja form as a pdfmake document: A4 landscape (eight columns of hasil kerja), the form's sections in its order. */
export function evaluationDetailDocument(m: EvaluationDetailPrintModel): TDocumentDefinitions {
  const nip = m.pegawai.nip ?? '';
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 28, 28, 34],
    language: 'id-ID',
    info: { title: `Evaluasi Kinerja ${m.pegawai.name} ${m.label} ${periodePenilaian(m.covered)}`, subject: 'Evaluasi Kinerja Pegawai', creator: 'Kinerja', producer: 'Kinerja' },
    ...(m.final ? {} : { watermark: { text: 'DRAF', color: '#888888', opacity: 0.12, bold: true } }),
    defaultStyle: { font: 'Roboto', fontSize: 8, lineHeight: 1.1 },
    styles: {
      title: { fontSize: 12, bold: true, alignment: 'center' },
      subtitle: { fontSize: 9, bold: true, alignment: 'center' },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `Evaluasi Kinerja ${m.pegawai.name}${nip ? ` (${nip})` : ''}, ${m.label}${m.final ? '' : ', draf'}`, width: '*' },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right', width: 'auto' },
      ],
      fontSize: 6.5,
      color: '#555',
      margin: [28, 10, 28, 0],
    }),
    content: [
      title(m),
      identity(m),
      hasilKerja(m),
      ratingHasil(m),
      perilaku(m),
      verdict('RATING PERILAKU KERJA*', ratingText(m.ratingPerilakuKerja)),
      // The predikat keeps the signature with it: never a page with only the signature on it.
      { stack: [predikat(m), signature(m)], unbreakable: true },
    ],
  };
}
