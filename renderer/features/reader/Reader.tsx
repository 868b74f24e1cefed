import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties, type DragEvent, type MouseEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Code, Project, Segment, SourceDocument } from '../../../shared/domain';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { trimRange } from '../../../shared/text/selectors';
import { useServices } from '../../services/AppContext';
import { recordStep, recordWhenWritten } from '../../services/history';
import { useNotify } from '../../services/notify';
import { navigate, routeHref } from '../../services/route';
import { quotePage } from '../../../shared/report/model/citation';
import { CODE_DRAG_TYPE, CodePalette } from '../coding/CodePalette';
import type { JudgementChange } from '../coding/JudgementEditor';
import { neighbourAcross, neighbourInDocument, placeAcross, type Direction } from '../coding/navigation';
import { rememberCode } from '../coding/recentCodes';
import { segmentAtClick } from '../coding/segmentAtClick';
import { EMPTY_OVERLAY, mergeSegments, overlayChanges, provisionalCoding, type SegmentOverlay } from '../coding/segmentOverlay';
import { SegmentPanel } from '../coding/SegmentPanel';
import { UnplacedNotice, type UnplacedSegment } from '../coding/UnplacedNotice';
import { useCodingKeys } from '../coding/useCodingKeys';
import { useStableCallback } from '../../ui/useStableCallback';
import { stepRange, type RangeStep } from '../coding/wordStep';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { selectionOffsets } from './selectionOffsets';
import type { PaintContext, ReaderLabels } from './ChunkContent';
import { CodingPanel } from './CodingPanel';
import { DocumentView, type DocumentViewHandle } from './DocumentView';
import { FindBar } from './FindBar';
import { blockAtOffset, chunksOfRange, layoutDocument, rangesByChunk, type ReaderLayout } from './layout';
import { outlineOf } from './outline';
import { OutlinePanel, type OutlineTarget } from './OutlinePanel';
import { laneCount, marginFor, paintOf, segmentPaints, type SegmentPaint } from './paint';
import { createProvisionalStore, freeLane, type ProvisionalPaint } from './provisionalPaint';
import { useFind } from './useFind';
import { useOutlineFollow } from './useOutlineFollow';
import { useJump, type Jump } from './useJump';

interface Selected {
  start: number;
  end: number;
}

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

/** The text's left padding without bars (2.5rem), in CSS pixels. */
const TEXT_PADDING = 40;

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Takes the page's selection away if it is still `range`. */
function clearSelectionIf(range: Range): void {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const now = selection.getRangeAt(0);
  const same = now.compareBoundaryPoints(Range.START_TO_START, range) === 0 && now.compareBoundaryPoints(Range.END_TO_END, range) === 0;
  if (same) selection.removeAllRanges();
}

/** Runs `fn` once the next frame has been painted. */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}


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

