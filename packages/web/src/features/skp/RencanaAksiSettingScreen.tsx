/**
 * "#/skp/pengaturan/<agencyId>": the agency's rencana aksi period (issue 16 item 5), per month or per
 * quarter, changed by the agency's admin (or the BKD) from a date on: effective-dated, never backwards,
 * so SKP already planned keep the periods they were planned in. Read by the agency's other readers.
 */
import { useEffect, useState } from 'react';
import { skpApi, type SkpSettingsAnswer } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { href } from '../../router';
import { useSession } from '../../session';
import { useRencanaAksiText } from './rencanaAksiText';

type Periode = SkpSettingsAnswer['settings']['rencanaAksi'];
const PERIODES: readonly Periode[] = ['bulanan', 'triwulanan'];

export function RencanaAksiSettingScreen({ agencyId }: { agencyId: string }) {
  const tx = useRencanaAksiText();
  const { t, lang } = useI18n();
  const { me } = useSession();
  const canEdit = me.account.role === 'bkd_admin' || (me.account.role === 'agency_admin' && me.account.agencyId === agencyId);
  const loaded = useLoad((signal) => skpApi.settings(agencyId, signal), [agencyId]);
  const [choice, setChoice] = useState<Periode | null>(null);
  const [from, setFrom] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SkpSettingsAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!loaded.data) return;
    setChoice(loaded.data.settings.rencanaAksi);
    setFrom(loaded.data.effectiveFrom ?? '');
  }, [loaded.data]);

  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} onRetry={loaded.retry} />;
  if (!loaded.data || choice === null) return <Loading />;

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!choice) return;
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      setSaved(await skpApi.changeSettings(agencyId, { settings: { rencanaAksi: choice }, ...(from ? { effectiveFrom: from } : {}) }));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="stack skp" data-testid="ra-setting">
      <a className="btn btn--ghost skp-back" href={href(['skp', 'ringkasan', agencyId])}>
        <Icon name="back" /> {t.skpOverview.title}
      </a>
      <PageTitle testId="ra-setting-title">{tx.settingTitle}</PageTitle>
      <p className="muted">{tx.settingIntro}</p>
      <form className="card stack" onSubmit={(e) => void save(e)} noValidate>
        <fieldset className="stack" disabled={!canEdit || saving}>
          <legend className="field__label">{tx.settingTitle}</legend>
          <div className="ra-periods" role="group" aria-label={tx.settingTitle}>
            {PERIODES.map((p) => (
              <button key={p} type="button" className="btn btn--secondary ra-period" aria-pressed={choice === p} onClick={() => setChoice(p)} data-testid={`ra-setting-${p}`}>
                {tx.settingOptions[p]}
              </button>
            ))}
          </div>
          <label className="field">
            <span className="field__label">{lang === 'en' ? 'In force from' : 'Berlaku mulai'}</span>
            <input className="field__input" type="date" value={from} min={loaded.data.effectiveFrom ?? undefined} onChange={(e) => setFrom(e.target.value)} data-testid="ra-setting-from" />
          </label>
        </fieldset>
        {error !== null && <ErrorBox error={error} />}
        {saved && (
          <Notice kind="ok" live>
            <span data-testid="ra-setting-saved">{tx.settingSaved(formatDate(saved.effectiveFrom ?? from, t.locale))}</span>
          </Notice>
        )}
        {canEdit && (
          <button type="submit" className="btn btn--primary btn--block" disabled={saving} data-testid="ra-setting-save">
            {saving ? tx.saving : tx.save}
          </button>
        )}
      </form>
    </div>
  );
}
