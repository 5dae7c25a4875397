/** Pieces the TPP screens share: money, the month stepper, the summary card, the explanation lines. */
import { formatRupiah } from '@kinerja/core';
import type { ReactNode } from 'react';
import type { TppEmployeeMonth, TppLineAnswer, TppNotFinalItem, TppResultAnswer } from '../../api/tpp';
import { Icon } from '../../components/Icon';
import { Badge, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { monthName, shiftMonth, shortDate } from '../../lib/dates';
import { href } from '../../router';
import { useTppText } from './text';

export const rupiah = (n: number, signed = false) => formatRupiah(n, signed);

export function useMonthLabel(): (month: string) => string {
  const { t } = useI18n();
  return (month) => monthName(month, t.locale);
}

/** "‹ November 2026 ›": big buttons to the month before and after. */
export function MonthStepper({ month, to, testId = 'tpp-month' }: { month: string; to: (month: string) => string; testId?: string }) {
  const tx = useTppText();
  const label = useMonthLabel();
  return (
    <nav className="datenav tpp-monthnav" aria-label={label(month)}>
      <a className="btn btn--secondary datenav__step" href={to(shiftMonth(month, -1))} aria-label={tx.my.prev} data-testid={`${testId}-prev`}>
        <Icon name="back" />
      </a>
      <span className="tpp-monthnav__label" data-testid={testId}>
        {label(month)}
      </span>
      <a className="btn btn--secondary datenav__step" href={to(shiftMonth(month, 1))} aria-label={tx.my.next} data-testid={`${testId}-next`}>
        <Icon name="chevron" />
      </a>
    </nav>
  );
}

export function SourceBadge({ source }: { source: TppEmployeeMonth['source'] }) {
  const tx = useTppText();
  return (
    <Badge kind={source === 'locked' ? 'info' : 'warn'}>
      <span data-testid="tpp-source">{tx.source[source]}</span>
    </Badge>
  );
}

/** The month's figures: what is paid, and gross, tax, BPJS and net. */
export function MonthSummary({ month, result }: { month: TppEmployeeMonth; result: TppResultAnswer | null }) {
  const tx = useTppText();
  const hint = month.source === 'estimate' ? tx.my.estimateHint : month.source === 'locked' ? tx.my.lockedHint : tx.my.runHint;
  return (
    <section className="card tpp-summary" aria-labelledby="tpp-summary-title">
      <p className="eyebrow" id="tpp-summary-title">
        {tx.my.payable} <SourceBadge source={month.source} />
      </p>
      <p className="tpp-summary__payable" data-testid="tpp-payable">
        {rupiah(month.payable)}
      </p>
      {month.status !== 'paid' && <p className="tpp-summary__status" data-testid="tpp-status">{tx.resultStatus[month.status]}</p>}
      {month.error && <Notice kind="warn">{month.error}</Notice>}
      <dl className="facts">
        <Money label={tx.facts.gross} value={month.gross} testId="tpp-gross" />
        {result && <Money label={tx.facts.pph21} value={-result.pph21} />}
        {result && <Money label={tx.facts.bpjs} value={-result.bpjsEmployee} />}
        <Money label={tx.facts.net} value={month.net} testId="tpp-net" />
        {month.carried !== 0 && <Money label={tx.my.carried} value={month.carried} signed />}
      </dl>
      <p className="muted">{hint}</p>
      {result && <p className="muted">{tx.my.ruleSet(result.ruleSet.id, result.ruleSet.version)}</p>}
    </section>
  );
}

function Money({ label, value, testId, signed }: { label: string; value: number; testId?: string; signed?: boolean }) {
  return (
    <div className="fact fact--half">
      <dt>{label}</dt>
      <dd data-testid={testId}>{rupiah(value, signed)}</dd>
    </div>
  );
}

export function NotFinalList({ items, title }: { items: readonly TppNotFinalItem[]; title?: string }) {
  const tx = useTppText();
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="tpp-notfinal-title" data-testid="tpp-not-final">
      <h2 id="tpp-notfinal-title">
        <Icon name="alert" /> {title ?? tx.my.notFinal}
      </h2>
      <ul className="plain-list tpp-notfinal">
        {items.map((n, i) => (
          <li key={i} data-testid="tpp-not-final-item">
            <strong>{tx.notFinalKind[n.kind]}</strong>
            {n.employeeName && <span> · {n.employeeName}</span>}
            <p>{n.message}</p>
            {n.dates && n.dates.length > 0 && <p className="muted">{n.dates.map((d) => shortDate(d, t.locale)).join(', ')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where a line's input lives in the employee's own journal (links only make sense to the employee). */
function lineLinks(line: TppLineAnswer, own: boolean, locale: string, tx: ReturnType<typeof useTppText>): ReactNode[] {
  const ref = line.ref;
  if (!own || !ref?.date) return [];
  const date = ref.date;
  const day = shortDate(date, locale);
  const out: ReactNode[] = [];
  out.push(
    <a key="day" className="tpp-line__link" href={href(['jurnal', date])} data-testid="tpp-line-day">
      <Icon name="calendar" size={20} /> {tx.link.day(day)}
    </a>,
  );
  // The attendance screens show a day's punches and status at #/presensi/bulan/<month>?hari=<date>:
  // every discipline line is about one day (attendance days are derived, so most carry no record id).
  if (line.kind === 'discipline' || ref.attendanceRecordId)
    out.push(
      <a key="att" className="tpp-line__link" href={href(['presensi', 'bulan', date.slice(0, 7)], { hari: date })} data-testid="tpp-line-attendance">
        <Icon name="clock" size={20} /> {tx.link.attendance(day)}
      </a>,
    );
  for (const entryId of (ref.entryIds ?? []).slice(0, 3))
    out.push(
      <a key={entryId} className="tpp-line__link" href={href(['jurnal', date, 'kegiatan', entryId])} data-testid="tpp-line-entry">
        <Icon name="journal" size={20} /> {tx.link.entry}
      </a>,
    );
  return out;
}

/** Every line of the explanation, grouped by what it is about, in the engine's order. */
export function Explanation({ result, own }: { result: TppResultAnswer; own: boolean }) {
  const tx = useTppText();
  const { t } = useI18n();
  const groups: { kind: TppLineAnswer['kind']; lines: TppLineAnswer[] }[] = [];
  for (const l of result.lines) {
    const last = groups[groups.length - 1];
    if (last && last.kind === l.kind) last.lines.push(l);
    else groups.push({ kind: l.kind, lines: [l] });
  }
  return (
    <section className="card" aria-labelledby="tpp-explanation-title">
      <h2 id="tpp-explanation-title">{tx.my.explanation}</h2>
      <p className="muted">{tx.my.explanationHint}</p>
      {groups.map((g, gi) => (
        <div key={gi} className="tpp-group" data-kind={g.kind}>
          <h3 className="tpp-group__title">
            <span>{tx.kind[g.kind]}</span>
            <span className="tpp-amount">{rupiah(g.lines.reduce((s, l) => s + l.amount, 0), g.kind !== 'pagu')}</span>
          </h3>
          <ul className="plain-list">
            {g.lines.map((l) => {
              const links = lineLinks(l, own, t.locale, tx);
              return (
                <li key={l.key} className="tpp-line" data-testid="tpp-line" data-key={l.key} data-kind={l.kind}>
                  <div className="tpp-line__row">
                    <p className="tpp-line__text">{l.text}</p>
                    <p className={`tpp-amount${l.amount < 0 ? ' tpp-amount--minus' : ''}`} data-testid="tpp-line-amount">
                      {rupiah(l.amount, l.kind !== 'pagu')}
                    </p>
                  </div>
                  {links.length > 0 && <div className="tpp-line__links">{links}</div>}
                  <p className="tpp-line__rule">{l.rule}</p>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <p className="tpp-group__title tpp-total">
        <span>{tx.facts.net}</span>
        <span className="tpp-amount">{rupiah(result.net)}</span>
      </p>
    </section>
  );
}

/** A month in a list (history, a team): its label, source and what is paid. */
export function MonthRow({ m, to, title, sub, testId }: { m: TppEmployeeMonth; to: string; title: string; sub?: string | null; testId: string }) {
  const tx = useTppText();
  return (
    <a className="row-link tpp-row" href={to} data-testid={testId}>
      <span className="row-link__body">
        <span className="row-link__title">{title}</span>
        {sub && <span className="muted">{sub}</span>}
        <span className="muted">
          {tx.source[m.source]}
          {m.status !== 'paid' ? ` · ${tx.resultStatus[m.status]}` : ''}
        </span>
      </span>
      <span className="tpp-amount">{rupiah(m.payable)}</span>
      <Icon name="chevron" />
    </a>
  );
}
