/**
 * The live distribution curve of one organisation (SE MenPANRB 3/2023), readable at a glance on a
 * 360 px phone: one bar per predikat (count and share), then each rule of the organisation's
 * capaian with met / broken, and one line saying whether a breach only warns or blocks finalising.
 * The rules are core's table (DISTRIBUTION_RULES), the same the server checks.
 */
import { checkDistribution, DISTRIBUTION_RULES, PREDIKATS, type CapaianOrganisasi, type DistributionRule, type Predikat } from '@kinerja/core';
import { Notice } from '../../components/ui';
import { useI18n, type Dict } from '../../i18n';

export interface CurveData {
  unitName: string;
  capaian: CapaianOrganisasi | null;
  counts: Record<string, number>;
  total: number;
}

function percent(count: number, total: number): string {
  if (total === 0) return '0';
  return (Math.round((count * 1000) / total) / 10).toString();
}

function ruleText(rule: DistributionRule, t: Dict): string {
  const group = rule.predikat.map((p) => t.evaluation.predikatLabel[p]).join(t.evaluation.curve.or);
  switch (rule.kind) {
    case 'at_most':
      return rule.percent === 0 ? t.evaluation.curve.none(group) : t.evaluation.curve.atMost(group, rule.percent);
    case 'at_least':
      return t.evaluation.curve.atLeast(group, rule.percent);
    case 'some':
      return t.evaluation.curve.some(group);
  }
}

export function CurveChart({ curve, policy }: { curve: CurveData; policy: 'warn' | 'block' }) {
  const { t } = useI18n();
  const c = t.evaluation.curve;
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, curve.counts[p] ?? 0])) as Record<Predikat, number>;
  const rules = curve.capaian ? DISTRIBUTION_RULES[curve.capaian] : [];
  const breaches = curve.capaian ? checkDistribution(curve.capaian, counts) : [];
  const broken = new Set(breaches.map((b) => b.rule));
  // Rows a broken rule names are marked, so the eye finds what to change.
  const marked = new Set(breaches.flatMap((b) => b.rule.predikat));
  // A rule about one predikat alone is drawn on its bar as a mark at its percentage.
  const markOf = (p: Predikat) => rules.find((r) => r.kind !== 'some' && r.percent > 0 && r.predikat.length === 1 && r.predikat[0] === p) as { percent: number } | undefined;
  return (
    <section className="card curve" data-testid="evaluation-curve" data-breaches={breaches.length}>
      <h3>{c.title(curve.unitName)}</h3>
      {curve.capaian && <p className="muted">{c.capaian(t.evaluation.capaianLabel[curve.capaian])}</p>}
      <p className="muted" data-testid="curve-total">
        {c.total(curve.total)}
      </p>
      <ul className="plain-list curve__bars" aria-label={c.title(curve.unitName)}>
        {PREDIKATS.map((p) => (
          <li key={p} className={`curve__row${marked.has(p) ? ' is-broken' : ''}`} data-testid="curve-row" data-predikat={p} data-count={counts[p]}>
            <span className="curve__label">{t.evaluation.predikatLabel[p]}</span>
            <span className="curve__track" aria-hidden="true">
              <span className="curve__fill" style={{ width: `${curve.total === 0 ? 0 : (counts[p] / curve.total) * 100}%` }} />
              {markOf(p) && <span className="curve__mark" style={{ left: `${markOf(p)!.percent}%` }} />}
            </span>
            <span className="curve__value">{c.share(counts[p], percent(counts[p], curve.total))}</span>
          </li>
        ))}
      </ul>
      {rules.length > 0 && (
        <>
          <h4 className="curve__rules-title">{c.rules}</h4>
          <ul className="plain-list curve__rules">
            {rules.map((r, i) => (
              <li key={i} className={broken.has(r) ? 'is-broken' : 'is-met'} data-testid="curve-rule" data-met={!broken.has(r)}>
                <span aria-hidden="true">{broken.has(r) ? '✗' : '✓'}</span> {ruleText(r, t)}: <strong>{broken.has(r) ? c.broken : c.met}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {curve.total === 0 ? (
        <p className="muted">{c.empty}</p>
      ) : breaches.length > 0 ? (
        <Notice kind={policy === 'block' ? 'error' : 'warn'}>{policy === 'block' ? c.block : c.warn}</Notice>
      ) : (
        <Notice kind="ok">{c.fits}</Notice>
      )}
    </section>
  );
}
