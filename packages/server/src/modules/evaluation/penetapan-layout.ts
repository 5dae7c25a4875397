import {
  CAPAIAN_ORGANISASI_LABEL,
  DISTRIBUTION_RULES,
  periodePenilaian,
  PREDIKAT_LABEL,
  PREDIKATS,
  RATING_LABEL,
  type CapaianOrganisasi,
  type DistributionRule,
  type Period,
  type Predikat,
  type Rating,
} from '@kinerja/core';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BLANK_DATE, BLANK_PLACE, FILL, grid } from '../skp-print/index.js';

/** The Penetapan Predikat Kinerja Pegawai of one organisation and period (SE MenPANRB 3/2023, tahap 3). */
export interface PenetapanModel {
  agencyName: string;
  unitName: string;
  label: string;
  period: Period;
  capaian: CapaianOrganisasi;
  rows: { name: string; nip: string | null; positionName: string; ratingHasilKerja: Rating | null; ratingPerilakuKerja: Rating | null; predikat: Predikat | null; final: boolean }[];
  counts: Record<Predikat, number>;
  breaches: string[];
  /** Every row finalised: otherwise the document is a DRAF. */
  final: boolean;
}

function ruleText(rule: DistributionRule): string {
  const group = rule.predikat.map((p) => PREDIKAT_LABEL[p]).join(' dan/atau ');
  switch (rule.kind) {
    case 'at_most':
      return rule.percent === 0 ? `Tidak ada ${group}` : `${group} paling banyak ${rule.percent}%`;
    case 'at_least':
      return `${group} paling sedikit ${rule.percent}%`;
    case 'some':
      return `Harus ada ${group}`;
  }
}

const pct = (n: number, total: number) => (total === 0 ? '0' : (Math.round((n * 1000) / total) / 10).toString().replace('.', ','));

function peopleTable(m: PenetapanModel): Content {
  const head = ['NO', 'NAMA / NIP', 'JABATAN', 'RATING HASIL KERJA', 'RATING PERILAKU KERJA', 'PREDIKAT KINERJA'].map((text): TableCell => ({ text, bold: true, alignment: 'center', fillColor: FILL }));
  const rows: TableCell[][] = m.rows.map((r, i) => [
    { text: String(i + 1), alignment: 'center' },
    { stack: [{ text: r.name }, ...(r.nip ? [{ text: `NIP. ${r.nip}`, fontSize: 7.5 }] : [])] },
    r.positionName,
    r.ratingHasilKerja ? RATING_LABEL[r.ratingHasilKerja] : '-',
    r.ratingPerilakuKerja ? RATING_LABEL[r.ratingPerilakuKerja] : '-',
    { text: r.predikat ? PREDIKAT_LABEL[r.predikat] + (r.final ? '' : ' *') : '-', bold: true },
  ]);
  if (rows.length === 0) rows.push([{ text: 'Belum ada evaluasi pegawai pada periode ini.', colSpan: 6, italics: true, alignment: 'center' }, {}, {}, {}, {}, {}]);
  return { table: { headerRows: 1, widths: [18, '*', '*', 70, 70, 72], body: [head, ...rows], dontBreakRows: true }, layout: grid, margin: [0, 4, 0, 0] };
}

function distributionTable(m: PenetapanModel): Content {
  const total = PREDIKATS.reduce((s, p) => s + m.counts[p], 0);
  const head = ['PREDIKAT KINERJA', 'JUMLAH PEGAWAI', 'PERSENTASE'].map((text): TableCell => ({ text, bold: true, alignment: 'center', fillColor: FILL }));
  const rows: TableCell[][] = PREDIKATS.map((p) => [PREDIKAT_LABEL[p], { text: String(m.counts[p]), alignment: 'center' }, { text: `${pct(m.counts[p], total)}%`, alignment: 'center' }]);
  rows.push([{ text: 'JUMLAH', bold: true }, { text: String(total), alignment: 'center', bold: true }, { text: total === 0 ? '0%' : '100%', alignment: 'center', bold: true }]);
  return { table: { headerRows: 1, widths: ['*', 90, 90], body: [head, ...rows] }, layout: grid, margin: [0, 4, 0, 0] };
}

/** The Penetapan Predikat Kinerja Pegawai as a pdfmake document: A4 portrait, DRAF until every row is finalised. */
export function penetapanDocument(m: PenetapanModel): TDocumentDefinitions {
  const rules = DISTRIBUTION_RULES[m.capaian].map(ruleText);
  const title: Content[] = [
    { text: 'PENETAPAN PREDIKAT KINERJA PEGAWAI', style: 'title' },
    { text: `PERIODE: ${m.label.toUpperCase()}`, style: 'subtitle' },
  ];
  if (!m.final) title.push({ text: 'DRAF: belum semua evaluasi ditetapkan pejabat penilai kinerja (tanda * pada predikat), bukan dokumen resmi', italics: true, alignment: 'center', fontSize: 8, margin: [0, 3, 0, 0] });
  const facts: TableCell[][] = [
    ['INSTANSI', m.agencyName],
    ['ORGANISASI', m.unitName],
    ['PERIODE PENILAIAN', periodePenilaian(m.period)],
    ['CAPAIAN KINERJA ORGANISASI', { text: CAPAIAN_ORGANISASI_LABEL[m.capaian].toUpperCase(), bold: true }],
    ['POLA DISTRIBUSI (SE MENPANRB 3/2023)', { ul: rules }],
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 44, 40, 40],
    language: 'id-ID',
    info: { title: `Penetapan Predikat Kinerja ${m.unitName} ${m.label} ${periodePenilaian(m.period)}`, subject: 'Penetapan Predikat Kinerja Pegawai', creator: 'Kinerja', producer: 'Kinerja' },
    ...(m.final ? {} : { watermark: { text: 'DRAF', color: '#888888', opacity: 0.12, bold: true } }),
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 13, bold: true, alignment: 'center' },
      subtitle: { fontSize: 10, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
      section: { fontSize: 9, bold: true, margin: [0, 10, 0, 0] },
    },
    footer: (page: number, pages: number) => ({ text: `Penetapan Predikat Kinerja ${m.unitName}, ${m.label}${m.final ? '' : ', draf'} · halaman ${page} dari ${pages}`, fontSize: 6.5, color: '#555', margin: [40, 12, 40, 0] }),
    content: [
      ...title,
      { table: { widths: [150, '*'], body: facts.map(([a, b]) => [{ text: a as string, bold: true, fillColor: FILL }, b as TableCell]) }, layout: grid, margin: [0, 12, 0, 0] },
      { text: 'A. PREDIKAT KINERJA PEGAWAI', style: 'section' },
      peopleTable(m),
      { text: 'B. DISTRIBUSI PREDIKAT KINERJA', style: 'section' },
      distributionTable(m),
      m.breaches.length === 0
        ? { text: 'Distribusi predikat sesuai pola distribusi capaian kinerja organisasi.', margin: [0, 4, 0, 0] }
        : { stack: [{ text: 'Distribusi predikat belum sesuai pola distribusi:', bold: true }, { ul: m.breaches }], margin: [0, 4, 0, 0] },
      {
        columns: [
          { width: '*', text: '' },
          {
            width: 220,
            alignment: 'center',
            stack: [{ text: `${BLANK_PLACE}, ${BLANK_DATE}` }, { text: 'Pimpinan yang menetapkan,' }, { text: ' ', margin: [0, 0, 0, 44] }, { text: '(.................................................)' }, { text: 'NIP. ......................................' }],
          },
        ],
        margin: [0, 18, 0, 0],
        unbreakable: true,
      },
    ],
  };
}
