/**
 * "#/skp/<agencyId>/<skpId>/rencana-aksi": the rencana aksi of an SKP, per period (month or quarter,
 * the agency's setting) and per RHK, each with its periodic target. The employee (or the pengelola
 * kinerja) adds, changes and removes them one by one; the SKP's other readers see them. An item whose
 * RHK a revision removed is listed apart, not dropped.
 */
import { useEffect, useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { skpApi, type RencanaAksiAnswer, type RencanaAksiItem } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { shownText } from '../../format';
import { uuidv7 } from '../../lib/uuid';
import { href } from '../../router';
import { useRencanaAksiText } from './rencanaAksiText';

interface Period {
  key: string;
  label: string;
  stale: boolean;
}

/** The period holding `today` among the SKP's, else the first. */
function initialPeriod(answer: RencanaAksiAnswer, today: string): string | null {
  return answer.periods.find((p) => p.periodFrom <= today && today <= p.periodTo)?.key ?? answer.periods[0]?.key ?? null;
}

export function RencanaAksiScreen({ agencyId, skpId }: { agencyId: string; skpId: string }) {
  const tx = useRencanaAksiText();
  const loaded = useLoad((signal) => skpApi.rencanaAksi(agencyId, skpId, signal), [agencyId, skpId]);
  const [answer, setAnswer] = useState<RencanaAksiAnswer | null>(null);
  const [periodKey, setPeriodKey] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded.data) return;
    setAnswer(loaded.data);
    setPeriodKey((k) => k ?? initialPeriod(loaded.data!, new Date().toISOString().slice(0, 10)));
  }, [loaded.data]);
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} onRetry={loaded.retry} />;
  if (!answer) return <Loading />;

  // The setting's periods, then any period an item was written for under an earlier setting.
  const periods: Period[] = answer.periods.map((p) => ({ key: p.key, label: p.label, stale: false }));
  for (const i of answer.items) if (!periods.some((p) => p.key === i.periode)) periods.push({ key: i.periode, label: i.label, stale: true });
  const current = periods.find((p) => p.key === periodKey) ?? periods[0];
  const inPeriod = answer.items.filter((i) => i.periode === current?.key && !i.rhkMissing);
  const missing = answer.items.filter((i) => i.rhkMissing);
  const upsert = (item: RencanaAksiItem) => setAnswer((a) => a && { ...a, items: a.items.some((x) => x.id === item.id) ? a.items.map((x) => (x.id === item.id ? item : x)) : [...a.items, item] });
  const drop = (itemId: string) => setAnswer((a) => a && { ...a, items: a.items.filter((x) => x.id !== itemId) });

  return (
    <div className="stack skp" data-testid="skp-rencana-aksi">
      <a className="btn btn--ghost skp-back" href={href(['skp', agencyId, skpId])}>
        <Icon name="back" /> {tx.back}
      </a>
      <PageTitle testId="skp-rencana-aksi-title">{tx.title}</PageTitle>
      <p className="muted">{tx.intro(answer.periode)}</p>
      {!answer.canEdit && <Notice kind="info">{tx.readOnly}</Notice>}
      {periods.length > 0 && (
        <div className="ra-periods" role="group" aria-label={tx.period}>
          {periods.map((p) => (
            <button
              key={p.key}
              type="button"
              className="btn btn--secondary ra-period"
              aria-pressed={p.key === current?.key}
              onClick={() => setPeriodKey(p.key)}
              title={p.stale ? tx.otherPeriod : undefined}
              data-testid="ra-period"
            >
              {p.label}
              {p.stale && ' *'}
            </button>
          ))}
        </div>
      )}
      {answer.rhk.length === 0 && <p className="empty">{tx.noRhk}</p>}
      {current &&
        answer.rhk.map((r, i) => {
          const items = inPeriod.filter((x) => x.rhkId === r.id);
          return (
            <section key={r.id} className="card stack" data-testid="ra-rhk">
              <h2 className="rhk__title">{tx.rhk(i + 1)}</h2>
              <p className="rhk__text">{shownText(r.text)}</p>
              {items.length === 0 && <p className="empty">{tx.none}</p>}
              <ol className="plain-list stack">
                {items.map((item) => (
                  <ItemRow key={item.id} agencyId={agencyId} skpId={skpId} item={item} canEdit={answer.canEdit} onSaved={upsert} onRemoved={drop} />
                ))}
              </ol>
              {answer.canEdit && !current.stale && <AddItem agencyId={agencyId} skpId={skpId} rhkId={r.id} periode={current.key} onSaved={upsert} />}
            </section>
          );
        })}
      {missing.length > 0 && (
        <section className="card stack" data-testid="ra-missing">
          <h2>{tx.missingRhk}</h2>
          <p className="muted">{tx.missingRhkHint}</p>
          <ol className="plain-list stack">
            {missing.map((item) => (
              <ItemRow key={item.id} agencyId={agencyId} skpId={skpId} item={item} canEdit={answer.canEdit} onSaved={upsert} onRemoved={drop} showPeriod />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function ItemRow({
  agencyId,
  skpId,
  item,
  canEdit,
  onSaved,
  onRemoved,
  showPeriod,
}: {
  agencyId: string;
  skpId: string;
  item: RencanaAksiItem;
  canEdit: boolean;
  onSaved: (item: RencanaAksiItem) => void;
  onRemoved: (id: string) => void;
  showPeriod?: boolean;
}) {
  const tx = useRencanaAksiText();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (editing) {
    return (
      <li>
        <ItemForm
          agencyId={agencyId}
          skpId={skpId}
          id={item.id}
          rhkId={item.rhkId}
          periode={item.periode}
          initial={{ text: item.text, target: item.target }}
          onSaved={(saved) => {
            onSaved(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  const remove = async () => {
    if (!window.confirm(tx.removeConfirm)) return;
    setBusy(true);
    setError(null);
    try {
      await skpApi.removeRencanaAksi(agencyId, skpId, item.id);
      onRemoved(item.id);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <li className="ra-item stack" data-testid="ra-item">
      <p className="ra-item__text">{shownText(item.text)}</p>
      <p className="muted" data-testid="ra-item-target">
        {tx.targetShown(shownText(item.target))}
        {showPeriod && ` · ${item.label}`}
      </p>
      {error !== null && <ErrorBox error={error} />}
      {canEdit && (
        <div className="ra-item__actions">
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => setEditing(true)} data-testid="ra-edit">
            <Icon name="pencil" /> {tx.edit}
          </button>
          <button type="button" className="btn btn--ghost" disabled={busy} onClick={() => void remove()} data-testid="ra-remove">
            <Icon name="trash" /> {tx.remove}
          </button>
        </div>
      )}
    </li>
  );
}

function AddItem({ agencyId, skpId, rhkId, periode, onSaved }: { agencyId: string; skpId: string; rhkId: string; periode: string; onSaved: (item: RencanaAksiItem) => void }) {
  const tx = useRencanaAksiText();
  const [open, setOpen] = useState(false);
  // A new id per form opened: a retried save of the same form changes nothing on the server.
  const [id, setId] = useState(uuidv7);
  useEffect(() => setOpen(false), [periode]);
  if (!open) {
    return (
      <button type="button" className="btn btn--secondary btn--block" onClick={() => setOpen(true)} data-testid="ra-add">
        <Icon name="plus" /> {tx.add}
      </button>
    );
  }
  return (
    <ItemForm
      agencyId={agencyId}
      skpId={skpId}
      id={id}
      rhkId={rhkId}
      periode={periode}
      initial={{ text: '', target: '' }}
      onSaved={(saved) => {
        onSaved(saved);
        setOpen(false);
        setId(uuidv7());
      }}
      onCancel={() => setOpen(false)}
    />
  );
}

function ItemForm({
  agencyId,
  skpId,
  id,
  rhkId,
  periode,
  initial,
  onSaved,
  onCancel,
}: {
  agencyId: string;
  skpId: string;
  id: string;
  rhkId: string;
  periode: string;
  initial: { text: string; target: string };
  onSaved: (item: RencanaAksiItem) => void;
  onCancel: () => void;
}) {
  const tx = useRencanaAksiText();
  const fid = useId();
  const [text, setText] = useState(initial.text);
  const [target, setTarget] = useState(initial.target);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    const missing: Record<string, string> = {};
    if (text.trim() === '') missing.text = tx.required;
    if (target.trim() === '') missing.target = tx.required;
    setProblems(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await skpApi.saveRencanaAksi(agencyId, skpId, id, { rhkId, periode, text: text.trim(), target: target.trim() }));
    } catch (err) {
      // A refusal naming a field is shown under it; anything else above the buttons.
      const byField = err instanceof ApiError ? Object.fromEntries(err.details.filter((d) => d.field === 'text' || d.field === 'target').map((d) => [d.field, d.message])) : {};
      setProblems(byField);
      if (Object.keys(byField).length === 0) setError(err);
      setBusy(false);
    }
  };
  return (
    <form
      className="ra-form stack"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="ra-form"
    >
      <div className={`field${problems.text ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${fid}-text`}>
          {tx.text}
        </label>
        <p id={`${fid}-text-hint`} className="field__hint">
          {tx.textHint}
        </p>
        <textarea
          id={`${fid}-text`}
          rows={3}
          maxLength={1000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={problems.text ? true : undefined}
          aria-describedby={`${fid}-text-hint${problems.text ? ` ${fid}-text-error` : ''}`}
          data-testid="ra-text"
        />
        {problems.text && (
          <p id={`${fid}-text-error`} className="field__error">
            <Icon name="alert" size={20} /> {problems.text}
          </p>
        )}
      </div>
      <div className={`field${problems.target ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${fid}-target`}>
          {tx.target}
        </label>
        <p id={`${fid}-target-hint`} className="field__hint">
          {tx.targetHint}
        </p>
        <div className="field__control">
          <input
            id={`${fid}-target`}
            maxLength={200}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            aria-invalid={problems.target ? true : undefined}
            aria-describedby={`${fid}-target-hint${problems.target ? ` ${fid}-target-error` : ''}`}
            data-testid="ra-target"
          />
        </div>
        {problems.target && (
          <p id={`${fid}-target-error`} className="field__error">
            <Icon name="alert" size={20} /> {problems.target}
          </p>
        )}
      </div>
      {error !== null && <ErrorBox error={error} />}
      <div className="ra-item__actions">
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="ra-save">
          {busy ? tx.saving : tx.save}
        </button>
        <button type="button" className="btn btn--ghost" disabled={busy} onClick={onCancel}>
          {tx.cancel}
        </button>
      </div>
    </form>
  );
}
