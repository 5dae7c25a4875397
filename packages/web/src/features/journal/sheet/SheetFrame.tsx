import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from '../../../components/Icon';

/** The sheet's frame: a modal dialog with a close button and its title; the page below goes inert. */
export function SheetFrame({ title, onClose, closeLabel, children }: { title: string; onClose: () => void; closeLabel: string; children: ReactNode }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The page below neither scrolls nor takes focus while the sheet is open (inert); focus returns to
    // where it was when the sheet closes.
    const before = document.activeElement as HTMLElement | null;
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    const sheet = ref.current;
    const behind = [
      ...Array.from(sheet?.parentElement?.children ?? []).filter((el) => el !== sheet),
      ...Array.from(document.querySelectorAll('.topbar, .bottomnav, .skiplink')),
    ].filter((el): el is HTMLElement => el instanceof HTMLElement && !el.inert);
    for (const el of behind) el.inert = true;
    const id = requestAnimationFrame(() => {
      if (!sheet?.contains(document.activeElement)) titleRef.current?.focus({ preventScroll: true });
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(id);
      root.style.overflow = overflow;
      for (const el of behind) el.inert = false;
      document.removeEventListener('keydown', onKey);
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [onClose]);
  return (
    <div className="sheet" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={ref} data-testid="entry-sheet">
      <div className="sheet__bar">
        <button type="button" className="btn btn--ghost sheet__close" onClick={onClose} data-testid="sheet-close">
          <Icon name="back" /> {closeLabel}
        </button>
        <h1 id={titleId} ref={titleRef} className="sheet__title" tabIndex={-1}>
          {title}
        </h1>
      </div>
      {children}
    </div>
  );
}
