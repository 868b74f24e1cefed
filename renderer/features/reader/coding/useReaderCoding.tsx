import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent, type ReactNode } from 'react';
import type { Segment } from '../../../../shared/domain';
import type { ReportMarks } from '../../../../shared/coding/reportMarks';
import { choosesPassageProject } from '../../../../shared/coding/passageProject';
import { useServices } from '../../../services/AppContext';
import { useProjects } from '../../../store';
import { lastStep, recordStep, recordWhenWritten } from '../../../services/history';
import { useNotify } from '../../../ui/notify';
import { useStableCallback } from '../../../ui/useStableCallback';
import { applyCode } from './applyCode';
import { quotePage } from '../../../../shared/report/model/citation';
import { CODE_DRAG_TYPE, CodePalette } from '../../coding/CodePalette';
import { CodingPanel } from './CodingPanel';
import type { JudgementChange } from '../../coding/JudgementEditor';
import { navigateInDocument, navigateWithCode } from './navigateSegments';
import type { Direction } from '../../coding/navigation';
import { createProvisionalStore, type ProvisionalStore } from './provisionalPaint';
import { selectSegment, type ReaderCodingContext, type ReaderCodingInput } from './readerCodingContext';
import { deleteSelectedSegment, placeSegment, rangeFromSelection, stepSegment } from './segmentActions';
import { segmentAtClick } from './segmentAtClick';
import { SegmentPanel } from '../../coding/SegmentPanel';
import { UnplacedNotice, type UnplacedSegment } from './UnplacedNotice';
import { useCodingKeys } from '../../coding/useCodingKeys';
import type { RangeStep } from '../../coding/wordStep';
import { errorDetail } from '../../../ui/errorDetail';

interface Options extends ReaderCodingInput {
  /** The segment the route names: the reader opens scrolled to it, flashed and selected. */
  initialSegmentId: string | null;
  /** Segments of older versions of this document that could not be placed in it. */
  unplaced: readonly UnplacedSegment[];
}

/** What coding adds to the reader: the selected segment, the provisional paint, the text's mouse handlers and the side. */
export interface ReaderCoding {
  selectedSegmentId: string | null;
  provisionalStore: ProvisionalStore;
  onTextClick: (event: MouseEvent<HTMLDivElement>) => void;
  onDragOver: (event: DragEvent<HTMLDivElement>) => void;
  onDrop: (event: DragEvent<HTMLDivElement>) => void;
  /** The notice of segments left unplaced in older versions, for the reader's header. */
  unplacedNotice: ReactNode;
  /** The coding side: the selection, the palette, the selected segment's panel and the list of segments. */
  side: ReactNode;
}

/**
 * Coding in the reader: the selection or the selected segment coded from the palette, by shortcut key or
 * by dragging a code onto the text (painted provisionally before the write lands), the selected
 * segment's panel, the side list, unplaced segments and the navigation keys between segments. A hook of
 * the Reader (not a component of its own), so the reader renders as one, as the coding benchmark expects.
 */
