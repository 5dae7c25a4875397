import { useState } from 'react';
import { Icon } from '../../components/Icon';
import { useAccountText } from './text';

/** The ten recovery codes, shown once after they are made; the server keeps only their hashes. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const x = useAccountText();
  const [copied, setCopied] = useState(false);
  return (
    <section className="recovery" aria-labelledby="recovery-title" data-testid="recovery-codes">
      <h2 id="recovery-title">{x.recovery.title}</h2>
      <p>{x.recovery.intro}</p>
      <ol className="recovery__list">
        {codes.map((c) => (
          <li key={c}>
            <code data-testid="recovery-code">{c}</code>
          </li>
        ))}
      </ol>
      <div className="recovery__actions">
        <button
          type="button"
          className="btn btn--secondary btn--block"
          onClick={() => {
            void navigator.clipboard?.writeText(codes.join('\n')).then(() => setCopied(true), () => undefined);
          }}
        >
          <Icon name="copy" /> {x.recovery.copy}
        </button>
        <p aria-live="polite" className="muted">
          {copied ? x.recovery.copied : ''}
        </p>
        <button type="button" className="btn btn--primary btn--block btn--big" onClick={onDone} data-testid="recovery-done">
          {x.recovery.saved}
        </button>
      </div>
    </section>
  );
}
