/** An entry's evidence for the supervisor: photo thumbnails that open full size, PDFs in a new tab. */
import { useEffect, useRef, useState } from 'react';
import { evidenceUrl } from '../../api/journal';
import type { ReviewEntry } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { shownName } from '../../format';
import { useI18n } from '../../i18n';

type Item = ReviewEntry['evidence'][number];

export function EvidenceStrip({ items }: { items: ReviewEntry['evidence'] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Item | null>(null);
  if (items.length === 0) return <p className="muted review__noev">{t.validation.noEvidence}</p>;
  return (
    <>
      <ul className="plain-list review__evidence" aria-label={t.validation.evidence} data-testid="review-evidence">
        {items.map((ev) => (
          <li key={ev.sha256}>
            {ev.mediaType === 'application/pdf' ? (
              <a className="review__thumb review__thumb--pdf" href={evidenceUrl(ev.sha256)} target="_blank" rel="noreferrer" aria-label={t.validation.openPdf(shownName(ev.fileName))} data-testid="review-pdf">
                <Icon name="file" /> PDF
              </a>
            ) : (
              <button type="button" className="review__thumb" aria-label={t.validation.openPhoto(shownName(ev.fileName))} onClick={() => setOpen(ev)} data-testid="review-photo">
                <img src={evidenceUrl(ev.sha256)} alt="" loading="lazy" width={72} height={72} />
              </button>
            )}
          </li>
        ))}
      </ul>
      {open && <PhotoViewer item={open} onClose={() => setOpen(null)} />}
    </>
  );
}

function PhotoViewer({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus({ preventScroll: true });
    };
  }, [onClose]);
  return (
    <div className="viewer" role="dialog" aria-modal="true" aria-label={t.validation.photoOf(shownName(item.fileName))} data-testid="photo-viewer">
      <div className="viewer__bar">
        <span className="viewer__name">{shownName(item.fileName)}</span>
        <button type="button" ref={closeRef} className="btn btn--secondary" onClick={onClose} data-testid="photo-close">
          <Icon name="x" /> {t.validation.close}
        </button>
      </div>
      <img className="viewer__img" src={evidenceUrl(item.sha256)} alt={t.validation.photoOf(shownName(item.fileName))} data-testid="photo-full" />
    </div>
  );
}
