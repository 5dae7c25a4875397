/** A workbook as the browser downloads it (same session, same cookies), read with exceljs: the import templates. */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

export async function downloadWorkbook(page: Page, url: string): Promise<ExcelJS.Workbook> {
  const base64 = await page.evaluate(async (u) => {
    const res = await fetch(u);
    if (!res.ok) throw new Error(`download ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, url);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}
