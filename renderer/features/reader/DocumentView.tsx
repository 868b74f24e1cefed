import { memo, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useState, type ReactNode, type Ref, type RefObject } from 'react';
import type { Highlight } from '../../../shared/text/pieces';
import { ChunkContent, PageMarker, type PaintContext } from './ChunkContent';
import { DEFAULT_METRICS, estimateChunkHeight, type TextMetrics } from './estimate';
import type { Chunk, ReaderLayout } from './layout';
import { samePaints, type SegmentPaint } from './paint';
import { useProvisional, withProvisional, type ProvisionalStore } from './coding/provisionalPaint';
import { useChunkWindow } from './useChunkWindow';

/**
 * Where to bring a jump's target: the middle of the view, just below the toolbar, or a given distance
 * from the viewport's top (to keep the reading place when the layout changes).
 */
export type RevealAlign = 'center' | 'start' | { top: number };

export interface RevealRequest {
  /** The chunk holding the target: rendered first, then the target is looked up in it. */
  chunk: number;
  /** Finds the target (and, for a quote in several pieces, the rest of it) once the chunk is rendered. */
  locate: (root: HTMLElement) => HTMLElement[];
  align?: RevealAlign;
  /** Leave the scroll position alone when the target is already in view. */
  onlyIfHidden?: boolean;
  /** Move focus to the target's block (headings, quotes); a find match leaves focus in the search field. */
  focus?: boolean;
  /** Briefly mark the target so the eye finds it. */
  flash?: boolean;
}

export interface DocumentViewHandle {
  reveal: (request: RevealRequest) => void;
  /** The first chunk at least partly below the toolbar. */
  topChunk: () => number;
  /** The first block of the body at least partly below the toolbar, and its distance from the viewport's top. */
  topBlock: () => { blockId: string; top: number } | null;
}

interface Props {
  layout: ReaderLayout;
  ctx: PaintContext;
  rangesByChunk: ReadonlyMap<number, SegmentPaint[]>;
  /** The segment selected in the side panel, painted as such wherever it is. */
  selectedSegment: string | null;
  /** A segment painted before its write comes back (the chunks it touches render it). */
  provisional?: ProvisionalStore | null;
  highlightsByChunk: ReadonlyMap<number, Highlight[]> | null;
  /** The current find match's id and chunk, or null. */
  current: { id: number; chunk: number } | null;
  /** Chunks to keep rendered whatever the scroll position (the selection's). */
  keep: readonly number[];
  containerRef: RefObject<HTMLElement | null>;
  /** The bottom of whatever covers the top of the viewport (the sticky toolbar), in viewport pixels. */
  topInset: () => number;
  headings: { notes: string; comments: string };
  handle: Ref<DocumentViewHandle>;
}

const NONE: readonly never[] = [];

function scrollerOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Text column width and font, for the height estimates; follows the column's size. */
function useTextMetrics(containerRef: RefObject<HTMLElement | null>): TextMetrics {
  const [metrics, setMetrics] = useState<TextMetrics>(DEFAULT_METRICS);
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => {
      const style = getComputedStyle(element);
      const width = Math.round(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
      const fontSize = parseFloat(style.fontSize) || DEFAULT_METRICS.fontSize;
      const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.65;
      setMetrics((old) => (old.width === width && old.fontSize === fontSize && old.lineHeight === lineHeight ? old : { width, fontSize, lineHeight }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [containerRef]);
  return metrics;
}

interface SlotProps {
  chunk: Chunk;
  mounted: boolean;
  /** The placeholder's height while not mounted. */
  height: number | undefined;
  register: (element: HTMLElement | null) => (() => void) | undefined;
  marker: string | null;
  ctx: PaintContext;
  ranges: readonly SegmentPaint[];
  selected: string | null;
  highlights: readonly Highlight[];
  current: number;
  provisional: ProvisionalStore | null;
}

/** One chunk's wrapper: rendered in full or as a placeholder; renders again only when its own props change. */
const ChunkSlot = memo(
  function ChunkSlot({ chunk, mounted, height, register, marker, ctx, ranges, selected, highlights, current, provisional }: SlotProps) {
    const pending = useProvisional(provisional, chunk.index);
    const painted = useMemo(() => (pending ? withProvisional(ranges, pending.paint) : ranges), [pending, ranges]);
    return (
      <div
        ref={register}
        className={mounted ? 'chunk' : 'chunk chunk-placeholder'}
        data-chunk={chunk.index}
        data-mounted={mounted ? 'true' : undefined}
        style={mounted ? undefined : { height }}
      >
        {marker !== null && <PageMarker label={marker} />}
        {mounted && <ChunkContent chunk={chunk} ctx={ctx} ranges={painted} selected={selected} highlights={highlights} current={current} />}
      </div>
    );
  },
  (a, b) =>
    a.chunk === b.chunk &&
    a.mounted === b.mounted &&
    a.height === b.height &&
    a.register === b.register &&
    a.marker === b.marker &&
    a.ctx === b.ctx &&
    a.selected === b.selected &&
    a.highlights === b.highlights &&
    a.current === b.current &&
    a.provisional === b.provisional &&
    samePaints(a.ranges, b.ranges),
);

/**
 * The document's text, virtualised: every chunk has a wrapper, but only chunks near the viewport (and
 * those kept for the selection or a jump) are rendered; the others are placeholders of their measured
 * or estimated height, showing only their page marker.
 */
export function DocumentView({ layout, ctx, rangesByChunk, selectedSegment, provisional = null, highlightsByChunk, current, keep, containerRef, topInset, headings, handle }: Props): ReactNode {
  const metrics = useTextMetrics(containerRef);
  const estimates = useMemo(() => layout.chunks.map((chunk) => estimateChunkHeight(chunk, layout.listNumbers, metrics)), [layout, metrics]);
  const chunkWindow = useChunkWindow(estimates, metrics.width);
  // Page labels once per layout, not per chunk and render.
  const markers = useMemo(() => layout.chunks.map((chunk) => (chunk.pageMarker !== null ? ctx.labels.page(chunk.pageMarker) : null)), [layout, ctx.labels]);
  const [request, setRequest] = useState<RevealRequest | null>(null);

  useImperativeHandle(
    handle,
    () => ({
      reveal: (next) => setRequest({ ...next }),
      topChunk: () => {
        const root = containerRef.current;
        if (!root) return 0;
        const inset = topInset();
        for (const element of root.querySelectorAll<HTMLElement>('[data-chunk]')) {
          if (element.getBoundingClientRect().bottom > inset) return Number(element.dataset.chunk);
        }
        return 0;
      },
      topBlock: () => {
        const root = containerRef.current;
        if (!root) return null;
        const inset = topInset();
        for (const element of root.querySelectorAll<HTMLElement>('[data-block]')) {
          if (element.closest('.doc-running')) continue;
          const rect = element.getBoundingClientRect();
          if (rect.bottom > inset && element.dataset.block) return { blockId: element.dataset.block, top: rect.top };
        }
        return null;
      },
    }),
    [containerRef, topInset],
  );

  // Once the requested chunk is rendered: scroll the target into view, hold it there while chunks
  // around it render and settle, and move focus or flash it as asked.
  useLayoutEffect(() => {
    const root = containerRef.current;
    if (!request || !root) return undefined;
    const [target, ...rest] = request.locate(root);
    if (!target) return undefined;
    const scroller = scrollerOf(target);
    const inset = topInset();
    // A heading right after a page marker is shown with its marker.
    const marker = target.previousElementSibling;
    const rect = (request.align === 'start' && marker instanceof HTMLElement && marker.classList.contains('page-marker') ? marker : target).getBoundingClientRect();
    const inView = rect.top >= inset && rect.bottom <= window.innerHeight;
    if (!(request.onlyIfHidden && inView)) {
      const align = request.align ?? 'center';
      const room = window.innerHeight - inset;
      let top: number;
      if (typeof align === 'object') top = align.top;
      else if (align === 'start' || rect.height > room / 2) top = inset + 16;
      else top = inset + (room - rect.height) / 2;
      scroller.scrollBy(0, rect.top - top);
    }
    if (request.focus) {
      const block = target.closest<HTMLElement>('[data-block]') ?? target;
      if (!block.hasAttribute('tabindex')) block.setAttribute('tabindex', '-1');
      block.focus({ preventScroll: true });
    }
    if (request.flash && !reducedMotion()) {
      for (const element of [target, ...rest]) {
        element.animate?.([{ boxShadow: '0 0 0 3px rgba(194, 65, 12, 0.6)' }, { boxShadow: '0 0 0 3px rgba(194, 65, 12, 0)' }], { duration: 1800, easing: 'ease-out' });
      }
    }
    // Chunks near the target render in the next frames and may change height above it: keep it still.
    const desired = target.getBoundingClientRect().top;
    let frames = 0;
    let frame = 0;
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.removeEventListener(type, interrupt, true);
    };
    // Once settled (or the user takes over), the target's chunk no longer needs holding: the
    // observer has it by now, and it goes when the reader scrolls away.
    const release = () => {
      stop();
      setRequest((current) => (current === request ? null : current));
    };
    const interrupt = () => release();
    // A drift with the scroll position unchanged is the layout moving; a changed scroll position is the
    // user scrolling (by the scrollbar, say): then stop.
    let scrolled = scroller.scrollTop;
    const settle = () => {
      if (!target.isConnected || frames++ > 40) return release();
      const drift = target.getBoundingClientRect().top - desired;
      if (Math.abs(drift) > 1) {
        if (Math.abs(scroller.scrollTop - scrolled) > 1) return release();
        scroller.scrollBy(0, drift);
      }
      scrolled = scroller.scrollTop;
      frame = requestAnimationFrame(settle);
    };
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.addEventListener(type, interrupt, true);
    frame = requestAnimationFrame(settle);
    return stop;
  }, [request, containerRef, topInset]);

  const rendered = (index: number) => chunkWindow.visible.has(index) || keep.includes(index) || request?.chunk === index;

  const slot = (chunk: Chunk): ReactNode => {
    const mounted = rendered(chunk.index);
    const ranges = rangesByChunk.get(chunk.index) ?? NONE;
    return (
      <ChunkSlot
        key={chunk.index}
        chunk={chunk}
        mounted={mounted}
        height={mounted ? undefined : chunkWindow.placeholderHeight(chunk.index)}
        register={chunkWindow.register}
        marker={markers[chunk.index] ?? null}
        ctx={ctx}
        ranges={ranges}
        selected={selectedSegment !== null && ranges.some((paint) => paint.id === selectedSegment) ? selectedSegment : null}
        highlights={highlightsByChunk?.get(chunk.index) ?? NONE}
        current={current?.chunk === chunk.index ? current.id : -1}
        provisional={provisional}
      />
    );
  };

  const body = layout.chunks.filter((chunk) => chunk.section === 'body');
  const notes = layout.chunks.filter((chunk) => chunk.section === 'notes');
  const comments = layout.chunks.filter((chunk) => chunk.section === 'comments');
  return (
    <>
      {body.map(slot)}
      {notes.length > 0 && (
        <section className="doc-section" aria-labelledby="reader-notes-heading">
          <h2 id="reader-notes-heading" className="doc-section-heading" data-section="notes">
            {headings.notes}
          </h2>
          {notes.map(slot)}
        </section>
      )}
      {comments.length > 0 && (
        <section className="doc-section" aria-labelledby="reader-comments-heading">
          <h2 id="reader-comments-heading" className="doc-section-heading" data-section="comments">
            {headings.comments}
          </h2>
          {comments.map(slot)}
        </section>
      )}
    </>
  );
}
