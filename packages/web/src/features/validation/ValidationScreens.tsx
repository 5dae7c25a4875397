/** The validation chunk's routes: #/validasi[?per=n] (inbox; `per` days a page, 10 by default), #/riwayat/:entryId (history), #/rekap[/:agencyId] (recap). */
import type { Route } from '../../router';
import { HistoryScreen } from './HistoryScreen';
import { InboxScreen } from './InboxScreen';
import { RecapScreen } from './RecapScreen';
import './validation.css';

export default function ValidationScreens({ route }: { route: Route }) {
  const [section, a] = route.parts;
  if (section === 'riwayat' && a) return <HistoryScreen entryId={a} agencyId={route.query.get('instansi')} />;
  if (section === 'rekap') return <RecapScreen agencyId={a} month={route.query.get('bulan')} unitId={route.query.get('unit')} />;
  const per = Number(route.query.get('per'));
  return <InboxScreen pageSize={Number.isInteger(per) && per >= 1 && per <= 50 ? per : undefined} />;
}
