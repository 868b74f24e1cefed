import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Block } from '../../../shared/domain/document';
import type { DocumentViewHandle } from './DocumentView';
import { activeOutlineKey, type OutlineEntry } from './outline';

/**
 * Follows the reading place in the outline: the entry of the section at the top of the view, updated as
 * the page scrolls. After a jump from the outline the entry chosen stays marked until the reader scrolls
 * on their own (near the end of a document a heading cannot reach the top of the view).
 */
export function useOutlineFollow(outline: readonly OutlineEntry[], blocks: readonly Block[], view: RefObject<DocumentViewHandle | null>) {
  const [active, setActive] = useState<string | null>(null);
  const paused = useRef(false);
  const blocksById = useMemo(() => new Map(blocks.map((block) => [block.id, block])), [blocks]);
  const order = useMemo(() => new Map(blocks.map((block, index) => [block.id, index])), [blocks]);

  useEffect(() => {
    if (outline.length === 0) return undefined;
    let frame = 0;
    const update = () => {
      frame = 0;
      if (paused.current) return;
      const top = view.current?.topBlock() ?? null;
      setActive(activeOutlineKey(outline, order, top ? blocksById.get(top.blockId) : undefined));
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const onUser = () => {
      paused.current = false;
    };
    const userEvents = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    window.document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    for (const type of userEvents) window.addEventListener(type, onUser, { capture: true, passive: true });
    frame = requestAnimationFrame(update);
    return () => {
      cancelAnimationFrame(frame);
      window.document.removeEventListener('scroll', onScroll, { capture: true });
      for (const type of userEvents) window.removeEventListener(type, onUser, { capture: true });
    };
  }, [outline, order, blocksById, view]);

  return {
    /** The entry the reader is in: a heading's block id, 'notes' or 'comments'. */
    active,
    /** Marks the entry the reader jumped to. */
    choose: (key: string) => {
      setActive(key);
      paused.current = true;
    },
  };
}
