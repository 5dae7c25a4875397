/**
 * Routine sets ("Kegiatan rutin"): apply a saved list of activities to the day, save the day's
 * activities as a set, or delete one.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { journalApi, type Entry, type RoutineSet } from '../../api/journal';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { uuidv7 } from '../../lib/uuid';
import type { Flash } from './day/flash';
import { dayAsShown, queueAndSendAll } from '../offline';
import { planSet } from './bulkPlans';
import { loadContext, loadDictionary, loadSets } from './store';

export function SetsPanel({
  date,
  entries,
  onApplied,
  onClose,
}: {
  date: string;
  entries: Entry[];
  onApplied: (text: string, lines: string[]) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const [sets, setSets] = useState<RoutineSet[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [message, setMessage] = useState<Flash | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    loadSets().then(
      (s) => live && setSets(s),
      (e: unknown) => live && setError(e),
    );
    headingRef.current?.focus();
    return () => {
      live = false;
    };
  }, []);

  const savable = entries.filter((e) => e.status !== 'rejected').slice(0, 30);

  async function apply(set: RoutineSet) {
    setBusy(set.id);
    setMessage(null);
    try {
      // Through the outbox like any change (so it works offline); refusals make the problems list.
      const ctx = await loadContext();
      const [target, dictionary] = await Promise.all([dayAsShown(date, ctx), loadDictionary().then((d) => new Map(d.items.map((a) => [a.code, a])), () => undefined)]);
      if (!target) throw new ApiError('NETWORK', '', 0);
      const plan = planSet(set, date, { ctx, target: target.entries ?? [], dictionary });
      if (plan.closed) throw new ApiError(plan.closed.code, plan.closed.message, 422);
      const results = await queueAndSendAll(plan.planned, 'set');
      const problems = [...plan.problems];
      results.forEach((r, i) => r?.status === 'rejected' && problems.push({ item: plan.itemOf[i]!, message: r.message ?? r.code ?? '' }));
      problems.sort((a, b) => a.item - b.item);
      const created = results.filter((r) => r === null || r.status === 'applied').length;
      onApplied(t.journal.sets.applied(created, set.name), problems.length ? [t.journal.sets.problems, ...problems.map((p) => t.journal.sets.problem(p.item, p.message))] : []);
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  async function remove(set: RoutineSet) {
    setBusy(set.id);
    try {
      await journalApi.deleteSet(set.id);
      setSets(await loadSets(true));
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  async function save(ev: FormEvent) {
    ev.preventDefault();
    const n = name.trim();
    if (!n) {
      setNameError(t.journal.sets.nameRequired);
      return;
    }
    setNameError(undefined);
    setBusy('save');
    setMessage(null);
    try {
      const existing = sets?.find((s) => s.name.toLowerCase() === n.toLowerCase());
      await journalApi.saveSet(
        existing?.id ?? uuidv7(),
        n.slice(0, 80),
        savable.map((e) => ({
          activityCode: e.activityCode,
          volume: e.volume,
          ...(e.startTime && e.endTime ? { startTime: e.startTime, endTime: e.endTime } : {}),
          ...(e.description ? { description: e.description } : {}),
        })),
      );
      setSets(await loadSets(true));
      setName('');
      setMessage({ kind: 'ok', text: t.journal.sets.saved(n) });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section id="sets-panel" className="card stack setspanel" aria-labelledby="sets-title" data-testid="sets-panel">
      <h2 id="sets-title" ref={headingRef} tabIndex={-1}>
        <Icon name="repeat" /> {t.journal.sets.title}
      </h2>
      <p className="muted">{t.journal.sets.intro}</p>
      {error != null && <ErrorBox error={error} />}
      {!sets && error == null && <Loading />}
      {sets && sets.length === 0 && <p className="empty">{t.journal.sets.empty}</p>}
      {sets && sets.length > 0 && (
        <ul className="plain-list setlist">
          {sets.map((s) => (
            <li key={s.id} className="setlist__item" data-testid="set-item">
              <div className="setlist__text">
                <strong>{s.name}</strong>
                <span className="muted">{t.journal.sets.items(s.items.length)}</span>
              </div>
              <button
                type="button"
                className="btn btn--primary"
                disabled={busy !== null}
                aria-label={t.journal.sets.applyLabel(s.name)}
                onClick={() => void apply(s)}
                data-testid="set-apply"
              >
                {busy === s.id ? t.journal.sets.applying : t.journal.sets.apply}
              </button>
              <button
                type="button"
                className="btn btn--ghost setlist__remove"
                disabled={busy !== null}
                aria-label={t.journal.sets.removeLabel(s.name)}
                onClick={() => void remove(s)}
              >
                <Icon name="trash" /> {t.journal.sets.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <Notice kind={message.kind} live>
          <p data-testid="sets-message">{message.text}</p>
        </Notice>
      )}
      <form className="setsave" onSubmit={(e) => void save(e)} noValidate>
        <h3>{t.journal.sets.saveTitle}</h3>
        {savable.length === 0 ? (
          <p className="muted">{t.journal.sets.nothingToSave}</p>
        ) : (
          <>
            <p className="muted">{t.journal.sets.saveHint}</p>
            <label className="field__label" htmlFor="set-name">
              {t.journal.sets.name}
            </label>
            <div className="search__row">
              <input
                id="set-name"
                type="text"
                maxLength={80}
                value={name}
                placeholder={t.journal.sets.namePlaceholder}
                aria-invalid={nameError ? true : undefined}
                onChange={(e) => setName(e.target.value)}
                data-testid="set-name"
              />
              <button type="submit" className="btn btn--secondary" disabled={busy !== null} data-testid="save-set">
                {busy === 'save' ? t.journal.sets.saving : t.journal.sets.save}
              </button>
            </div>
            {nameError && (
              <p className="field__error">
                <Icon name="alert" size={20} /> {nameError}
              </p>
            )}
          </>
        )}
      </form>
      <button type="button" className="btn btn--ghost btn--block" onClick={onClose}>
        {t.journal.sets.close}
      </button>
    </section>
  );
}
