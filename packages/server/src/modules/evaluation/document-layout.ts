import {
  CAPAIAN_ORGANISASI_LABEL,
  identityLines,
  periodePenilaian,
  PREDIKAT_LABEL,
  RATING_LABEL,
  tanggalIndonesia,
  type CapaianOrganisasi,
  type Period,
  type Predikat,
  type Rating,
  type SkpPersonSnapshot,
} from '@kinerja/core';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BLANK_DATE, BLANK_PLACE, FILL, grid, head, signer } from '../skp-print/index.js';

/** Everything the Dokumen Evaluasi Kinerja Pegawai shows: the SKP's snapshot of the people and the evaluation. */
export interface EvaluationDocumentModel {
  agencyName: string;
  /** 'Triwulan I', 'Maret', 'Tahunan'. */
  label: string;
  /** The days of the period this SKP covers (an employee who moved mid-period has one document per SKP). */
  covered: Period;
  /** False: still in progress (or reopened), printed with a "DRAF" mark. */
  final: boolean;
  /** The day it was finalised (yyyy-mm-dd, the agency's calendar): the signature date. */
  finalisedOn: string | null;
  pegawai: SkpPersonSnapshot;
  penilai: SkpPersonSnapshot | null;
  atasanPenilai: SkpPersonSnapshot | null;
  capaianOrganisasi: CapaianOrganisasi | null;
  /** A leader's rating hasil kerja is the capaian of the organisation they lead. */
  leadsOrganisation: boolean;
  ratingHasilKerja: Rating | null;
  ratingPerilakuKerja: Rating | null;
  predikat: Predikat | null;
  note: string;
}

const NO_WIDTH = 18;
const LABEL_WIDTH = 170;

function sectionRows(no: number, title: string, rows: [string, TableCell][]): TableCell[][] {
  return [
    [{ text: String(no), alignment: 'center', bold: true, rowSpan: rows.length + 1, fillColor: FILL }, { text: title, bold: true, colSpan: 2, fillColor: FILL }, {}],
    ...rows.map(([label, value]): TableCell[] => [{}, label, value]),
  ];
}

function personRows(p: SkpPersonSnapshot | null): [string, TableCell][] {
  const lines = p ? identityLines(p) : identityLines({ status: 'pns', name: '-', nip: null, rank: null, positionName: '-', unitName: '-' });
  return lines.map((l) => [l.label.toUpperCase(), l.value]);
}

function predikatCell(m: EvaluationDocumentModel): TableCell {
  if (!m.predikat) return { text: 'Belum dapat ditentukan (rating belum lengkap)', italics: true };
  const hasil = m.ratingHasilKerja ? RATING_LABEL[m.ratingHasilKerja] : '-';
  const perilaku = m.ratingPerilakuKerja ? RATING_LABEL[m.ratingPerilakuKerja] : '-';
  return {
    stack: [
      { text: PREDIKAT_LABEL[m.predikat].toUpperCase(), bold: true },
      {
        text: `Rating hasil kerja: ${hasil}${m.leadsOrganisation ? ' (capaian organisasi yang dipimpin)' : ''}; rating perilaku kerja: ${perilaku}`,
        fontSize: 7.5,
        color: '#444',
        margin: [0, 1, 0, 0],
      },
    ],
  };
}

function capaianCell(m: EvaluationDocumentModel): TableCell {
  if (!m.capaianOrganisasi) return { text: 'Belum ditetapkan', italics: true };
  return { text: CAPAIAN_ORGANISASI_LABEL[m.capaianOrganisasi].toUpperCase(), bold: true };
}

