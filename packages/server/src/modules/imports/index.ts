// What other modules may use of the spreadsheet import (reading an uploaded file); everything else here is its own.
export { sniffFormat } from './sniff.js';
export { XLSX_TYPE } from './template.js';
export { readUpload } from './upload.js';
// The SKP's RHK import reads its workbook as the staff import does (guard first, then exceljs, cells as shown).
export { readXlsx, XlsxReadError } from './parse-xlsx.js';
export { guardXlsx, refuseHostileXlsx, XlsxRefused } from './xlsx-guard.js';
