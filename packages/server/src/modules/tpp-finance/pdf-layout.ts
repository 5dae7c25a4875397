import { formatRupiah } from '@kinerja/core';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BLANK_DATE, BLANK_PLACE, FILL, grid, head } from '../skp-print/index.js';
import { accountText, bulanTahun, type NominatifAgency, type NominatifAmounts, type NominatifModel, type NominatifSigner } from './model.js';

/** Amounts in the table without "Rp" (the heading says rupiah): "1.974.720". */
const rp = (n: number): TableCell => ({ text: formatRupiah(n).replace('Rp ', ''), alignment: 'right', noWrap: true });

function amountHeads(m: NominatifModel): TableCell[] {
  return [
    head('Pagu TPP'),
    head('Potongan'),
    ...m.components.map((c) => head(`Bruto ${c.name}`)),
    head('Jumlah bruto'),
    head('PPh 21'),
    head('BPJS 1 %'),
    head('Jumlah neto'),
    head('Dibayarkan'),
  ];
}

function amountRow(a: NominatifAmounts): TableCell[] {
  return [rp(a.pagu), rp(a.deductions), ...a.components.map(rp), rp(a.gross), rp(a.pph21), rp(a.bpjsEmployee), rp(a.net), { ...(rp(a.payable) as object), bold: true } as TableCell];
}

function title(m: NominatifModel, scope: string): Content {
  return {
    stack: [
      { text: 'DAFTAR NOMINATIF PEMBAYARAN TAMBAHAN PENGHASILAN PEGAWAI (TPP) ASN', style: 'title' },
      { text: `BULAN ${bulanTahun(m.month).toUpperCase()}`, style: 'subtitle' },
      { text: scope.toUpperCase(), style: 'subtitle', margin: [0, 0, 0, 6] },
    ],
  };
}

function signerLines(p: NominatifSigner | null): Content[] {
  if (!p) return [{ text: '(.................................................)' }, { text: 'NIP. ......................................' }];
  return [{ text: p.name, bold: true, decoration: 'underline' }, { text: p.nip ? `NIP. ${p.nip}` : ' ' }];
}