function body(m: EvaluationDocumentModel): Content {
  const note = m.note.trim();
  const rows: TableCell[][] = [
    ...sectionRows(1, 'PEGAWAI YANG DINILAI', personRows(m.pegawai)),
    ...sectionRows(2, 'PEJABAT PENILAI KINERJA', personRows(m.penilai)),
    ...sectionRows(3, 'ATASAN PEJABAT PENILAI KINERJA', personRows(m.atasanPenilai)),
    ...sectionRows(4, 'EVALUASI KINERJA', [
      ['CAPAIAN KINERJA ORGANISASI', capaianCell(m)],
      ['PREDIKAT KINERJA PEGAWAI', predikatCell(m)],
    ]),
    [
      { text: '5', alignment: 'center', bold: true, rowSpan: 2, fillColor: FILL },
      { text: 'CATATAN/REKOMENDASI', bold: true, colSpan: 2, fillColor: FILL },
      {},
    ],
    [{}, { text: note === '' ? '-' : note, colSpan: 2 }, {}],
  ];
  const noteRow = rows.length - 1;
  return {
    table: { widths: [NO_WIDTH, LABEL_WIDTH, '*'], body: rows, heights: (i: number) => (i === noteRow ? 72 : 0), dontBreakRows: true },
    layout: { ...grid, paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 4, paddingRight: () => 4 },
    margin: [0, 4, 0, 0],
  };
}

function signatures(m: EvaluationDocumentModel): Content {
  const dateLine = `${BLANK_PLACE}, ${m.finalisedOn ? tanggalIndonesia(m.finalisedOn) : BLANK_DATE}`;
  const block = (heading: string, p: SkpPersonSnapshot | null) =>
    ({ width: '*', alignment: 'center', stack: [{ text: dateLine }, { text: heading }, { text: ' ', margin: [0, 0, 0, 44] }, ...signer(p)] }) as Content;
  return {
    columns: [block('Pegawai yang Dinilai,', m.pegawai), block('Pejabat Penilai Kinerja,', m.penilai)],
    columnGap: 32,
    margin: [0, 20, 0, 0],
    unbreakable: true,
  };
}

/** The one-page Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022 lampiran) as a pdfmake document: A4 portrait. */
export function evaluationDocument(m: EvaluationDocumentModel): TDocumentDefinitions {
  const nip = m.pegawai.nip ?? '';
  const title: Content[] = [
    { text: 'DOKUMEN EVALUASI KINERJA PEGAWAI', style: 'title' },
    { text: `PERIODE: ${m.label.toUpperCase()}`, style: 'subtitle' },
  ];
  if (!m.final) title.push({ text: 'DRAF: evaluasi belum ditetapkan pejabat penilai kinerja, bukan dokumen resmi', italics: true, alignment: 'center', fontSize: 8, margin: [0, 3, 0, 0] });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [48, 48, 48, 40],
    language: 'id-ID',
    info: {
      title: `Dokumen Evaluasi Kinerja ${m.pegawai.name} ${m.label} ${periodePenilaian(m.covered)}`,
      subject: 'Dokumen Evaluasi Kinerja Pegawai',
      creator: 'Kinerja',
      producer: 'Kinerja',
    },
    ...(m.final ? {} : { watermark: { text: 'DRAF', color: '#888888', opacity: 0.12, bold: true } }),
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 13, bold: true, alignment: 'center' },
      subtitle: { fontSize: 10, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
    },
    footer: () => ({
      text: `Dokumen Evaluasi Kinerja ${m.pegawai.name}${nip ? ` (${nip})` : ''}, ${m.label}${m.final ? '' : ', draf'}`,
      fontSize: 6.5,
      color: '#555',
      margin: [48, 12, 48, 0],
    }),
    content: [
      ...title,
      {
        columns: [
          { text: m.agencyName.toUpperCase(), bold: true, width: '*' },
          { text: `PERIODE PENILAIAN: ${periodePenilaian(m.covered).toUpperCase()}`, bold: true, alignment: 'right', width: 'auto' },
        ],
        columnGap: 12,
        margin: [0, 14, 0, 4],
      },
      body(m),
      signatures(m),
    ],
  };
}
