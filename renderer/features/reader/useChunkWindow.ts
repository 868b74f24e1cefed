import { useCallback, useEffect, useRef, useState } from 'react';

/** A chunk's rendered height and the column width it was measured at. */
interface Size {
  height: number;
  width: number;
}

interface Snapshot {
  /** Chunks within the observer's margin of the viewport. */
  visible: ReadonlySet<number>;
  /** Heights measured while chunks were rendered, kept for their placeholders. */
  sizes: ReadonlyMap<number, Size>;
  /** Measured over estimated height of the chunks measured so far, at `width`. */
  ratio: { width: number; value: number };
}

export interface ChunkWindow {
  /** The chunks near the viewport: render these in full, the others as placeholders. */
  visible: ReadonlySet<number>;
  /** The height a chunk's placeholder keeps: measured when it has been rendered at this width, else estimated. */
  placeholderHeight: (index: number) => number;
  /** Ref callback for every chunk's wrapper (placeholder or not); the wrapper carries `data-chunk`. */
  register: (element: HTMLElement | null) => (() => void) | undefined;
}

/** How far beyond the viewport chunks are rendered: a few screens either way. */
export const WINDOW_MARGIN = '1600px 0px';
const INITIAL = [0, 1, 2];

function chunkIndex(element: Element): number {
  return Number((element as HTMLElement).dataset.chunk);
}

/**
 * Tracks which chunks are near the viewport (an IntersectionObserver with a generous margin) and the
 * heights of rendered chunks (a ResizeObserver), so unrendered chunks keep their measured height, or
 * an estimate scaled by how the measured chunks compared with theirs. The scrollbar stays steady and
 * the browser's scroll anchoring keeps the text in place while chunks above come and go.
 */
export function useChunkWindow(estimates: readonly number[], width: number): ChunkWindow {
  const elements = useRef(new Set<HTMLElement>());
  const intersection = useRef<IntersectionObserver | null>(null);
  const resize = useRef<ResizeObserver | null>(null);
  const measured = useRef(new Map<number, Size>());
  const live = useRef({ visible: new Set<number>(INITIAL), sizes: new Map<number, Size>() });
  const latest = useRef({ estimates, width });
  const [snapshot, setSnapshot] = useState<Snapshot>(() => ({ visible: new Set(INITIAL), sizes: new Map(), ratio: { width, value: 1 } }));

  useEffect(() => {
    latest.current = { estimates, width };
  }, [estimates, width]);

  useEffect(() => {
    const ratioNow = (): { width: number; value: number } => {
      const { estimates: estimated, width: current } = latest.current;
      let heights = 0;
      let estimate = 0;
      for (const [index, size] of measured.current) {
        if (Math.abs(size.width - current) > 1) continue;
        heights += size.height;
        estimate += estimated[index] ?? 0;
      }
      const value = estimate > 0 ? Math.min(3, Math.max(0.4, heights / estimate)) : 1;
      return { width: current, value };
    };
    const publish = () => {
      setSnapshot({ visible: new Set(live.current.visible), sizes: new Map(live.current.sizes), ratio: ratioNow() });
    };
    intersection.current = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const entry of entries) {
          const index = chunkIndex(entry.target);
          if (entry.isIntersecting) {
            if (!live.current.visible.has(index)) {
              live.current.visible.add(index);
              changed = true;
            }
          } else if (live.current.visible.delete(index)) {
            const size = measured.current.get(index);
            if (size) live.current.sizes.set(index, size);
            changed = true;
          }
        }
        if (changed) publish();
      },
      { rootMargin: WINDOW_MARGIN },
    );
    resize.current = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const target = entry.target as HTMLElement;
        if (target.dataset.mounted !== 'true') continue;
        const height = entry.borderBoxSize[0]?.blockSize ?? target.offsetHeight;
        measured.current.set(chunkIndex(target), { height: Math.round(height), width: Math.round(entry.contentRect.width) });
      }
    });
    for (const element of elements.current) {
      intersection.current.observe(element);
      resize.current.observe(element);
    }
    return () => {
      intersection.current?.disconnect();
      resize.current?.disconnect();
      intersection.current = null;
      resize.current = null;
    };
  }, []);

  const register = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    elements.current.add(element);
    intersection.current?.observe(element);
    resize.current?.observe(element);
    return () => {
      elements.current.delete(element);
      intersection.current?.unobserve(element);
      resize.current?.unobserve(element);
    };
  }, []);

  const { sizes, ratio } = snapshot;
  const placeholderHeight = useCallback(
    (index: number): number => {
      const size = sizes.get(index);
      if (size && Math.abs(size.width - width) <= 1) return size.height;
      const scale = Math.abs(ratio.width - width) <= 1 ? ratio.value : 1;
      return Math.max(24, Math.round((estimates[index] ?? 0) * scale));
    },
    [sizes, ratio, width, estimates],
  );

  return { visible: snapshot.visible, placeholderHeight, register };
}
