/**
 * "#/skp/<agencyId>/<skpId>/matriks": the Matriks Peran Hasil of a leader's SKP: each of their RHK with
 * the subordinates whose RHK intervene it; an RHK nobody carries is marked, and so are subordinates
 * whose SKP intervenes nothing of it and links to an RHK no longer in it.
 */
import { skpApi } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { useI18n } from '../../i18n';
import { href } from '../../router';

export function MatriksScreen({ agencyId, skpId }: { agencyId: string; skpId: string }) {
  const { t } = useI18n();
  const m = useLoad((signal) => skpApi.matriks(agencyId, skpId, signal), [agencyId, skpId]);
  if (m.error !== undefined) return <ErrorBox error={m.error} onRetry={m.retry} />;
  if (!m.data) return <Loading />;
  const { rows, uncarried, subordinatesWithoutLink, brokenLinks } = m.data;
  const lonely = new Set(uncarried);
  return (
    <div className="stack skp">
      <a className="btn btn--ghost skp-back" href={href(['skp', agencyId, skpId])}>
        <Icon name="back" /> {t.skp.backToSkp}
      </a>
      <PageTitle testId="skp-matriks-title">{t.skp.matriksTitle}</PageTitle>
      <p className="muted">{t.skp.matriksIntro(m.data.version)}</p>
      {uncarried.length > 0 && <Notice kind="warn">{t.skp.matriksUncarried(uncarried.length)}</Notice>}
      {rows.length === 0 && <p className="empty">{t.skp.noRhk}</p>}
      <ol className="plain-list stack">
        {rows.map((row, i) => (
          <li key={row.leaderRhkId} className={`card matriks${lonely.has(row.leaderRhkId) ? ' matriks--uncarried' : ''}`} data-testid="skp-matriks-row" data-uncarried={lonely.has(row.leaderRhkId)}>
            <h3 className="rhk__title">{t.skp.rhkNumber(i + 1)}</h3>
            <p className="rhk__text">{row.leaderRhkText}</p>
            {row.carriers.length === 0 ? (
              <p className="rhk__problem">
                <Icon name="alert" size={20} /> {t.skp.matriksNobody}
              </p>
            ) : (
              <ul className="plain-list matriks__carriers">
                {row.carriers.map((c) => (
                  <li key={`${c.skpId}-${c.rhkId}`} data-testid="skp-matriks-carrier">
                    <strong>{c.employeeName}</strong>
                    {c.cascadingType && <span className="muted"> · {t.skp.cascadingType[c.cascadingType]}</span>}
                    <p>{c.rhkText}</p>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {subordinatesWithoutLink.length > 0 && (
        <section className="card stack" data-testid="skp-matriks-without-link">
          <h2>{t.skp.matriksWithoutLink}</h2>
          <ul>
            {subordinatesWithoutLink.map((s) => (
              <li key={s.employeeId}>{s.employeeName}</li>
            ))}
          </ul>
        </section>
      )}
      {brokenLinks.length > 0 && (
        <section className="card stack" data-testid="skp-matriks-broken">
          <h2>{t.skp.matriksBroken}</h2>
          <ul>
            {brokenLinks.map((c) => (
              <li key={`${c.skpId}-${c.rhkId}`}>
                <strong>{c.employeeName}</strong>: {c.rhkText}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
