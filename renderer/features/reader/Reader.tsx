import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Project, Segment, SourceDocument } from '../../../shared/domain';
import { routeHref } from '../../services/route';
import type { TextRange } from './coding/readerCodingContext';
import type { UnplacedSegment } from './coding/UnplacedNotice';
import { useReaderCoding } from './coding/useReaderCoding';
import { useSegmentOverlay } from './coding/useSegmentOverlay';
import type { PaintContext, ReaderLabels } from './ChunkContent';
import { DocumentView, type DocumentViewHandle } from './DocumentView';
import { FindBar } from './FindBar';
import { blockAtOffset, layoutDocument, rangesByChunk, type ReaderLayout } from './layout';
import { outlineOf } from './outline';
import { OutlinePanel, type OutlineTarget } from './OutlinePanel';
import { laneCount, marginFor, segmentPaints, type CachedPaint } from './paint';
import { selectionOffsets } from './selectionOffsets';
import { useFind } from './useFind';
import { useOutlineFollow } from './useOutlineFollow';
import { useJump, type Jump } from './useJump';
import { showBidiControls } from '../../../shared/base/bidiControls';

/** At most this many chunks are kept rendered for a selection, whatever its length. */
const MAX_KEPT_CHUNKS = 24;

function keptChunks(layout: ReaderLayout, selected: TextRange | null): number[] {
  if (!selected) return [];
  const first = blockAtOffset(layout, selected.start)?.chunk;
  const last = blockAtOffset(layout, Math.max(selected.start, selected.end - 1))?.chunk;
  if (first === undefined || last === undefined) return [];
  if (last - first < MAX_KEPT_CHUNKS) return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return [first, last];
}

/** The text's left padding without bars (2.5rem), in CSS pixels. */
const TEXT_PADDING = 40;

interface Props {
  document: SourceDocument;
  segments: Segment[];
  codes: Code[];
  project: Project | null | undefined;
  evaluationId: string;
  /** The segment the route names: the reader opens scrolled to it, flashed and selected. */
  initialSegmentId: string | null;
  /** A place to show selected on opening (a search hit). */
  initialAt?: { start: number; end: number } | null;
  /** Segments of older versions of this document that could not be placed in it. */
  unplaced: readonly UnplacedSegment[];
}

