/** Routes of the attendance screens (links.ts lists the addresses); a lazy chunk of its own. */
import { lazy, Suspense } from 'react';
import { ForbiddenPage, NotFoundPage } from '../../components/StatusPages';
import type { Route } from '../../router';
import { canSeeAdmin, useSession } from '../../session';
import { AdminArea } from './AdminArea';
import { Approvals } from './Approvals';
import { LeaveScreen } from './LeaveScreen';
import { MyMonth } from './MyMonth';
import { TeamToday } from './TeamToday';
import './attendance.css';

// The selfie check-in and its admin side load Human (and TensorFlow.js) only when opened.
const SelfieScreen = lazy(() => import('./selfie/SelfieScreen'));
const SelfieAdmin = lazy(() => import('./selfie/SelfieAdmin'));
const Disputes = lazy(() => import('./selfie/Disputes'));

export default function AttendanceScreens({ route }: { route: Route }) {
  const { me } = useSession();
  const [, page, arg] = route.parts;
  if (page === 'swafoto' && arg === 'instansi') return canSeeAdmin(me.account.role) ? <Suspense fallback={null}><SelfieAdmin /></Suspense> : <ForbiddenPage />;
  if (page === 'swafoto' && arg === 'sengketa')
    return me.account.role === 'agency_admin' ? (
      <Suspense fallback={null}>
        <Disputes state={route.parts[3] === 'diputus' ? 'resolved' : 'open'} />
      </Suspense>
    ) : (
      <ForbiddenPage />
    );
  if (page === 'instansi') return canSeeAdmin(me.account.role) ? <AdminArea route={route} /> : <ForbiddenPage />;
  // The rest is an employee's own attendance, or their team's.
  if (!me.employee) return <ForbiddenPage />;
  switch (page) {
    case undefined:
      return <MyMonth month={undefined} day={route.query.get('hari')} />;
    case 'bulan':
      return <MyMonth month={arg} day={route.query.get('hari')} />;
    case 'izin':
      return <LeaveScreen creating={arg === 'baru'} />;
    case 'persetujuan':
      return <Approvals />;
    case 'tim':
      return <TeamToday />;
    case 'swafoto':
      return (
        <Suspense fallback={null}>
          <SelfieScreen />
        </Suspense>
      );
  }
  return <NotFoundPage />;
}
