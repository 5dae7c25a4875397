/**
 * The employee's evaluation (a lazy chunk): "#/evaluasi/<agencyId>/<skpId>" the periods of one
 * approved SKP, "#/evaluasi/<agencyId>/<skpId>/<evaluationId>" one period: realisasi with a link as
 * bukti dukung per IKI (the journal's proposal one tap away), the penilai's umpan balik with an
 * answer box, the ratings and predikat once given. Read-only once finalised or for other readers.
 */
import { BERAKHLAK } from '@kinerja/core';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { evaluationApi, evaluationDocumentUrl, type EvaluationDetail, type EvaluationPeriod, type EvaluationProposalAnswer } from '../../api/evaluation';
import { ErrorBox, Field, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { Icon } from '../../components/Icon';
import { formatDate, formatDateRange, formatNumber } from '../../format';
import { useI18n, type Dict } from '../../i18n';
import type { Route } from '../../router';
import { href, navigate } from '../../router';
import { AnnualCard } from './AnnualCard';
import { CurveChart } from './CurveChart';
import { FeedbackComposer, FinaliseCard, PerilakuFeedback, RatingCard } from './PenilaiPanel';
import { RencanaAksiRealisasi } from './RencanaAksiRealisasi';
import { evaluationDetailPdfUrl } from '../../api/evaluation-documents';
import { useDocumentsText } from './documents-text';
import { EvaluationScans } from './EvaluationScans';
import { TeamScreen } from './TeamScreen';
import { OverviewScreen } from './OverviewScreen';
import { SiasnScreen } from './siasn/SiasnScreen';
import './evaluation.css';

export default function EvaluationScreens({ route }: { route: Route }) {
  const [, agencyId, skpId, evaluationId] = route.parts;
  // "#/evaluasi/tim": the pejabat penilai's team.
  if (agencyId === 'tim') return <TeamScreen route={route} />;
  // "#/evaluasi/ringkasan[/<agencyId>]": the agency's overview per unit, for admins.
  if (agencyId === 'ringkasan') return <OverviewScreen agencyId={skpId} route={route} />;
  // "#/evaluasi/siasn[/<agencyId>]": the SIASN export and reference codes, for admins and the BKD.
  if (agencyId === 'siasn') return <SiasnScreen agencyId={skpId} route={route} />;
  if (!agencyId || !skpId) return <Notice kind="info">{useI18n().t.evaluation.noPeriods}</Notice>;
  if (evaluationId) return <EvaluationScreen key={evaluationId} agencyId={agencyId} skpId={skpId} evaluationId={evaluationId} fromTeam={route.query.get('dari') === 'tim'} />;
  return <PeriodsScreen agencyId={agencyId} skpId={skpId} />;
}

function StatusChip({ status }: { status: 'berjalan' | 'final' | null }) {
  const { t } = useI18n();
  const kind = status === 'final' ? 'ok' : status === 'berjalan' ? 'info' : 'neutral';
  return (
    <span className={`eval-status eval-status--${kind}`} data-testid="evaluation-status" data-status={status ?? 'none'}>
      {t.evaluation.status[status ?? 'none']}
    </span>
  );
}

function PeriodsScreen({ agencyId, skpId }: { agencyId: string; skpId: string }) {
  const { t } = useI18n();
  const periods = useLoad((signal) => evaluationApi.periods(agencyId, skpId, signal), [agencyId, skpId]);
  return (
    <div className="stack evaluation">
      <PageTitle testId="evaluation-title">{t.evaluation.title}</PageTitle>
      <p className="muted">{t.evaluation.intro}</p>
      {periods.loading && <Loading />}
      {periods.error !== undefined && <ErrorBox error={periods.error} onRetry={periods.retry} />}
      {periods.data && periods.data.items.length === 0 && <p className="empty">{t.evaluation.noPeriods}</p>}
      {periods.data?.items.map((p) => <PeriodCard key={`${p.kind}-${p.periodFrom}`} agencyId={agencyId} skpId={skpId} period={p} />)}
      {periods.data &&
        [...new Set(periods.data.items.filter((p) => p.kind === 'tahunan').map((p) => Number(p.periodFrom.slice(0, 4))))].map((year) => (
          <AnnualCard key={year} agencyId={agencyId} employeeId={periods.data!.employeeId} year={year} />
        ))}
    </div>
  );
}

function PeriodCard({ agencyId, skpId, period }: { agencyId: string; skpId: string; period: EvaluationPeriod }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const e = period.evaluation;
  async function start() {
    setBusy(true);
    setError(null);
    try {
      const opened = await evaluationApi.open(agencyId, skpId, period.kind, period.periodFrom);
      navigate(href(['evaluasi', agencyId, skpId, opened.evaluation.id]));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }
  return (
    <section className="card evaluation-period" data-testid="evaluation-period" data-kind={period.kind}>
      <div className="evaluation-period__head">
        <h3>{period.label}</h3>
        <StatusChip status={e?.status ?? null} />
      </div>
      <p className="muted">
        {t.evaluation.kind[period.kind]} · {formatDateRange(period.coveredFrom, period.coveredTo, t)}
      </p>
      {e?.predikat && (
        <p data-testid="evaluation-period-predikat">
          {t.evaluation.predikat}: <strong>{t.evaluation.predikatLabel[e.predikat]}</strong>
        </p>
      )}
      {error !== null && <ErrorBox error={error} />}
      {e ? (
        <a className="btn btn--primary btn--block" href={href(['evaluasi', agencyId, skpId, e.id])} data-testid="evaluation-open">
          {t.evaluation.open} <Icon name="chevron" />
        </a>
      ) : (
        <button type="button" className="btn btn--secondary btn--block" onClick={start} disabled={busy} data-testid="evaluation-start">
          {t.evaluation.start}
        </button>
      )}
    </section>
  );
}

function EvaluationScreen({ agencyId, skpId, evaluationId, fromTeam }: { agencyId: string; skpId: string; evaluationId: string; fromTeam: boolean }) {
  const { t } = useI18n();
  const docText = useDocumentsText();
  const loaded = useLoad((signal) => evaluationApi.detail(agencyId, evaluationId, signal), [agencyId, evaluationId]);
  const [detail, setDetail] = useState<EvaluationDetail | null>(null);
  useEffect(() => setDetail(loaded.data ?? null), [loaded.data]);
  const writable = !!detail && detail.capacities.includes('pegawai') && detail.evaluation.status === 'berjalan';
  const proposal = useLoad((signal) => (writable ? evaluationApi.proposal(agencyId, evaluationId, signal) : Promise.resolve(null)), [agencyId, evaluationId, writable]);
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} onRetry={loaded.retry} />;
  if (!detail) return <Loading />;
  const e = detail.evaluation;
  const feedbackOn = (target: string, id: string) => detail.feedback.filter((f) => f.target === target && f.targetId === id);
  const ctx = { agencyId, evaluationId, writable, onChanged: setDetail };
  const rating = detail.capacities.includes('pejabat_penilai') && e.status === 'berjalan';
  const panel = { detail, agencyId, evaluationId, onChanged: setDetail };

  return (
    <div className="stack evaluation">
      <a className="btn btn--ghost evaluation-back" href={fromTeam ? href(['evaluasi', 'tim'], { dari: e.periodFrom, sampai: e.periodTo }) : href(['evaluasi', agencyId, skpId])} data-testid="evaluation-back">
        <Icon name="back" /> {fromTeam ? t.evaluation.rate.backTeam : t.evaluation.back}
      </a>
      <PageTitle testId="evaluation-title">{t.evaluation.period(e.label, formatDateRange(e.coveredFrom, e.coveredTo, t))}</PageTitle>
      <div className="evaluation-period__head">
        <span className="muted">{e.employeeName}</span>
        <StatusChip status={e.status} />
      </div>
      {e.status === 'final' && <Notice kind="info">{t.evaluation.finalised}</Notice>}
      <ResultCard detail={detail} />
      <a
        className="btn btn--secondary btn--block"
        href={evaluationDocumentUrl(agencyId, evaluationId)}
        download
        title={t.evaluation.downloadDocumentHint}
        data-testid="evaluation-document-pdf"
      >
        <Icon name="file" /> {t.evaluation.downloadDocument}
      </a>
      <a className="btn btn--secondary btn--block" href={evaluationDetailPdfUrl(agencyId, evaluationId)} download title={docText.detailPdfHint} data-testid="evaluation-detail-pdf">
        <Icon name="file" /> {docText.detailPdf}
      </a>
      <EvaluationScans detail={detail} agencyId={agencyId} />
      {proposal.data && proposal.data.unlinked.entries > 0 && <p className="muted">{t.evaluation.unlinked(proposal.data.unlinked.entries)}</p>}
      {detail.rhk.map((r) => (
        <section key={r.id} className="card evaluation-rhk" data-testid="evaluation-rhk">
          <h3>{r.text}</h3>
          {writable && <ProposalLine rhkId={r.id} proposal={proposal.data ?? null} />}
          {feedbackOn('rhk', r.id).map((f) => (
            <FeedbackItem key={f.id} feedback={f} {...ctx} />
          ))}
          {rating && <FeedbackComposer target="rhk" targetId={r.id} agencyId={agencyId} evaluationId={evaluationId} onChanged={setDetail} />}
          {r.iki.map((iki, i) => (
            <IkiBlock key={iki.id} iki={iki} proposalFor={i === 0 ? proposalOf(proposal.data ?? null, r.id) : null} {...ctx}>
              {feedbackOn('iki', iki.id).map((f) => (
                <FeedbackItem key={f.id} feedback={f} {...ctx} />
              ))}
            </IkiBlock>
          ))}
          <RencanaAksiRealisasi items={r.rencanaAksi} {...ctx} />
        </section>
      ))}
      {detail.feedback.some((f) => f.target === 'perilaku') && (
        <section className="card" data-testid="evaluation-perilaku">
          <h3>{t.evaluation.perilaku}</h3>
          {detail.perilaku
            .filter((p) => feedbackOn('perilaku', p.id).length > 0)
            .map((p) => (
              <div key={p.id} className="evaluation-perilaku">
                <h4>{BERAKHLAK[p.id].label}</h4>
                {feedbackOn('perilaku', p.id).map((f) => (
                  <FeedbackItem key={f.id} feedback={f} {...ctx} />
                ))}
              </div>
            ))}
        </section>
      )}
      {rating && (
        <>
          <PerilakuFeedback agencyId={agencyId} evaluationId={evaluationId} onChanged={setDetail} />
          <RatingCard {...panel} />
          <FinaliseCard {...panel} />
        </>
      )}
      {!rating && detail.capacities.includes('pejabat_penilai') && detail.curve && <CurveChart curve={detail.curve} policy="warn" />}
      {detail.events.length > 0 && (
        <section className="card">
          <h3>{t.evaluation.history}</h3>
          <ul className="evaluation-events">
            {detail.events.map((ev, i) => (
              <li key={i}>
                {t.evaluation.event[ev.action]} · {formatDate(ev.at, t.locale)}
                {ev.actorName ? ` · ${ev.actorName}` : ''}
                {ev.reason ? ` — ${ev.reason}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ResultCard({ detail }: { detail: EvaluationDetail }) {
  const { t } = useI18n();
  const e = detail.evaluation;
  const rating = (r: typeof e.ratingHasilKerja) => (r ? t.evaluation.rating[r] : t.evaluation.notRated);
  return (
    <section className="card evaluation-result" data-testid="evaluation-result">
      {detail.leadsOrganisation && <p className="muted">{t.evaluation.leader}</p>}
      {detail.capaianOrganisasi && <p className="muted">{t.evaluation.capaian(t.evaluation.capaianLabel[detail.capaianOrganisasi])}</p>}
      <dl className="evaluation-facts">
        <dt>{t.evaluation.ratingHasil}</dt>
        <dd data-testid="evaluation-rating-hasil">{rating(e.ratingHasilKerja)}</dd>
        <dt>{t.evaluation.ratingPerilaku}</dt>
        <dd data-testid="evaluation-rating-perilaku">{rating(e.ratingPerilakuKerja)}</dd>
        <dt>{t.evaluation.predikat}</dt>
        <dd data-testid="evaluation-predikat">
          <strong>{e.predikat ? t.evaluation.predikatLabel[e.predikat] : t.evaluation.notRated}</strong>
        </dd>
      </dl>
      {e.angkaKredit !== null && <p>{t.evaluation.angkaKredit(formatNumber(Math.round(e.angkaKredit * 1000) / 1000, t.locale))}</p>}
      {detail.ratingNote && (
        <p>
          <span className="muted">{t.evaluation.note}:</span> {detail.ratingNote}
        </p>
      )}
    </section>
  );
}

type Proposal = EvaluationProposalAnswer['items'][number];
function proposalOf(p: EvaluationProposalAnswer | null, rhkId: string): Proposal | null {
  return p?.items.find((i) => i.rhkId === rhkId && i.entries > 0) ?? null;
}

function minutesText(minutes: number, t: Dict): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return t.locale.startsWith('id') ? `${h} jam ${m} menit` : `${h} h ${m} min`;
}

function ProposalLine({ rhkId, proposal }: { rhkId: string; proposal: EvaluationProposalAnswer | null }) {
  const { t } = useI18n();
  if (!proposal) return null;
  const p = proposalOf(proposal, rhkId);
  return (
    <p className="evaluation-proposal muted" data-testid="evaluation-proposal">
      <Icon name="journal" size={20} /> {p ? t.evaluation.proposal(p.entries, minutesText(p.minutes, t), formatNumber(p.volume, t.locale)) : t.evaluation.proposalNone}
    </p>
  );
}

interface WriteCtx {
  agencyId: string;
  evaluationId: string;
  writable: boolean;
  onChanged: (d: EvaluationDetail) => void;
}

function IkiBlock({
  iki,
  proposalFor,
  agencyId,
  evaluationId,
  writable,
  onChanged,
  children,
}: WriteCtx & { iki: EvaluationDetail['rhk'][number]['iki'][number]; proposalFor: Proposal | null; children?: ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const saved = iki.realisasi;
  const savedLink = saved?.bukti.find((b) => b.kind === 'link');
  const [text, setText] = useState(saved?.text ?? '');
  const [link, setLink] = useState(savedLink && savedLink.kind === 'link' ? savedLink.url : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<{ text?: string; link?: string }>({});
  const [done, setDone] = useState(false);

  async function save() {
    const problems = { ...(text.trim() ? {} : { text: t.evaluation.required }), ...(link.trim() === '' || /^https?:\/\/\S+$/.test(link.trim()) ? {} : { link: t.evaluation.linkInvalid }) };
    setFieldError(problems);
    if (problems.text || problems.link) return;
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      // Files already kept as bukti stay; the link is replaced by the one typed here.
      const files = (saved?.bukti ?? []).filter((b) => b.kind === 'file');
      const bukti = [...files, ...(link.trim() ? [{ kind: 'link' as const, url: link.trim() }] : [])];
      onChanged(await evaluationApi.saveRealisasi(agencyId, evaluationId, iki.id, { realisasi: text.trim(), bukti }));
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="evaluation-iki" data-testid="evaluation-iki">
      <p>
        <strong>{iki.text}</strong>
        <br />
        <span className="muted">{t.evaluation.target(iki.target)}</span>
      </p>
      {writable ? (
        <>
          {proposalFor && (
            <button type="button" className="btn btn--secondary btn--block" data-testid="evaluation-use-proposal" onClick={() => setText(t.evaluation.proposalText(formatNumber(proposalFor.volume, t.locale), proposalFor.entries))}>
              <Icon name="journal" /> {t.evaluation.proposalUse}
            </button>
          )}
          <div className={`field${fieldError.text ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-text`} className="field__label">
              {t.evaluation.realisasi}
            </label>
            <div className="field__control">
              <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={fieldError.text ? true : undefined} data-testid="evaluation-realisasi" />
            </div>
            {fieldError.text && <p className="field__error">{fieldError.text}</p>}
          </div>
          <Field label={t.evaluation.link} hint={t.evaluation.linkHint} type="text" inputMode="url" autoComplete="off" spellCheck={false} value={link} onChange={(e) => setLink(e.target.value)} error={fieldError.link} data-testid="evaluation-link" />
          {error !== null && <ErrorBox error={error} />}
          {done && <Notice kind="ok" live>{t.evaluation.saved}</Notice>}
          <button type="button" className="btn btn--primary btn--block" onClick={save} disabled={busy} data-testid="evaluation-save">
            {t.evaluation.save}
          </button>
        </>
      ) : (
        saved && (
          <p data-testid="evaluation-realisasi-read">
            <span className="muted">{t.evaluation.realisasi}:</span> {saved.text}
            {saved.bukti.map((b, i) =>
              b.kind === 'link' ? (
                <a key={i} className="evaluation-link" href={b.url} target="_blank" rel="noopener noreferrer">
                  {b.url}
                </a>
              ) : null,
            )}
          </p>
        )
      )}
      {children}
    </div>
  );
}

function FeedbackItem({ feedback, agencyId, evaluationId, writable, onChanged }: WriteCtx & { feedback: EvaluationDetail['feedback'][number] }) {
  const { t } = useI18n();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function send() {
    if (!answer.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onChanged(await evaluationApi.answer(agencyId, evaluationId, feedback.id, answer.trim()));
      setAnswer('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="evaluation-feedback" data-testid="evaluation-feedback">
      <p>
        <Icon name="pencil" size={20} /> <span className="muted">{t.evaluation.feedback}{feedback.authorName ? ` · ${feedback.authorName}` : ''}:</span>{' '}
        {feedback.preset && <strong>{t.evaluation.preset[feedback.preset]}. </strong>}
        {feedback.text}
      </p>
      {feedback.answer ? (
        <p className="evaluation-answer" data-testid="evaluation-answer">
          {t.evaluation.answered(feedback.answer.text)}
        </p>
      ) : (
        writable && (
          <div className="field">
            <label htmlFor={`${id}-answer`} className="field__label">
              {t.evaluation.answer}
            </label>
            <div className="field__control">
              <textarea id={`${id}-answer`} rows={2} value={answer} onChange={(e) => setAnswer(e.target.value)} data-testid="evaluation-answer-input" />
            </div>
            {error !== null && <ErrorBox error={error} />}
            <button type="button" className="btn btn--secondary btn--block" onClick={send} disabled={busy || !answer.trim()} data-testid="evaluation-answer-send">
              {t.evaluation.answerSend}
            </button>
          </div>
        )
      )}
    </div>
  );
}