/** The reader: the document's structured text with find, outline and page markers; coding is useReaderCoding's. */
export function Reader({ document, segments: liveSegments, codes, project, evaluationId, initialSegmentId, initialAt = null, unplaced }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const textRef = useRef<HTMLDivElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const view = useRef<DocumentViewHandle>(null);
  const [selected, setSelected] = useState<TextRange | null>(null);
  const [showRunning, setShowRunning] = useState(false);
  const [outlineOpen, setOutlineOpen] = useState(true);
  const [jump, setJump] = useState<Jump | null>(null);

  // What this reader just wrote is painted at once; the live query brings the same records a moment later.
  const { segments, laid } = useSegmentOverlay(liveSegments, document.id);

  const layout = useMemo(() => layoutDocument(document.blocks, { showRunning }), [document.blocks, showRunning]);
  const outline = useMemo(() => outlineOf(document.blocks, document.text), [document.blocks, document.text]);
  const find = useFind(document.text, layout);
  const codesById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const unknownCode = t('ui.reader.unknownCode');
  // Paints kept per segment record while the codes and the language stay the same.
  const painter = useMemo(() => ({ codesById, language, unknownCode, cache: new Map<string, CachedPaint>() }), [codesById, language, unknownCode]);
  const paints = useMemo(() => segmentPaints(segments, painter.codesById, painter.language, painter.unknownCode, painter.cache), [segments, painter]);
  const segmentRanges = useMemo(() => rangesByChunk(layout, paints), [layout, paints]);
  const margin = marginFor(laneCount(paints), TEXT_PADDING);
  const labels = useMemo<ReaderLabels>(
    () => ({
      page: (page) => t('ui.reader.page', { page }),
      footnote: t('ui.reader.footnote'),
      endnote: t('ui.reader.endnote'),
      notePage: (page) => t('ui.reader.notePage', { page }),
      comment: (author) => (author ? t('ui.reader.commentBy', { author }) : t('ui.reader.commentNoAuthor')),
      runningHeader: t('ui.reader.runningHeader'),
      runningFooter: t('ui.reader.runningFooter'),
    }),
    [t],
  );
  const ctx = useMemo<PaintContext>(
    () => ({ text: document.text, language, labels, listNumbers: layout.listNumbers, mixedNotes: layout.mixedNotes }),
    [document.text, language, labels, layout],
  );
  const follow = useOutlineFollow(outline, document.blocks, view);
  const keep = useMemo(() => keptChunks(layout, selected), [layout, selected]);
  const topInset = useCallback(() => toolbarRef.current?.getBoundingClientRect().bottom ?? 0, []);
  const { query: findQuery, diacriticSensitive, currentIndex } = find;
  const currentHit = find.hits && currentIndex >= 0 ? find.hits.hits[currentIndex] : undefined;

  // Map the browser's selection inside the text to offsets in the document text.
  useEffect(() => {
    const onChange = () => {
      const container = textRef.current;
      if (!container) return;
      const selection = window.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      if (!range || !container.contains(range.commonAncestorContainer)) return;
      const next = selectionOffsets(container, selection);
      setSelected((old) => (old === next || (old && next && old.start === next.start && old.end === next.end) ? old : next));
    };
    window.document.addEventListener('selectionchange', onChange);
    return () => window.document.removeEventListener('selectionchange', onChange);
  }, []);

  // Ctrl+F / Cmd+F goes to the reader's own find while the reader is open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        findRef.current?.focus();
        findRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Bring the current match into view when it changes (not when only the layout does).
  const revealedHit = useRef('');
  useEffect(() => {
    if (!currentHit) return;
    const key = `${findQuery}\u0000${diacriticSensitive}\u0000${currentIndex}\u0000${currentHit.start}`;
    if (revealedHit.current === key) return;
    revealedHit.current = key;
    const id = currentIndex;
    view.current?.reveal({ chunk: currentHit.chunk, locate: (root) => [...root.querySelectorAll<HTMLElement>(`[data-hit="${id}"]`)], onlyIfHidden: true });
  }, [currentHit, currentIndex, findQuery, diacriticSensitive]);

  // Carry out a jump once the layout holds its target.
  useJump(jump, layout, view, textRef);

  const onOutline = (target: OutlineTarget) => {
    follow.choose(target.kind === 'heading' ? target.blockId : target.section);
    if (target.kind === 'heading') setJump({ kind: 'block', blockId: target.blockId, align: 'start', focus: true });
    else setJump({ kind: 'section', section: target.section });
  };

  /** Scrolls to a segment and flashes it (showing running text first if it is there). */
  const showSegment = (segment: Segment) => {
    const hiddenRunning = !showRunning && document.blocks.some((b) => b.running && b.start <= segment.position.start && segment.position.start < b.end);
    if (hiddenRunning) setShowRunning(true);
    setJump({ kind: 'segment', segmentId: segment.id, start: segment.position.start });
  };

  // The route's place (a search hit): show it selected.
  const [atSeen, setAtSeen] = useState<string | null>(null);
  const atKey = initialAt ? `${initialAt.start}-${initialAt.end}` : null;
  if (initialAt && atKey !== atSeen && initialAt.end <= document.text.length) {
    setAtSeen(atKey);
    setJump({ kind: 'range', start: initialAt.start, end: initialAt.end });
    if (!showRunning && document.blocks.some((b) => b.running && b.start <= initialAt.start && initialAt.start < b.end)) setShowRunning(true);
  }

  const onShowRunning = (value: boolean) => {
    // Keep the reading place: the first block in view stays where it is.
    const anchor = view.current?.topBlock() ?? null;
    setShowRunning(value);
    if (anchor) setJump({ kind: 'block', blockId: anchor.blockId, align: { top: anchor.top }, focus: false });
  };

  // Coding: after the reading keys, so Ctrl+F is handled before the coding keys look at a key.
  const coding = useReaderCoding({
    document,
    evaluationId,
    project,
    codes,
    codesById,
    segments,
    laid,
    paints,
    layout,
    language,
    unknownCode,
    t,
    textRef,
    selected,
    setSelected,
    showSegment,
    initialSegmentId,
    unplaced,
  });

  const count = find.hits?.hits.length ?? 0;
  const number = (value: number) => value.toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE');
  let status = '';
  if (find.query.trim() !== '' && find.hits) {
    if (count === 0) status = t('ui.reader.findNone');
    else status = t(find.truncated ? 'ui.reader.findStatusMore' : 'ui.reader.findStatus', { current: number(find.currentIndex + 1), total: number(count) });
  }
  const sections = [
    ...(layout.chunks.some((c) => c.section === 'notes') ? [{ section: 'notes' as const, label: t('ui.reader.notesHeading') }] : []),
    ...(layout.chunks.some((c) => c.section === 'comments') ? [{ section: 'comments' as const, label: t('ui.reader.commentsHeading') }] : []),
  ];
  const hasOutline = outline.length > 0;

  return (
    <div className={`reader${hasOutline ? ' reader-has-outline' : ''}${hasOutline && !outlineOpen ? ' reader-outline-collapsed' : ''}`}>
      {hasOutline && <OutlinePanel entries={outline} sections={sections} open={outlineOpen} active={follow.active} onToggle={() => setOutlineOpen((open) => !open)} onJump={onOutline} />}
      <article className="reader-main" aria-labelledby="reader-title">
        <header className="reader-header">
          <a href={routeHref({ name: 'documents', evaluationId })} className="back-link">
            {t('ui.reader.back')}
          </a>
          <h1 id="reader-title">{showBidiControls(document.title)}</h1>
          <p className="muted">{[document.projectId === null ? t('ui.documents.programme') : project?.name, t(`documentType.${document.type}`), document.date ?? t('ui.reader.undated')].filter(Boolean).join(' · ')}</p>
          {document.supersededBy !== null && (
            <p className="notice">
              {t('ui.coding.olderVersion', { version: document.version })}{' '}
              <a href={routeHref({ name: 'reader', evaluationId, documentId: document.supersededBy })}>{t('ui.coding.openNewer')}</a>
            </p>
          )}
          {coding.unplacedNotice}
        </header>
        <div ref={toolbarRef} className="reader-toolbar">
          <FindBar
            inputRef={findRef}
            query={find.query}
            onQuery={(query) => find.setQuery(query, view.current?.topChunk() ?? 0)}
            status={status}
            canStep={count > 0}
            onNext={find.next}
            onPrevious={find.previous}
            diacriticSensitive={find.diacriticSensitive}
            onDiacriticSensitive={find.setDiacriticSensitive}
          />
          {layout.hasRunning && (
            <label className="running-toggle">
              <input type="checkbox" checked={showRunning} onChange={(event) => onShowRunning(event.target.checked)} />
              {t('ui.reader.showRunning')}
            </label>
          )}
        </div>
        {/* Clicks and drops here are shortcuts for the mouse; the side panel offers the same by keyboard. */}
        <div
          ref={textRef}
          className="document-text"
          aria-label={t('ui.reader.textLabel')}
          role="document"
          style={{ '--seg-margin': `${margin}px` } as CSSProperties}
          onClick={coding.onTextClick}
          onDragOver={coding.onDragOver}
          onDrop={coding.onDrop}
        >
          {layout.chunks.length === 0 ? (
            <p className="muted">{t('ui.reader.emptyText')}</p>
          ) : (
            <DocumentView
              key={showRunning ? 'with-running' : 'without-running'}
              layout={layout}
              ctx={ctx}
              rangesByChunk={segmentRanges}
              selectedSegment={coding.selectedSegmentId}
              provisional={coding.provisionalStore}
              highlightsByChunk={find.hits?.byChunk ?? null}
              current={currentHit ? { id: find.currentIndex, chunk: currentHit.chunk } : null}
              keep={keep}
              containerRef={textRef}
              topInset={topInset}
              headings={{ notes: t('ui.reader.notesHeading'), comments: t('ui.reader.commentsHeading') }}
              handle={view}
            />
          )}
        </div>
      </article>
      {coding.side}
    </div>
  );
}
