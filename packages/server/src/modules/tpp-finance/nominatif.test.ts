/**
 * The daftar nominatif's renderers on a month the core engine computes from the shipped example
 * inputs under two shipped rule sets (two OPD): the model's totals, the workbook read back cell by
 * cell, and the PDF's pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { SHIPPED_TPP_RULE_SETS, computeTppMonth, parseTppMonthInputs, parseTppRuleSet, type ShippedTppRuleSetName, type TppMonthInputs } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../skp-print/index.js';
import { nominatifFileName, nominatifModel, type NominatifAgencyInput, type NominatifRunInput } from './model.js';
import { nominatifDocument } from './pdf-layout.js';
import { nominatifWorkbook } from './xlsx.js';

function ruleSet(name: ShippedTppRuleSetName) {
  const r = parseTppRuleSet(structuredClone(SHIPPED_TPP_RULE_SETS[name]));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const raw = JSON.parse(readFileSync(new URL('../../../../core/src/tpp/examples/inputs-2026-11.json', import.meta.url), 'utf8')) as unknown;
const parsed = parseTppMonthInputs(raw);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const inputs: TppMonthInputs = parsed.value;

function agency(agencyId: string, agencyName: string, rules: ShippedTppRuleSetName, withSigners: boolean): NominatifAgencyInput {
  const month = computeTppMonth(ruleSet(rules), inputs.month, inputs.employees);
  return {
    agencyId,
    agencyName,
    ...(withSigners ? { pa: { name: 'dr. Hendra Wijaya, M.Kes', nip: '197001011995031001', title: 'Kepala Dinas Kesehatan' }, bendahara: { name: 'Maya Lestari', nip: '198505052010012003' } } : {}),
    rows: month.employees.map((result) => {
      const e = inputs.employees.find((x) => x.employeeId === result.employeeId)!;
      return {
        person: { employeeId: e.employeeId, nip: e.nip ?? null, name: e.name ?? e.employeeId, golongan: e.golongan, kelas: e.kelas, positionName: 'Analis Kebijakan', bankAccount: e.employeeId === 'pegawai-1' ? { bank: 'Bank Kalbar', number: '1002003004' } : null },
        result,
      };
    }),
  };
}

const run: NominatifRunInput = {
  runId: 'run-2026-11',
  month: '2026-11',
  regionName: 'Provinsi Kalimantan Barat',
  status: 'locked',
  lockedAt: '2026-12-03T02:00:00Z',
  agencies: [agency('b', 'Dinas Pendidikan', 'tulang-bawang', false), agency('a', 'Dinas Kesehatan', 'kalbar-default', true)],
};

describe('daftar nominatif', () => {
  const m = nominatifModel(run);

  it('adds up: each row pagu − potongan = bruto = its components, the OPD totals are their rows, the province its OPD', () => {
    expect(m.agencies.map((a) => a.agencyName)).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);
    expect(m.components.map((c) => c.id)).toEqual(['beban_kerja', 'prestasi_kerja']);
    for (const a of m.agencies) {
      for (const r of a.rows) {
        expect(r.pagu - r.deductions).toBe(r.gross);
        expect(r.components.reduce((s, v) => s + v, 0)).toBe(r.gross);
        expect(r.gross - r.pph21 - r.bpjsEmployee - r.net).toBeLessThanOrEqual(r.gross); // rounding only lowers
        expect(r.deductions).toBeGreaterThanOrEqual(0);
      }
      expect(a.total.payable).toBe(a.rows.reduce((s, r) => s + r.payable, 0));
      expect(a.total.gross).toBe(a.rows.reduce((s, r) => s + r.gross, 0));
    }
    expect(m.total.payable).toBe(m.agencies[0]!.total.payable + m.agencies[1]!.total.payable);
    expect(m.counts.employees).toBe(8);
    // The figure docs/tpp.md works out by hand for Andi under the Kalbar default.
    const andi = m.agencies[0]!.rows.find((r) => r.person.name === 'Andi Pratama')!;
    expect(andi.net).toBe(3_093_728);
    expect(andi.gross).toBe(3_291_200);
    expect(andi.pph21).toBe(164_560);
    expect(andi.components).toEqual([1_974_720, 1_316_480]);
    expect(nominatifFileName(m, 'xlsx')).toBe('nominatif-TPP-2026-11-Provinsi-Kalimantan-Barat.xlsx');
  });

  it('the workbook: a recap sheet with the province total and one sheet per OPD, amounts as numbers and NIPs as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await nominatifWorkbook(m)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekapitulasi', 'Dinas Kesehatan', 'Dinas Pendidikan']);
    const kes = wb.getWorksheet('Dinas Kesehatan')!;
    const header = kes.getRow(5).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    expect(col('Dibayarkan')).toBeGreaterThan(0);
    const andiRow = [...Array(kes.rowCount).keys()].map((i) => kes.getRow(i + 1)).find((r) => r.getCell(3).value === 'Andi Pratama')!;
    expect(andiRow.getCell(2).value).toBe('198703122010011002');
    expect(andiRow.getCell(col('Jumlah neto')).value).toBe(3_093_728);
    expect(andiRow.getCell(col('PPh 21')).value).toBe(164_560);
    expect(andiRow.getCell(col('Rekening')).value).toBe('Bank Kalbar 1002003004');
    const recap = wb.getWorksheet('Rekapitulasi')!;
    const recapHeader = recap.getRow(4).values as unknown[];
    const totalRow = recap.getRow(4 + m.agencies.length + 1);
    expect(totalRow.getCell(2).value).toBe('Jumlah Provinsi Kalimantan Barat');
    expect(totalRow.getCell(recapHeader.indexOf('Dibayarkan')).value).toBe(m.total.payable);
    expect(recap.getRow(5).getCell(recapHeader.indexOf('Dibayarkan')).value).toBe(m.agencies[0]!.total.payable);
  });

  it('PPh 21 line by line: the rate each row was taxed at, and an employee without NPWP named in the row and the workbook', async () => {
    const rs = ruleSet('kalbar-default');
    const andi = inputs.employees.find((e) => e.name === 'Andi Pratama')!;
    const month = computeTppMonth(rs, inputs.month, inputs.employees.map((e) => (e === andi ? { ...e, withoutNpwp: true } : e)));
    const rows = month.employees.map((result) => {
      const e = inputs.employees.find((x) => x.employeeId === result.employeeId)!;
      return { person: { employeeId: e.employeeId, nip: e.nip ?? null, name: e.name ?? e.employeeId, golongan: e.golongan, kelas: e.kelas }, result };
    });
    const model = nominatifModel({ runId: 'npwp', month: inputs.month, status: 'locked', agencies: [{ agencyId: 'a', agencyName: 'Dinas Kesehatan', rows }] });
    const row = model.agencies[0]!.rows.find((r) => r.person.name === 'Andi Pratama')!;
    // Golongan III/b: 5 % + 20 % = 6 % of the gross Rp 3.291.200 = Rp 197.472 (164.560 with an NPWP).
    expect([row.gross, row.pph21]).toEqual([3_291_200, 197_472]);
    expect(row.pph21Rate).toBe('6 % (tanpa NPWP: 5 % + 20 %)');
    expect(row.note).toBe('PPh 21 tanpa NPWP: 6 %');
    for (const other of model.agencies[0]!.rows.filter((r) => r !== row)) expect(other.note).not.toContain('NPWP');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await nominatifWorkbook(model)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Dinas Kesehatan')!;
    const header = ws.getRow(5).values as unknown[];
    const andiRow = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(3).value === 'Andi Pratama')!;
    expect(andiRow.getCell(header.indexOf('PPh 21')).value).toBe(197_472);
    expect(andiRow.getCell(header.indexOf('Tarif PPh 21')).value).toBe('6 % (tanpa NPWP: 5 % + 20 %)');
    expect(andiRow.getCell(header.indexOf('Keterangan')).value).toBe('PPh 21 tanpa NPWP: 6 %');
  });

  it('the PDF: A4 landscape pages, one section per OPD and the recap', async () => {
    const doc = nominatifDocument(m);
    expect(doc.pageOrientation).toBe('landscape');
    expect(doc.watermark).toBeUndefined();
    const bytes = await renderPdf(doc);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = bytes.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBe(3);
    if (process.env.TPP_NOMINATIF_PDF) writeFileSync(process.env.TPP_NOMINATIF_PDF, bytes);
    // A draft is marked as one.
    expect(nominatifDocument(nominatifModel({ ...run, status: 'checked' })).watermark).toMatchObject({ text: 'DRAF' });
  });
});
