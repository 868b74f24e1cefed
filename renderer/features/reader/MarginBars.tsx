import { useEffect, useRef, type ReactNode } from 'react';
import { barExtents, barFill, barOffset, BAR_WIDTH, type MeasuredPiece, type SegmentPaint } from './paint';

/**
 * The margin beside a chunk's text: one thin bar per segment, from the top of its first line to the
 * bottom of its last line in the chunk, in its codes' colours; overlapping segments stand side by side
 * in their lanes. The bars are measured from the rendered marks before the frame after every render and
 * when the chunk changes size, and drawn straight into the DOM (they hold no text, so selections never see them).
 * The same is reachable by keyboard through the side panel's list, so the margin is hidden from
 * assistive technology; a click on a bar selects its segment (handled by the reader).
 */
export function MarginBars({ ranges, selected }: { ranges: readonly SegmentPaint[]; selected: string | null }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const margin = ref.current;
    const chunk = margin?.parentElement;
    if (!margin || !chunk) return undefined;
    const draw = () => {
      const top = chunk.getBoundingClientRect().top;
      const pieces: MeasuredPiece[] = [];
      for (const mark of chunk.querySelectorAll<HTMLElement>('mark[data-seg]')) {
        const rect = mark.getBoundingClientRect();
        if (rect.height === 0) continue;
        pieces.push({ ids: (mark.dataset.seg ?? '').split(' '), top: rect.top - top, bottom: rect.bottom - top });
      }
      const extents = barExtents(pieces);
      const bars: HTMLElement[] = [];
      for (const paint of ranges) {
        const extent = extents.get(paint.id);
        if (!extent) continue;
        const bar = document.createElement('div');
        bar.className = paint.id === selected ? 'seg-bar seg-bar-selected' : 'seg-bar';
        bar.dataset.bar = paint.id;
        bar.title = paint.label;
        bar.style.top = `${Math.round(extent.top)}px`;
        bar.style.height = `${Math.max(4, Math.round(extent.bottom - extent.top))}px`;
        bar.style.left = `${-barOffset(paint.lane)}px`;
        bar.style.width = `${BAR_WIDTH}px`;
        bar.style.background = barFill(paint.colours);
        bars.push(bar);
      }
      margin.replaceChildren(...bars);
    };
    // Drawn just before the next frame is painted (with the marks it measures), not while React commits,
    // so a coded passage's mark reaches the screen without waiting for its bar's measuring.
    let frame = requestAnimationFrame(draw);
    let size = { width: -1, height: -1 };
    const observer = new ResizeObserver(() => {
      if (chunk.clientWidth === size.width && chunk.clientHeight === size.height) return;
      size = { width: chunk.clientWidth, height: chunk.clientHeight };
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    });
    observer.observe(chunk);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ranges, selected]);
  return <div ref={ref} className="seg-margin" aria-hidden="true" />;
}
