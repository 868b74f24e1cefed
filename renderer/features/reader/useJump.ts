import { useEffect, useRef, type RefObject } from 'react';
import { rangeOfOffsets } from './selectionOffsets';
import type { DocumentViewHandle, RevealAlign } from './DocumentView';
import { blockAtOffset, type ReaderLayout } from './layout';

/** A jump asked for by the reader: done once the layout holds its target (after showing running text, say). */
export type Jump =
  | { kind: 'block'; blockId: string; align: RevealAlign; focus: boolean }
  | { kind: 'section'; section: 'notes' | 'comments' }
  | { kind: 'segment'; segmentId: string; start: number }
  | { kind: 'range'; start: number; end: number };

function selectorValue(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

/**
 * Carries out a jump once the layout holds its target: a heading or a block, the notes or comments, a
 * coded segment (flashed), or a range of the text (selected, so it can be coded at once).
 */
export function useJump(jump: Jump | null, layout: ReaderLayout, view: RefObject<DocumentViewHandle | null>, textRef: RefObject<HTMLDivElement | null>): void {
  const done = useRef<Jump | null>(null);
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
    } else if (jump.kind === 'range') {
      // A place asked for by the route (a search hit): selected, so it can be coded at once.
      const place = blockAtOffset(layout, jump.start);
      if (!place) return;
      const blockSelector = `[data-block="${selectorValue(place.block.id)}"]`;
      handle.reveal({
        chunk: place.chunk,
        locate: (root) => {
          const container = textRef.current;
          const range = container ? rangeOfOffsets(container, jump.start, jump.end) : null;
          if (range) {
            const selection = window.getSelection();
            selection?.removeAllRanges();
            selection?.addRange(range);
          }
          return [...root.querySelectorAll<HTMLElement>(blockSelector)].slice(0, 1);
        },
        align: 'center',
      });
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
  }, [jump, layout, view, textRef]);
}
