import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Project, Segment, SourceDocument } from '../../shared/domain';
import { useServices } from '../app/AppContext';
import { useNotify } from '../app/notify';
import { routeHref } from '../app/route';
import { codeLabel } from '../lib/codeLabel';
import { selectionOffsets } from '../lib/selectionOffsets';
import type { PaintContext, ReaderLabels } from './ChunkContent';
import { CodingPanel } from './CodingPanel';
import { DocumentView, type DocumentViewHandle, type RevealAlign } from './DocumentView';
import { FindBar } from './FindBar';
import { blockAtOffset, layoutDocument, rangesByChunk, type ReaderLayout } from './layout';
import { outlineOf } from './outline';
import { OutlinePanel, type OutlineTarget } from './OutlinePanel';
import { useFind } from './useFind';
import { useOutlineFollow } from './useOutlineFollow';

interface Selected {
  start: number;
  end: number;
}

/** A jump asked for by the reader: done once the layout holds its target (after showing running text, say). */
type Jump =
  | { kind: 'block'; blockId: string; align: RevealAlign; focus: boolean }
  | { kind: 'section'; section: 'notes' | 'comments' }
  | { kind: 'segment'; segmentId: string; start: number };

/** At most this many chunks are kept rendered for a selection, whatever its length. */
const MAX_KEPT_CHUNKS = 24;

function keptChunks(layout: ReaderLayout, selected: Selected | null): number[] {
  if (!selected) return [];
  const first = blockAtOffset(layout, selected.start)?.chunk;
  const last = blockAtOffset(layout, Math.max(selected.start, selected.end - 1))?.chunk;
  if (first === undefined || last === undefined) return [];
  if (last - first < MAX_KEPT_CHUNKS) return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return [first, last];
}

function selectorValue(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

interface Props {
  document: SourceDocument;
  segments: Segment[];
  codes: Code[];
  project: Project | null | undefined;
  evaluationId: string;
}

/** The reader: the document's structured text with find, outline, page markers and coding. */
export function Reader({ document, segments, codes, project, evaluationId }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const language = i18n.language;
  const textRef = useRef<HTMLDivElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const view = useRef<DocumentViewHandle>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [codeId, setCodeId] = useState('');
  const [showRunning, setShowRunning] = useState(false);
  const [outlineOpen, setOutlineOpen] = useState(true);
  const [jump, setJump] = useState<Jump | null>(null);
  const done = useRef<Jump | null>(null);

  const layout = useMemo(() => layoutDocument(document.blocks, { showRunning }), [document.blocks, showRunning]);
  const outline = useMemo(() => outlineOf(document.blocks, document.text), [document.blocks, document.text]);
  const find = useFind(document.text, layout);
  const codesById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const segmentById = useMemo(() => new Map(segments.map((segment) => [segment.id, segment])), [segments]);
  const segmentRanges = useMemo(() => rangesByChunk(layout, segments.map((s) => ({ id: s.id, start: s.position.start, end: s.position.end }))), [layout, segments]);
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
    () => ({ text: document.text, segmentById, codesById, language, labels, listNumbers: layout.listNumbers, mixedNotes: layout.mixedNotes }),
    [document.text, segmentById, codesById, language, labels, layout],
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
      setSelected(selectionOffsets(container, selection));
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
  useEffect(() => {
    if (!jump || done.current === jump) return;
    done.current = jump;
    const handle = view.current;
    if (!handle) return;
    if (jump.kind === 'block') {
      const chunk = layout.chunkOfBlock.get(jump.blockId);
      if (chunk === undefined) return;
      const selector = `[data-block="${selectorValue(jump.blockId)}"]`;
      handle.reveal({ chunk, locate: (root) => [...root.querySelectorAll<HTMLElement>(selector)].slice(0, 1), align: jump.align, focus: jump.focus, flash: jump.focus });
    } else if (jump.kind === 'section') {
      const chunk = layout.chunks.find((c) => c.section === jump.section)?.index;
      if (chunk === undefined) return;
      handle.reveal({ chunk, locate: (root) => [...root.querySelectorAll<HTMLElement>(`[data-section="${jump.section}"]`)], align: 'start', focus: true });
    } else {
      const place = blockAtOffset(layout, jump.start);
      if (!place) return;
      const selector = `mark[data-seg~="${selectorValue(jump.segmentId)}"]`;
      const blockSelector = `[data-block="${selectorValue(place.block.id)}"]`;
      handle.reveal({
        chunk: place.chunk,
        locate: (root) => {
          const marks = [...root.querySelectorAll<HTMLElement>(selector)];
          return marks.length > 0 ? marks : [...root.querySelectorAll<HTMLElement>(blockSelector)].slice(0, 1);
        },
        focus: true,
        flash: true,
      });
    }
  }, [jump, layout]);

  const onOutline = (target: OutlineTarget) => {
    follow.choose(target.kind === 'heading' ? target.blockId : target.section);
    if (target.kind === 'heading') setJump({ kind: 'block', blockId: target.blockId, align: 'start', focus: true });
    else setJump({ kind: 'section', section: target.section });
  };

  const onShowSegment = (segment: Segment) => {
    const hiddenRunning = !showRunning && document.blocks.some((b) => b.running && b.start <= segment.position.start && segment.position.start < b.end);
    if (hiddenRunning) setShowRunning(true);
    setJump({ kind: 'segment', segmentId: segment.id, start: segment.position.start });
  };

  const onShowRunning = (value: boolean) => {
    // Keep the reading place: the first block in view stays where it is.
    const anchor = view.current?.topBlock() ?? null;
    setShowRunning(value);
    if (anchor) setJump({ kind: 'block', blockId: anchor.blockId, align: { top: anchor.top }, focus: false });
  };

  const applyCode = async () => {
    if (!selected || codeId === '') return;
    await repos.segments.code(document.id, selected.start, selected.end, codeId);
    const code = codesById.get(codeId);
    notify(t('ui.reader.coded', { code: code ? codeLabel(code, language) : '' }));
    window.getSelection()?.removeAllRanges();
    setSelected(null);
  };

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
          <h1 id="reader-title">{document.title}</h1>
          <p className="muted">{[project?.name, t(`documentType.${document.type}`), document.date ?? t('ui.reader.undated')].filter(Boolean).join(' · ')}</p>
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
        <div ref={textRef} className="document-text" aria-label={t('ui.reader.textLabel')} role="document">
          {layout.chunks.length === 0 ? (
            <p className="muted">{t('ui.reader.emptyText')}</p>
          ) : (
            <DocumentView
              key={showRunning ? 'with-running' : 'without-running'}
              layout={layout}
              ctx={ctx}
              rangesByChunk={segmentRanges}
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
      <CodingPanel
        codes={codes}
        codesById={codesById}
        segments={segments}
        selectedText={selected ? document.text.slice(selected.start, selected.end) : null}
        codeId={codeId}
        onCodeId={setCodeId}
        onApply={() => void applyCode()}
        onShowSegment={onShowSegment}
        onUncode={(segmentId, id) => void repos.segments.uncode(segmentId, id)}
      />
    </div>
  );
}