/** The reader: the document's structured text with find, outline, page markers and coding. */
export function Reader({ document, segments: liveSegments, codes, project, evaluationId, initialSegmentId, initialAt = null, unplaced }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const language = i18n.language;
  const textRef = useRef<HTMLDivElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const view = useRef<DocumentViewHandle>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [selectedSegmentId, setSelectedSegmentId] = useState<string | null>(null);
  const [followCodeId, setFollowCodeId] = useState<string | null>(null);
  const [showRunning, setShowRunning] = useState(false);
  const [outlineOpen, setOutlineOpen] = useState(true);
  const [jump, setJump] = useState<Jump | null>(null);
  const [provisionalStore] = useState(createProvisionalStore);

  // What this reader just wrote is painted at once; the live query brings the same records a moment later.
  const [overlay, setOverlay] = useState<{ live: Segment[]; changes: SegmentOverlay }>({ live: liveSegments, changes: EMPTY_OVERLAY });
  if (overlay.live !== liveSegments) setOverlay({ live: liveSegments, changes: EMPTY_OVERLAY });
  const pendingOverlay = overlay.live === liveSegments ? overlay.changes : EMPTY_OVERLAY;
  const segments = useMemo(() => mergeSegments(liveSegments, pendingOverlay), [liveSegments, pendingOverlay]);

  const layout = useMemo(() => layoutDocument(document.blocks, { showRunning }), [document.blocks, showRunning]);
  const outline = useMemo(() => outlineOf(document.blocks, document.text), [document.blocks, document.text]);
  const find = useFind(document.text, layout);
  const codesById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const segmentById = useMemo(() => new Map(segments.map((segment) => [segment.id, segment])), [segments]);
  const unknownCode = t('ui.reader.unknownCode');
  // Paints kept per segment record while the codes and the language stay the same.
  const painter = useMemo(() => ({ codesById, language, unknownCode, cache: new Map<string, { signature: string; paint: SegmentPaint }>() }), [codesById, language, unknownCode]);
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
  const selectedSegment = selectedSegmentId !== null ? (segmentById.get(selectedSegmentId) ?? null) : null;
  const followed = selectedSegment ? (followCodeId !== null && selectedSegment.codeIds.includes(followCodeId) ? followCodeId : (selectedSegment.codeIds[0] ?? null)) : null;

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

  const showSegment = (segment: Segment) => {
    const hiddenRunning = !showRunning && document.blocks.some((b) => b.running && b.start <= segment.position.start && segment.position.start < b.end);
    if (hiddenRunning) setShowRunning(true);
    setJump({ kind: 'segment', segmentId: segment.id, start: segment.position.start });
  };

  /** Selects a segment for the panel; with `show`, scrolls to it and flashes it. */
  const selectSegment = (segment: Segment, show: boolean) => {
    setSelectedSegmentId(segment.id);
    if (show) showSegment(segment);
  };

  // The route's place (a search hit): show it selected.
  const [atSeen, setAtSeen] = useState<string | null>(null);
  const atKey = initialAt ? `${initialAt.start}-${initialAt.end}` : null;
  if (initialAt && atKey !== atSeen && initialAt.end <= document.text.length) {
    setAtSeen(atKey);
    setJump({ kind: 'range', start: initialAt.start, end: initialAt.end });
    if (!showRunning && document.blocks.some((b) => b.running && b.start <= initialAt.start && initialAt.start < b.end)) setShowRunning(true);
  }

  // The route's segment: select it and bring it into view once its record is here.
  const [routeSeen, setRouteSeen] = useState<string | null>(null);
  if (initialSegmentId !== null && routeSeen !== initialSegmentId && segmentById.has(initialSegmentId)) {
    const segment = segmentById.get(initialSegmentId) as Segment;
    setRouteSeen(initialSegmentId);
    setSelectedSegmentId(segment.id);
    setJump({ kind: 'segment', segmentId: segment.id, start: segment.position.start });
    if (!showRunning && document.blocks.some((b) => b.running && b.start <= segment.position.start && segment.position.start < b.end)) setShowRunning(true);
  }

  const onShowRunning = (value: boolean) => {
    // Keep the reading place: the first block in view stays where it is.
    const anchor = view.current?.topBlock() ?? null;
    setShowRunning(value);
    if (anchor) setJump({ kind: 'block', blockId: anchor.blockId, align: { top: anchor.top }, focus: false });
  };

  /** Records a written step for undo and paints what it changed at once. */
  const took = (step: ChangeSet | null): ChangeSet | null => {
    recordStep(step);
    if (step) setOverlay((current) => ({ live: current.live, changes: overlayChanges(current.changes, step.changes, document.id) }));
    return step;
  };

  const failed = (error: unknown) => notify(t('ui.common.actionFailed', { detail: errorText(error) }));

  /** Applies a code to the selected text, or else adds it to the selected segment. */
  const applyCode = async (codeId: string) => {
    const code = codesById.get(codeId);
    const label = code ? codeLabel(code, language) : '';
    // The selection as it is on the page now (a key may come before the selection's change has rendered),
    // else as last seen (focus in the palette leaves the page without one).
    const onPage = textRef.current ? selectionOffsets(textRef.current, window.getSelection()) : null;
    const chosen = onPage ?? selected;
    const fromSelection = chosen !== null;
    const range = chosen ?? (selectedSegment ? { start: selectedSegment.position.start, end: selectedSegment.position.end } : null);
    if (!range) {
      notify(t('ui.coding.selectFirst'));
      return;
    }
    // The write starts first; in the same moment the passage is painted as the write will leave it (a
    // provisional segment), and the stored segment takes its place once the write is committed.
    // Only the chunks it touches render it, so this costs the same in a document of any size.
    const writing = recordWhenWritten(repos.coding.code(document.id, range.start, range.end, codeId));
    const provisional = provisionalCoding(segments, document, range, codeId, new Date().toISOString());
    let shown: ProvisionalPaint | null = null;
    if (provisional) {
      const { start, end } = provisional.position;
      const lane = paints.find((paint) => paint.id === provisional.id)?.lane ?? freeLane(paints, start, end);
      shown = { paint: paintOf(provisional, codesById, language, unknownCode, lane), chunks: chunksOfRange(layout, start, end) };
      const value = shown;
      flushSync(() => provisionalStore.set(value));
    }
    // The selection goes once the paint is on the screen, unless the evaluator has selected something else by then.
    const selection = window.getSelection();
    const codedRange = fromSelection && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    if (codedRange) afterPaint(() => clearSelectionIf(codedRange));
    const settle = (step: ChangeSet | null) => {
      if (step) setOverlay((current) => ({ live: current.live, changes: overlayChanges(current.changes, step.changes, document.id) }));
      if (shown) provisionalStore.clear(shown);
    };
    try {
      const step = await writing;
      // For the benchmark: the moment the write is committed.
      performance.mark('sparbar:coding-committed');
      const written = step?.changes.find((change) => change.table === 'segments')?.after as Segment | null | undefined;
      // The rest waits for the next frame (the provisional paint looks the same): the stored segment takes
      // its place, the selection goes, the segment's panel opens, the palette puts the code first and the
      // announcement is made.
      afterPaint(() => {
        settle(step);
        if (fromSelection) setSelected((current) => (current && current.start === range.start && current.end === range.end ? null : current));
        if (written) startTransition(() => setSelectedSegmentId(written.id));
        rememberCode(evaluationId, codeId);
        if (!step) {
          // Nothing written: the range held only white space, or its segment has the code already.
          const trimmed = trimRange(document.text, range.start, range.end);
          notify(trimmed.start >= trimmed.end ? t('ui.coding.nothingToCode') : t('ui.coding.alreadyCoded', { code: label }));
        } else notify(fromSelection ? t('ui.coding.coded', { code: label, quote: excerpt(written?.quote.exact ?? '') }) : t('ui.coding.codeAdded', { code: label }));
      });
    } catch (error) {
      // Nothing was written: the provisional paint goes, and the evaluator is told why.
      settle(null);
      failed(error);
    }
  };

  /** Runs a step on the selected segment; says `done` (with the step's segment) when something changed. */
  const onSegment = async (write: () => Promise<ChangeSet | null>, done?: (after: Segment | null) => string) => {
    try {
      const step = took(await write());
      if (step && done) notify(done((step.changes.find((change) => change.table === 'segments')?.after as Segment | null | undefined) ?? null));
    } catch (error) {
      failed(error);
    }
  };

  const onJudge = useCallback(
    async (segmentId: string, change: JudgementChange) => {
      try {
        const step = await repos.coding.judge(segmentId, change);
        recordStep(step);
        if (step) setOverlay((current) => ({ live: current.live, changes: overlayChanges(current.changes, step.changes, document.id) }));
      } catch (error) {
        notify(t('ui.common.actionFailed', { detail: errorText(error) }));
      }
    },
    [repos, document.id, notify, t],
  );

  const onStep = (step: RangeStep) => {
    if (!selectedSegment) return;
    const range = stepRange(document.text, selectedSegment.position, step);
    if (!range) {
      notify(t('ui.coding.rangeEdge'));
      return;
    }
    void onSegment(
      () => repos.coding.adjustRange(selectedSegment.id, range.start, range.end),
      (after) => t('ui.coding.rangeChanged', { quote: excerpt(after?.quote.exact ?? '') }),
    );
  };

  const onUseSelection = () => {
    if (!selectedSegment || !selected) return;
    const range = selected;
    void onSegment(
      () => repos.coding.adjustRange(selectedSegment.id, range.start, range.end),
      (after) => t('ui.coding.rangeChanged', { quote: excerpt(after?.quote.exact ?? '') }),
    );
    window.getSelection()?.removeAllRanges();
    setSelected(null);
  };

  const onDelete = () => {
    if (!selectedSegment) return;
    const id = selectedSegment.id;
    void onSegment(
      () => repos.coding.deleteSegment(id),
      () => t('ui.coding.deleted'),
    );
    setSelectedSegmentId(null);
  };

  const onUncode = useCallback(
    (segmentId: string, codeId: string) => {
      void repos.coding.uncode(segmentId, codeId).then(
        (step) => {
          recordStep(step);
          if (step) setOverlay((current) => ({ live: current.live, changes: overlayChanges(current.changes, step.changes, document.id) }));
        },
        (error: unknown) => notify(t('ui.common.actionFailed', { detail: errorText(error) })),
      );
    },
    [repos, document.id, notify, t],
  );

  const onPlace = (segment: Segment) => {
    if (!selected) {
      notify(t('ui.coding.placeHint'));
      return;
    }
    const range = selected;
    void onSegment(
      () => repos.coding.relocate(segment.id, document.id, range.start, range.end),
      () => t('ui.coding.placed'),
    ).then(() => setSelectedSegmentId(segment.id));
    window.getSelection()?.removeAllRanges();
    setSelected(null);
  };

  const navigateInDocument = (direction: Direction) => {
    const next = neighbourInDocument(segments, selectedSegment?.id ?? null, direction);
    if (!next) notify(t('ui.coding.noMore'));
    else selectSegment(next, true);
  };

  const navigateWithCode = async (direction: Direction) => {
    if (!selectedSegment || followed === null) {
      notify(t('ui.coding.selectFirst'));
      return;
    }
    const codeId = followed;
    const current = selectedSegment;
    try {
      const [withCode, documents, projects] = await Promise.all([repos.coding.segmentsWithCode(codeId), repos.documents.list(evaluationId), repos.projects.list(evaluationId)]);
      const open = { id: document.id, title: document.title, projectId: document.projectId, segments };
      const items = placeAcross(codeId, withCode, open, documents, projects);
      const next = neighbourAcross(items, current.id, direction);
      const code = codesById.get(codeId);
      if (!next) {
        notify(t('ui.coding.noMoreWithCode', { code: code ? codeLabel(code, language) : '' }));
        return;
      }
      setFollowCodeId(codeId);
      const here = segmentById.get(next.segment.id);
      if (here) selectSegment(here, true);
      else navigate({ name: 'reader', evaluationId, documentId: next.segment.documentId, segmentId: next.segment.id });
    } catch (error) {
      failed(error);
    }
  };

  useCodingKeys({
    codes,
    filterRef,
    onShortcut: (code) => void applyCode(code.id),
    onOtherKey: (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return false;
      const direction: Direction = event.key === 'ArrowDown' ? 'next' : 'previous';
      if (event.shiftKey) void navigateWithCode(direction);
      else navigateInDocument(direction);
      return true;
    },
  });

  // A click on a coded passage or a margin bar (not the end of a drag) selects its segment.
  const onTextClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    const bar = target?.closest<HTMLElement>('[data-bar]');
    if (bar?.dataset.bar) {
      const segment = segmentById.get(bar.dataset.bar);
      if (segment) selectSegment(segment, false);
      return;
    }
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = target?.closest<HTMLElement>('mark[data-seg]');
    if (!mark?.dataset.seg) return;
    const id = segmentAtClick(mark.dataset.seg.split(' '), selectedSegmentId, segmentById);
    const segment = id !== null ? segmentById.get(id) : undefined;
    if (segment) selectSegment(segment, false);
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(CODE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const codeId = event.dataTransfer.getData(CODE_DRAG_TYPE);
    if (!codeId) return;
    event.preventDefault();
    if (!selected) notify(t('ui.coding.dropped'));
    else void applyCode(codeId);
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

  let target = t('ui.coding.targetNone');
  if (selected) target = t('ui.coding.targetSelection');
  else if (selectedSegment) target = t('ui.coding.targetSegment');

  const citationOf = (segment: Segment) => {
    const page = quotePage(document.blocks, segment.position);
    const values = { project: project?.name ?? t('ui.coding.noProject'), document: document.title, page: page ?? '' };
    return page !== null ? t('ui.coding.citation', values) : t('ui.coding.citationNoPage', values);
  };

  // Stable handlers, so the palette and the panel render again only when what they show changes.
  const onPaletteApply = useStableCallback((codeId: string) => void applyCode(codeId));
  const onPanelShow = useStableCallback(() => selectedSegment && showSegment(selectedSegment));
  const onPanelClose = useStableCallback(() => setSelectedSegmentId(null));
  const onPanelRemoveCode = useStableCallback((codeId: string) => selectedSegment && onUncode(selectedSegment.id, codeId));
  const onPanelDelete = useStableCallback(onDelete);
  const onPanelUseSelection = useStableCallback(onUseSelection);
  const onPanelStep = useStableCallback(onStep);
  const onPanelNavigate = useStableCallback(navigateInDocument);
  const onPanelNavigateCode = useStableCallback((direction: Direction) => void navigateWithCode(direction));

  // The side list follows the text a moment later, so painting a coded passage never waits for it.
  const listed = useDeferredValue(segments);

  const palette = (
    <CodePalette
      evaluationId={evaluationId}
      codes={codes}
      target={target}
      ready={selected !== null || selectedSegment !== null}
      onApply={onPaletteApply}
      filterRef={filterRef}
      hint={t('ui.coding.hint')}
      draggable
    />
  );
  const panel = selectedSegment && (
    <SegmentPanel
      segment={selectedSegment}
      codesById={codesById}
      citation={citationOf(selectedSegment)}
      index={segments.indexOf(selectedSegment) + 1}
      total={segments.length}
      hasSelection={selected !== null}
      followCodeId={followed}
      onFollowCode={setFollowCodeId}
      onShow={onPanelShow}
      onClose={onPanelClose}
      onRemoveCode={onPanelRemoveCode}
      onJudge={onJudge}
      onDelete={onPanelDelete}
      onUseSelection={onPanelUseSelection}
      onStep={onPanelStep}
      onNavigate={onPanelNavigate}
      onNavigateCode={onPanelNavigateCode}
    />
  );
  // The side list's items keep one handler (so they need not render again); it reaches the latest state.
  const latestShow = useRef(showSegment);
  useEffect(() => {
    latestShow.current = showSegment;
  });
  const onListSegment = useCallback((segment: Segment) => {
    setSelectedSegmentId(segment.id);
    latestShow.current(segment);
  }, []);

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
          {document.supersededBy !== null && (
            <p className="notice">
              {t('ui.coding.olderVersion', { version: document.version })}{' '}
              <a href={routeHref({ name: 'reader', evaluationId, documentId: document.supersededBy })}>{t('ui.coding.openNewer')}</a>
            </p>
          )}
          <UnplacedNotice items={unplaced} codesById={codesById} hasSelection={selected !== null} onPlace={onPlace} />
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
          onClick={onTextClick}
          onDragOver={onDragOver}
          onDrop={onDrop}
        >
          {layout.chunks.length === 0 ? (
            <p className="muted">{t('ui.reader.emptyText')}</p>
          ) : (
            <DocumentView
              key={showRunning ? 'with-running' : 'without-running'}
              layout={layout}
              ctx={ctx}
              rangesByChunk={segmentRanges}
              selectedSegment={selectedSegmentId}
              provisional={provisionalStore}
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
        codesById={codesById}
        segments={listed}
        selectedText={selected ? document.text.slice(selected.start, selected.end) : null}
        selectedSegmentId={selectedSegmentId}
        palette={palette}
        panel={panel}
        onShowSegment={onListSegment}
        onUncode={onUncode}
      />
    </div>
  );
}
