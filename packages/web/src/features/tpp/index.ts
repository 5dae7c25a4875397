// What the app shell and Beranda use of TPP.
export { useTppText } from './text';
export { canSeeTppAgency, seesProvince } from './access';