function signatures(a: NominatifAgency): Content {
  const block = (lines: string[], p: NominatifSigner | null) =>
    ({ width: '*', alignment: 'center', stack: [...lines.map((text) => ({ text })), { text: ' ', margin: [0, 0, 0, 40] }, ...signerLines(p)] }) as Content;
  return {
    columns: [
      block(['Mengetahui/Menyetujui,', 'Pengguna Anggaran/Kuasa Pengguna Anggaran', a.pa?.title ?? ' '], a.pa),
      { width: 120, text: '' },
      block([`${BLANK_PLACE}, ${BLANK_DATE}`, 'Bendahara Pengeluaran', a.bendahara?.title ?? ' '], a.bendahara),
    ],
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}

function agencySection(m: NominatifModel, a: NominatifAgency, first: boolean): Content {
  const n = m.components.length;
  const widths: (number | string)[] = [16, 118, 34, ...Array(n + 7).fill('*'), 78];
  const header: TableCell[] = [head('No'), head('Nama / NIP'), head('Gol. / Kelas'), ...amountHeads(m), head('Rekening / Keterangan')];
  const body: TableCell[][] = [header];
  for (const r of a.rows) {
    const note = r.note;
    body.push([
      { text: String(r.no), alignment: 'center' },
      { stack: [{ text: r.person.name, bold: true }, { text: r.person.nip ?? '-', color: '#333' }, ...(r.person.positionName ? [{ text: r.person.positionName, fontSize: 6, color: '#555' }] : [])] },
      { stack: [{ text: r.person.golongan ?? '-' }, { text: r.person.kelas === null ? '-' : `Kelas ${r.person.kelas}` }], alignment: 'center' },
      ...amountRow(r),
      { stack: [{ text: accountText(r.person) }, ...(note ? [{ text: note, italics: true, fontSize: 6 }] : [])] },
    ]);
  }
  body.push([
    { text: `JUMLAH (${a.counts.employees} pegawai)`, colSpan: 3, bold: true, fillColor: FILL },
    {},
    {},
    ...amountRow(a.total).map((c) => ({ ...(c as object), bold: true, fillColor: FILL }) as TableCell),
    { text: '', fillColor: FILL },
  ]);
  return {
    stack: [
      title(m, a.agencyName),
      { table: { headerRows: 1, widths, body, dontBreakRows: true }, layout: grid },
      {
        text: `Bruto = pagu − potongan (produktivitas, disiplin, hukuman disiplin). BPJS 4 % sebesar ${formatRupiah(a.total.bpjsEmployer)} dibayar pemerintah daerah, tidak dipotong dari pegawai.`,
        fontSize: 6.5,
        color: '#444',
        margin: [0, 3, 0, 0],
      },
      signatures(a),
    ],
    ...(first ? {} : { pageBreak: 'before' as const }),
  };
}

function recap(m: NominatifModel): Content {
  const widths: (number | string)[] = [16, 150, 40, ...Array(m.components.length + 7).fill('*')];
  const body: TableCell[][] = [[head('No'), head('Instansi'), head('Pegawai'), ...amountHeads(m)]];
  m.agencies.forEach((a, i) => body.push([{ text: String(i + 1), alignment: 'center' }, a.agencyName, { text: String(a.counts.employees), alignment: 'right' }, ...amountRow(a.total)]));
  body.push([
    { text: `JUMLAH ${m.regionName ? m.regionName.toUpperCase() : ''}`.trim(), colSpan: 2, bold: true, fillColor: FILL },
    {},
    { text: String(m.counts.employees), alignment: 'right', bold: true, fillColor: FILL },
    ...amountRow(m.total).map((c) => ({ ...(c as object), bold: true, fillColor: FILL }) as TableCell),
  ]);
  return {
    stack: [
      { text: 'REKAPITULASI TAMBAHAN PENGHASILAN PEGAWAI (TPP) ASN PER PERANGKAT DAERAH', style: 'title' },
      { text: `BULAN ${bulanTahun(m.month).toUpperCase()}${m.regionName ? ` · ${m.regionName.toUpperCase()}` : ''}`, style: 'subtitle', margin: [0, 0, 0, 6] },
      { table: { headerRows: 1, widths, body, dontBreakRows: true }, layout: grid },
      { text: `Pegawai ditunda (SKP belum selesai): ${m.counts.held}; tidak menerima TPP: ${m.counts.nonTpp}. BPJS 4 % dibayar pemerintah daerah: ${formatRupiah(m.total.bpjsEmployer)}.`, fontSize: 7, margin: [0, 4, 0, 0] },
    ],
    pageBreak: 'before',
  };
}

/** The nominatif as a pdfmake document: A4 landscape, one section per OPD with its signatures, and the recap when there are several. */
export function nominatifDocument(m: NominatifModel): TDocumentDefinitions {
  const content: Content[] = m.agencies.map((a, i) => agencySection(m, a, i === 0));
  if (m.agencies.length === 0) content.push({ text: 'Tidak ada pegawai dalam perhitungan ini.', italics: true });
  if (m.agencies.length > 1) content.push(recap(m));
  const draft = m.status !== 'locked';
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [24, 24, 24, 30],
    info: { title: `Daftar nominatif TPP ${bulanTahun(m.month)}`, creator: 'Kinerja' },
    ...(draft ? { watermark: { text: 'DRAF', opacity: 0.08, bold: true } } : {}),
    content,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: draft ? 'DRAF: perhitungan belum dikunci, bukan dasar pembayaran' : `Perhitungan terkunci${m.lockedAt ? ` ${m.lockedAt.slice(0, 10)}` : ''} · ${m.runId}`, fontSize: 6.5, color: '#555' },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 6.5, color: '#555' },
      ],
      margin: [24, 8, 24, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 7, lineHeight: 1.1 },
    styles: {
      title: { fontSize: 11, bold: true, alignment: 'center' },
      subtitle: { fontSize: 9, bold: true, alignment: 'center' },
    },
  };
}
