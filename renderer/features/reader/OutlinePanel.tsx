import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleEntries, type OutlineEntry } from './outline';

/** An outline entry, or one of the sections the reader adds at the end (notes, comments). */
export type OutlineTarget = { kind: 'heading'; blockId: string } | { kind: 'section'; section: 'notes' | 'comments' };

interface Props {
  entries: readonly OutlineEntry[];
  sections: readonly { section: 'notes' | 'comments'; label: string }[];
  open: boolean;
  /** The entry the reader is in: a heading's block id, 'notes' or 'comments'. */
  active: string | null;
  onToggle: () => void;
  onJump: (target: OutlineTarget) => void;
}

function Icon({ open }: { open: boolean }): ReactNode {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {open ? (
        <path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="M2.5 4h11M2.5 8h11M2.5 12h7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      )}
    </svg>
  );
}

/** The document's headings as a table of contents; choosing one brings it into view and moves focus there. */
export function OutlinePanel({ entries, sections, open, active, onToggle, onJump }: Props): ReactNode {
  const { t } = useTranslation();
  const shown = visibleEntries(entries);
  const navRef = useRef<HTMLElement>(null);

  // Keep the entry the reader is in within the panel's view (without scrolling the page).
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!nav || !current) return;
    const top = current.offsetTop - nav.offsetTop;
    if (top < nav.scrollTop + 40) nav.scrollTop = Math.max(0, top - 40);
    else if (top + current.offsetHeight > nav.scrollTop + nav.clientHeight - 40) nav.scrollTop = top + current.offsetHeight - nav.clientHeight + 40;
  }, [active]);

  return (
    <nav ref={navRef} className={open ? 'reader-outline' : 'reader-outline reader-outline-closed'} aria-labelledby="outline-heading">
      <div className="outline-head">
        <h2 id="outline-heading" className={open ? undefined : 'visually-hidden'}>
          {t('ui.reader.outlineHeading')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-expanded={open}
          aria-controls="outline-list"
          aria-label={open ? t('ui.reader.outlineHide') : t('ui.reader.outlineShow')}
          title={open ? t('ui.reader.outlineHide') : t('ui.reader.outlineShow')}
          onClick={onToggle}
        >
          <Icon open={open} />
        </button>
      </div>
      <ol id="outline-list" className="outline-list" hidden={!open}>
        {shown.map((entry) => (
          <li key={entry.blockId} style={{ '--indent': entry.indent } as CSSProperties}>
            <button
              type="button"
              className={`outline-link outline-level-${Math.min(entry.indent, 3)}`}
              aria-current={active === entry.blockId ? 'location' : undefined}
              onClick={() => onJump({ kind: 'heading', blockId: entry.blockId })}
            >
              {entry.label}
            </button>
          </li>
        ))}
        {sections.map(({ section, label }) => (
          <li key={section} className="outline-section">
            <button type="button" className="outline-link outline-level-0" aria-current={active === section ? 'location' : undefined} onClick={() => onJump({ kind: 'section', section })}>
              {label}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
