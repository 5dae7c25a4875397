/** The journal's addresses, and opening and closing the entry sheet over the day page. */
import { href, navigate } from '../../router';

export const dayHref = (date: string) => href(['jurnal', date]);
export const weekHref = (date: string) => href(['jurnal', 'minggu', date]);
export const monthHref = (month: string) => href(['jurnal', 'bulan', month]);

/** The sheet was opened from the day page (so "close" is "back"), not from a link or a reload. */
let sheetOpenedHere = false;
export function openSheet(to: string) {
  sheetOpenedHere = true;
  navigate(to);
}

export function closeSheet(date: string) {
  if (sheetOpenedHere) {
    sheetOpenedHere = false;
    history.back();
  } else navigate(dayHref(date), { replace: true });
}
