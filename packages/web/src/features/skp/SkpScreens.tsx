/**
 * The SKP module's screens (a lazy chunk): "#/skp" my SKP of a year, "#/skp/menunggu" the penilai's
 * waiting list, "#/skp/<agencyId>/<skpId>" one SKP, edited while it is the owner's draft, read otherwise;
 * ".../versi" its versions and their diff, ".../matriks" the leader's Matriks Peran Hasil, ".../rencana-aksi"
 * its rencana aksi per period and RHK, ".../impor" its RHK and IKI filled in from Excel.
 */
import { useEffect, useState } from 'react';
import { skpApi, type SkpDetail } from '../../api/skp';
import { ErrorBox, Loading, useLoad } from '../../components/ui';
import type { Route } from '../../router';
import { MatriksScreen } from './MatriksScreen';
import { MySkpScreen } from './MySkpScreen';
import { OverviewScreen } from './OverviewScreen';
import { RencanaAksiScreen } from './RencanaAksiScreen';
import { RencanaAksiSettingScreen } from './RencanaAksiSettingScreen';
import { RhkBulkImportScreen } from './RhkBulkImportScreen';
import { RhkImportScreen } from './RhkImportScreen';
import { SkpEditor } from './SkpEditor';
import { SkpReadView } from './SkpReadView';
import { VersionsScreen } from './VersionsScreen';
import { WaitingScreen } from './WaitingScreen';
import './skp.css';

export default function SkpScreens({ route }: { route: Route }) {
  const [, a, b, c] = route.parts;
  if (a === 'menunggu') return <WaitingScreen />;
  if (a === 'pengaturan' && b) return <RencanaAksiSettingScreen agencyId={b} />;
  if (a === 'impor-massal' && b) return <RhkBulkImportScreen agencyId={b} year={Number(route.query.get('tahun')) || new Date().getFullYear()} />;
  if (a === 'ringkasan') return <OverviewScreen agencyId={b} year={Number(route.query.get('tahun')) || new Date().getFullYear()} />;
  if (a && b && c === 'versi') return <VersionsScreen agencyId={a} skpId={b} />;
  if (a && b && c === 'matriks') return <MatriksScreen agencyId={a} skpId={b} />;
  if (a && b && c === 'rencana-aksi') return <RencanaAksiScreen agencyId={a} skpId={b} />;
  if (a && b && c === 'impor') return <RhkImportScreen agencyId={a} skpId={b} />;
  if (a && b) return <SkpScreen key={b} agencyId={a} skpId={b} />;
  const year = Number(route.query.get('tahun')) || new Date().getFullYear();
  return <MySkpScreen year={year} />;
}

function SkpScreen({ agencyId, skpId }: { agencyId: string; skpId: string }) {
  const loaded = useLoad((signal) => skpApi.detail(agencyId, skpId, signal), [agencyId, skpId]);
  const [detail, setDetail] = useState<SkpDetail | null>(null);
  useEffect(() => setDetail(loaded.data ?? null), [loaded.data]);
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} onRetry={loaded.retry} />;
  if (!detail) return <Loading />;
  const owner = detail.capacities.includes('pegawai') || detail.capacities.includes('pengelola_kinerja');
  const editable = owner && (detail.skp.status === 'draft' || detail.skp.status === 'dikembalikan');
  if (editable) return <SkpEditor detail={detail} onChanged={setDetail} />;
  return <SkpReadView detail={detail} onChanged={setDetail} />;
}
