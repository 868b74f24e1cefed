import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Segment } from '../../../../shared/domain';
import { codeLabel } from '../../../../shared/domain/codeLabel';
import { InReportBadge } from '../../../ui/ReportMarkToggles';

interface Props {
  codesById: ReadonlyMap<string, Code>;
  segments: readonly Segment[];
  /** The selected text, or null when nothing is selected. */
  selectedText: string | null;
  selectedSegmentId: string | null;
  /** The code palette and, when a segment is selected, its panel. */
  palette: ReactNode;
  panel: ReactNode;
  onShowSegment: (segment: Segment) => void;
  onUncode: (segmentId: string, codeId: string) => void;
}

/** The side list shows this many quotes at first; more on request (a long report may have thousands). */
export const LIST_PAGE = 150;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

interface ItemProps {
  segment: Segment;
  codesById: ReadonlyMap<string, Code>;
  language: string;
  selected: boolean;
  onShowSegment: (segment: Segment) => void;
  onUncode: (segmentId: string, codeId: string) => void;
}

const SegmentItem = memo(
  function SegmentItem({ segment, codesById, language, selected, onShowSegment, onUncode }: ItemProps) {
    const { t } = useTranslation();
    return (
      <li className={selected ? 'segment segment-selected' : 'segment'} aria-current={selected ? 'true' : undefined}>
        <button type="button" className="segment-quote" title={t('ui.reader.showInText')} onClick={() => onShowSegment(segment)}>
          <q>{shorten(segment.quote.exact, 160)}</q>
        </button>
        {segment.inReport === true && <InReportBadge />}
        <ul className="chips" aria-label={t('ui.reader.segmentCodes')}>
          {segment.codeIds.map((id) => {
            const code = codesById.get(id);
            const label = code ? codeLabel(code, language) : t('ui.reader.unknownCode');
            const cell = code?.matrixCell ? t(`levelShort.${code.matrixCell.level}`) : '';
            return (
              <li key={id} className="chip" style={{ borderLeftColor: code?.colour }}>
                <span>{cell ? `${cell}: ${label}` : label}</span>
                <button type="button" className="chip-remove" aria-label={t('ui.reader.removeCode', { code: label })} onClick={() => onUncode(segment.id, id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      </li>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.codesById === b.codesById &&
    a.language === b.language &&
    a.onShowSegment === b.onShowSegment &&
    a.onUncode === b.onUncode &&
    a.segment.id === b.segment.id &&
    a.segment.quote.exact === b.segment.quote.exact &&
    a.segment.inReport === b.segment.inReport &&
    a.segment.codeIds.join() === b.segment.codeIds.join(),
);

/**
 * The coding side: the selection, the code palette, the selected segment's panel, and the document's
 * coded quotes (each one selects its segment and jumps to its place).
 */
export function CodingPanel({ codesById, segments, selectedText, selectedSegmentId, palette, panel, onShowSegment, onUncode }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [shown, setShown] = useState(LIST_PAGE);
  const visible = segments.length > shown ? segments.slice(0, shown) : segments;

  return (
    <aside className="reader-side" aria-label={t('ui.reader.codingHeading')}>
      <div className="coding-box">
        {selectedText !== null ? (
          <blockquote className="selection-preview" aria-label={t('ui.reader.selectionLabel')}>
            {shorten(selectedText, 280)}
          </blockquote>
        ) : null}
        {palette}
      </div>
      {panel}
      <h2 id="segments-heading">{t('ui.reader.segmentsHeading', { count: segments.length })}</h2>
      {segments.length === 0 && <p className="muted small">{t('ui.reader.noSegments')}</p>}
      <ul className="segment-list" aria-labelledby="segments-heading">
        {visible.map((segment) => (
          <SegmentItem
            key={segment.id}
            segment={segment}
            codesById={codesById}
            language={language}
            selected={segment.id === selectedSegmentId}
            onShowSegment={onShowSegment}
            onUncode={onUncode}
          />
        ))}
      </ul>
      {segments.length > shown && (
        <button type="button" className="segments-more" onClick={() => setShown((count) => count + LIST_PAGE * 4)}>
          {t('ui.coding.segmentsMore', { count: segments.length - shown })}
        </button>
      )}
    </aside>
  );
}