export function useReaderCoding(options: Options): ReaderCoding {
  const { document, evaluationId, project, codes, codesById, segments, laid, selected, t, showSegment, initialSegmentId, unplaced } = options;
  const { repos } = useServices();
  const notify = useNotify();
  const filterRef = useRef<HTMLInputElement>(null);
  const [selectedSegmentId, setSelectedSegmentId] = useState<string | null>(null);
  const [followCodeId, setFollowCodeId] = useState<string | null>(null);
  const [provisionalStore] = useState(createProvisionalStore);
  const segmentById = useMemo(() => new Map(segments.map((segment) => [segment.id, segment])), [segments]);
  const selectedSegment = selectedSegmentId !== null ? (segmentById.get(selectedSegmentId) ?? null) : null;
  const followed = selectedSegment ? (followCodeId !== null && selectedSegment.codeIds.includes(followCodeId) ? followCodeId : (selectedSegment.codeIds[0] ?? null)) : null;
  const context: ReaderCodingContext = { ...options, repos, notify, segmentById, selectedSegment, setSelectedSegmentId, followed, setFollowCodeId, provisionalStore };

  // The route's segment: select it and bring it into view once its record is here.
  const [routeSeen, setRouteSeen] = useState<string | null>(null);
  if (initialSegmentId !== null && routeSeen !== initialSegmentId && segmentById.has(initialSegmentId)) {
    const segment = segmentById.get(initialSegmentId) as Segment;
    setRouteSeen(initialSegmentId);
    setSelectedSegmentId(segment.id);
    showSegment(segment);
  }

  const onJudge = useCallback(
    async (segmentId: string, change: JudgementChange) => {
      try {
        // Recorded in turn, so a quick second choice joins the first (one decision, one step).
        const step = await recordWhenWritten(lastStep(evaluationId).then((previous) => repos.coding.judge(segmentId, change, previous)));
        laid(step);
      } catch (error) {
        notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) }));
      }
    },
    [repos, laid, notify, t, evaluationId],
  );

  // In a document of the programme as a whole, each passage is about a project of the evaluation, or none.
  const programmeDocument = choosesPassageProject(document);
  const projects = useProjects(repos, evaluationId);
  const projectsById = useMemo(() => new Map((projects ?? []).map((p) => [p.id, p])), [projects]);
  const onPassageProject = useStableCallback((projectId: string | null) => {
    if (!selectedSegment) return;
    void repos.coding.setProject(selectedSegment.id, projectId).then(
      (step) => {
        recordStep(step);
        laid(step);
      },
      (error: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) })),
    );
  });

  const onMarkReport = useStableCallback((marks: ReportMarks) => {
    if (!selectedSegment) return;
    void repos.segments.setReportMarks([selectedSegment.id], marks).then(
      (step) => {
        recordStep(step);
        laid(step);
      },
      (error: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) })),
    );
  });

  const onUncode = useCallback(
    (segmentId: string, codeId: string) => {
      void repos.coding.uncode(segmentId, codeId).then(
        (step) => {
          recordStep(step);
          laid(step);
        },
        (error: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) })),
      );
    },
    [repos, laid, notify, t],
  );

  useCodingKeys({
    codes,
    filterRef,
    onShortcut: (code) => void applyCode(context, code.id),
    onOtherKey: (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return false;
      const direction: Direction = event.key === 'ArrowDown' ? 'next' : 'previous';
      if (event.shiftKey) void navigateWithCode(context, direction);
      else navigateInDocument(context, direction);
      return true;
    },
  });

  // A click on a coded passage or a margin bar (not the end of a drag) selects its segment.
  const onTextClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    const bar = target?.closest<HTMLElement>('[data-bar]');
    if (bar?.dataset.bar) {
      const segment = segmentById.get(bar.dataset.bar);
      if (segment) selectSegment(context, segment, false);
      return;
    }
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = target?.closest<HTMLElement>('mark[data-seg]');
    if (!mark?.dataset.seg) return;
    const id = segmentAtClick(mark.dataset.seg.split(' '), selectedSegmentId, segmentById);
    const segment = id !== null ? segmentById.get(id) : undefined;
    if (segment) selectSegment(context, segment, false);
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
    else void applyCode(context, codeId);
  };

  let target = t('ui.coding.targetNone');
  if (selected) target = t('ui.coding.targetSelection');
  else if (selectedSegment) target = t('ui.coding.targetSegment');

  const citationOf = (segment: Segment) => {
    const page = quotePage(document.blocks, segment.position);
    const passageProject = segment.projectId === null ? t('ui.coding.programme') : (projectsById.get(segment.projectId)?.name ?? t('ui.coding.noProject'));
    const values = { project: programmeDocument ? passageProject : (project?.name ?? t('ui.coding.noProject')), document: document.title, page: page ?? '' };
    return page !== null ? t('ui.coding.citation', values) : t('ui.coding.citationNoPage', values);
  };

  // Stable handlers, so the palette and the panel render again only when what they show changes.
  const onPaletteApply = useStableCallback((codeId: string) => void applyCode(context, codeId));
  const onPanelShow = useStableCallback(() => selectedSegment && showSegment(selectedSegment));
  const onPanelClose = useStableCallback(() => setSelectedSegmentId(null));
  const onPanelRemoveCode = useStableCallback((codeId: string) => selectedSegment && onUncode(selectedSegment.id, codeId));
  const onPanelDelete = useStableCallback(() => deleteSelectedSegment(context));
  const onPanelUseSelection = useStableCallback(() => rangeFromSelection(context));
  const onPanelStep = useStableCallback((step: RangeStep) => stepSegment(context, step));
  const onPanelNavigate = useStableCallback((direction: Direction) => navigateInDocument(context, direction));
  const onPanelNavigateCode = useStableCallback((direction: Direction) => void navigateWithCode(context, direction));

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
      onMarkReport={onMarkReport}
      onDelete={onPanelDelete}
      onUseSelection={onPanelUseSelection}
      onStep={onPanelStep}
      onNavigate={onPanelNavigate}
      onNavigateCode={onPanelNavigateCode}
      passageProject={programmeDocument && projects ? { projects, onChange: onPassageProject } : null}
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

  const side = (
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
  );
  const unplacedNotice = <UnplacedNotice items={unplaced} codesById={codesById} hasSelection={selected !== null} onPlace={(segment) => placeSegment(context, segment)} />;
  return { selectedSegmentId, provisionalStore, onTextClick, onDragOver, onDrop, unplacedNotice, side };
}
