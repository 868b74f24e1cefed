import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Segment } from '../../../../shared/domain';
import { codeLabel } from '../../../../shared/domain/codeLabel';
import '../../coding/coding.css';

/** A segment left in an older version of the open document, with that version's number and where it opens. */
export interface UnplacedSegment {
  segment: Segment;
  version: number;
  href: string;
}

interface Props {
  items: readonly UnplacedSegment[];
  codesById: ReadonlyMap<string, Code>;
  /** Whether text is selected in the document now, to place a segment there. */
  hasSelection: boolean;
  onPlace: (segment: Segment) => void;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * Coded quotes of older versions of the open document that could not be found in its text: each can be
 * placed at the selected text here, or opened in its old version.
 */
export function UnplacedNotice({ items, codesById, hasSelection, onPlace }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section className="unplaced notice" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="unplaced-heading">
        {t('ui.coding.unplaced', { count: items.length })}
      </h2>
      <p className="small">{t('ui.coding.unplacedLead')}</p>
      <ul className="unplaced-list">
        {items.map(({ segment, version, href }) => (
          <li key={segment.id} className="unplaced-item">
            <q>{shorten(segment.quote.exact, 220)}</q>
            <span className="unplaced-codes small muted">
              {segment.codeIds
                .map((codeId) => codesById.get(codeId))
                .filter((code): code is Code => code !== undefined)
                .map((code) => codeLabel(code, i18n.language))
                .join(', ')}
            </span>
            <span className="unplaced-actions">
              <button
                type="button"
                className="primary"
                disabled={!hasSelection}
                title={hasSelection ? undefined : t('ui.coding.placeHint')}
                aria-label={t('ui.coding.placeHereNamed', { quote: shorten(segment.quote.exact, 60) })}
                onClick={() => onPlace(segment)}
              >
                {t('ui.coding.placeHere')}
              </button>
              <a href={href}>{t('ui.coding.openOld', { version })}</a>
            </span>
          </li>
        ))}
      </ul>
      {!hasSelection && <p className="muted small">{t('ui.coding.placeHint')}</p>}
    </section>
  );
}
