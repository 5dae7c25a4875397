/** The validation chunk's routes: #/validasi (inbox), #/riwayat/:entryId (history), #/rekap[/:agencyId] (recap). */
import type { Route } from '../router';
import { HistoryScreen } from './HistoryScreen';
import { InboxScreen } from './InboxScreen';
import { RecapScreen } from './RecapScreen';

export default function ValidationScreens({ route }: { route: Route }) {
  const [section, a] = route.parts;
  if (section === 'riwayat' && a) return <HistoryScreen entryId={a} agencyId={route.query.get('instansi')} />;
  if (section === 'rekap') return <RecapScreen agencyId={a} month={route.query.get('bulan')} />;
  return <InboxScreen />;
}
