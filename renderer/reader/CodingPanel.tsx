import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Segment } from '../../shared/domain';
import { codeGroups } from '../lib/codeGroups';
import { codeDefinition, codeLabel } from '../lib/codeLabel';

interface Props {
  codes: readonly Code[];
  codesById: ReadonlyMap<string, Code>;
  segments: readonly Segment[];
  /** The selected text, or null when nothing is selected. */
  selectedText: string | null;
  codeId: string;
  onCodeId: (codeId: string) => void;
  onApply: () => void;
  onShowSegment: (segment: Segment) => void;
  onUncode: (segmentId: string, codeId: string) => void;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The coding side: the selection, the code to apply, and the document's coded quotes (each one jumps to its place). */
export function CodingPanel({ codes, codesById, segments, selectedText, codeId, onCodeId, onApply, onShowSegment, onUncode }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const groups = useMemo(() => codeGroups(codes, t, language), [codes, t, language]);

  return (
    <aside className="reader-side" aria-labelledby="coding-heading">
      <h2 id="coding-heading">{t('ui.reader.codingHeading')}</h2>
      <div className="coding-box">
        {selectedText !== null ? (
          <blockquote className="selection-preview" aria-label={t('ui.reader.selectionLabel')}>
            {shorten(selectedText, 280)}
          </blockquote>
        ) : (
          <p className="muted small">{t('ui.reader.selectHint')}</p>
        )}
        <label htmlFor="code-select">{t('ui.reader.code')}</label>
        <select id="code-select" value={codeId} onChange={(e) => onCodeId(e.target.value)}>
          <option value="">{t('ui.reader.chooseCode')}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.codes.map((code) => (
                <option key={code.id} value={code.id} title={codeDefinition(code, language) || undefined}>
                  {codeLabel(code, language)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button type="button" className="primary" disabled={selectedText === null || codeId === ''} onClick={onApply}>
          {t('ui.reader.apply')}
        </button>
      </div>
      <h2 id="segments-heading">{t('ui.reader.segmentsHeading', { count: segments.length })}</h2>
      {segments.length === 0 && <p className="muted small">{t('ui.reader.noSegments')}</p>}
      <ul className="segment-list" aria-labelledby="segments-heading">
        {segments.map((segment) => (
          <li key={segment.id} className="segment">
            <button type="button" className="segment-quote" title={t('ui.reader.showInText')} onClick={() => onShowSegment(segment)}>
              <q>{shorten(segment.quote.exact, 160)}</q>
            </button>
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
        ))}
      </ul>
    </aside>
  );
}
