import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATRIX_COLUMNS, PROJECT_LEVELS, type Code, type Segment, type SourceDocument } from '../../shared/domain';
import { piecesOf } from '../../shared/text/pieces';
import { useServices } from '../app/AppContext';
import { useNotify } from '../app/notify';
import { routeHref } from '../app/route';
import { codeLabel } from '../lib/codeLabel';
import { selectionOffsets } from '../lib/selectionOffsets';

interface Selected {
  start: number;
  end: number;
}

function DocumentText({ document, segments, codesById, language }: { document: SourceDocument; segments: Segment[]; codesById: Map<string, Code>; language: string }) {
  const ranges = useMemo(() => segments.map((s) => ({ id: s.id, start: s.position.start, end: s.position.end })), [segments]);
  const byId = useMemo(() => new Map(segments.map((s) => [s.id, s])), [segments]);
  return (
    <>
      {document.blocks.map((block) => (
        <p key={block.id} className={`block block-${block.kind}`}>
          {piecesOf(block.start, block.end, ranges).map((piece) => {
            const text = document.text.slice(piece.start, piece.end);
            if (piece.segmentIds.length === 0) {
              return (
                <span key={piece.start} data-start={piece.start}>
                  {text}
                </span>
              );
            }
            const codes = piece.segmentIds.flatMap((id) => byId.get(id)?.codeIds ?? []).flatMap((id) => codesById.get(id) ?? []);
            const colour = codes[0]?.colour ?? '#f4c95d';
            return (
              <mark
                key={piece.start}
                data-start={piece.start}
                className={piece.segmentIds.length > 1 ? 'coded coded-overlap' : 'coded'}
                style={{ backgroundColor: `${colour}66`, borderBottomColor: colour }}
                title={codes.map((code) => codeLabel(code, language)).join(' · ')}
              >
                {text}
              </mark>
            );
          })}
        </p>
      ))}
    </>
  );
}

/** Reads a document and codes its passages against the evaluation's codebook. */
export function ReaderScreen({ evaluationId, documentId }: { evaluationId: string; documentId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const document = useLiveQuery(async () => (await repos.documents.getWithText(documentId)) ?? null, [documentId]);
  const segments = useLiveQuery(() => repos.segments.listByDocument(documentId), [documentId]);
  const codes = useLiveQuery(() => repos.codes.list(evaluationId), [evaluationId]);
  const project = useLiveQuery(async () => (document ? ((await repos.projects.get(document.projectId)) ?? null) : null), [document?.projectId]);
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [codeId, setCodeId] = useState('');
  const language = i18n.language;

  const codesById = useMemo(() => new Map((codes ?? []).map((code) => [code.id, code])), [codes]);
  const groups = useMemo(() => {
    const list = codes ?? [];
    return PROJECT_LEVELS.flatMap((level) =>
      MATRIX_COLUMNS.map((column) => ({
        label: `${t(`level.${level}`)} – ${t(`column.${column}`)}`,
        codes: list.filter((code) => code.matrixCell?.level === level && code.matrixCell.column === column),
      })),
    ).filter((group) => group.codes.length > 0);
  }, [codes, t]);

  useEffect(() => {
    const onChange = () => {
      const container = textRef.current;
      if (!container) return;
      const selection = window.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      if (!range || !container.contains(range.commonAncestorContainer)) return;
      setSelected(selectionOffsets(container, selection));
    };
    window.document.addEventListener('selectionchange', onChange);
    return () => window.document.removeEventListener('selectionchange', onChange);
  }, []);

  if (document === undefined || segments === undefined || codes === undefined) return <p className="muted">{t('ui.common.loading')}</p>;
  if (document === null) return <p>{t('ui.common.notFound')}</p>;

  const selectedText = selected ? document.text.slice(selected.start, selected.end) : '';
  const applyCode = async () => {
    if (!selected || codeId === '') return;
    await repos.segments.code(documentId, selected.start, selected.end, codeId);
    const code = codesById.get(codeId);
    notify(t('ui.reader.coded', { code: code ? codeLabel(code, language) : '' }));
    window.getSelection()?.removeAllRanges();
    setSelected(null);
  };

  return (
    <div className="reader">
      <article className="reader-main" aria-labelledby="reader-title">
        <header className="reader-header">
          <a href={routeHref({ name: 'documents', evaluationId })} className="back-link">
            {t('ui.reader.back')}
          </a>
          <h1 id="reader-title">{document.title}</h1>
          <p className="muted">
            {[project?.name, t(`documentType.${document.type}`), document.date ?? t('ui.reader.undated')].filter(Boolean).join(' · ')}
          </p>
        </header>
        <div ref={textRef} className="document-text" aria-label={t('ui.reader.textLabel')} role="document">
          <DocumentText document={document} segments={segments} codesById={codesById} language={language} />
        </div>
      </article>
      <aside className="reader-side" aria-labelledby="coding-heading">
        <h2 id="coding-heading">{t('ui.reader.codingHeading')}</h2>
        <div className="coding-box">
          {selected ? (
            <blockquote className="selection-preview" aria-label={t('ui.reader.selectionLabel')}>
              {selectedText.length > 280 ? `${selectedText.slice(0, 280)}…` : selectedText}
            </blockquote>
          ) : (
            <p className="muted small">{t('ui.reader.selectHint')}</p>
          )}
          <label htmlFor="code-select">{t('ui.reader.code')}</label>
          <select id="code-select" value={codeId} onChange={(e) => setCodeId(e.target.value)}>
            <option value="">{t('ui.reader.chooseCode')}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.codes.map((code) => (
                  <option key={code.id} value={code.id}>
                    {codeLabel(code, language)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="button" className="primary" disabled={!selected || codeId === ''} onClick={applyCode}>
            {t('ui.reader.apply')}
          </button>
        </div>
        <h2 id="segments-heading">{t('ui.reader.segmentsHeading', { count: segments.length })}</h2>
        {segments.length === 0 && <p className="muted small">{t('ui.reader.noSegments')}</p>}
        <ul className="segment-list" aria-labelledby="segments-heading">
          {segments.map((segment) => (
            <li key={segment.id} className="segment">
              <q className="segment-quote">{segment.quote.exact.length > 160 ? `${segment.quote.exact.slice(0, 160)}…` : segment.quote.exact}</q>
              <ul className="chips" aria-label={t('ui.reader.segmentCodes')}>
                {segment.codeIds.map((id) => {
                  const code = codesById.get(id);
                  const label = code ? codeLabel(code, language) : t('ui.reader.unknownCode');
                  const cell = code?.matrixCell ? t(`levelShort.${code.matrixCell.level}`) : '';
                  return (
                    <li key={id} className="chip" style={{ borderLeftColor: code?.colour }}>
                      <span>{cell ? `${cell}: ${label}` : label}</span>
                      <button type="button" className="chip-remove" aria-label={t('ui.reader.removeCode', { code: label })} onClick={() => void repos.segments.uncode(segment.id, id)}>
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
    </div>
  );
}
