/**
 * An employee's annual result for one year on their evaluation page: every SKP of the year (a
 * mid-year move gives two) with its annual predikat, the one that stands for the year marked, and
 * whether the year is complete or provisional (core combineYear; docs/evaluation.md).
 */
import { evaluationApi } from '../../api/evaluation';
import { ErrorBox, Notice, useLoad } from '../../components/ui';
import { formatDateRange, formatNumber } from '../../format';
import { useI18n } from '../../i18n';

export function AnnualCard({ agencyId, employeeId, year }: { agencyId: string; employeeId: string; year: number }) {
  const { t } = useI18n();
  const a = t.evaluation.annual;
  const loaded = useLoad((signal) => evaluationApi.annual(agencyId, employeeId, year, signal), [agencyId, employeeId, year]);
  const r = loaded.data;
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} onRetry={loaded.retry} />;
  if (!r) return null;
  const ak = (v: number) => formatNumber(Math.round(v * 1000) / 1000, t.locale);
  return (
    <section className="card stack evaluation-annual" data-testid="evaluation-annual" data-complete={r.complete}>
      <h3>{a.title(year)}</h3>
      <dl className="evaluation-facts">
        <dt>{t.evaluation.ratingHasil}</dt>
        <dd>{r.ratingHasilKerja ? t.evaluation.rating[r.ratingHasilKerja] : t.evaluation.notRated}</dd>
        <dt>{t.evaluation.ratingPerilaku}</dt>
        <dd>{r.ratingPerilakuKerja ? t.evaluation.rating[r.ratingPerilakuKerja] : t.evaluation.notRated}</dd>
        <dt>{t.evaluation.predikat}</dt>
        <dd data-testid="evaluation-annual-predikat">
          <strong>{r.predikat ? t.evaluation.predikatLabel[r.predikat] : t.evaluation.notRated}</strong>
        </dd>
      </dl>
      {r.angkaKredit !== null && <p>{a.angkaKredit(ak(r.angkaKredit))}</p>}
      <Notice kind={r.complete ? 'ok' : 'info'}>{r.complete ? a.complete : a.provisional}</Notice>
      {r.skps.length > 1 && <p className="muted">{a.rule}</p>}
      {r.skps.length > 1 && (
        <ul className="plain-list evaluation-annual__skps">
          {r.skps.map((s) => (
            <li key={s.skpId} data-testid="evaluation-annual-skp" data-chosen={s.chosen}>
              <strong>{s.positionName}</strong> · {formatDateRange(s.coveredFrom, s.coveredTo, t)}
              <br />
              {t.evaluation.predikat}: {s.predikat ? t.evaluation.predikatLabel[s.predikat] : t.evaluation.notRated}
              {s.penilaiName ? ` · ${a.penilai(s.penilaiName)}` : ''}
              {s.chosen && <span className="eval-status eval-status--ok">{a.chosen}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
