/**
 * Maps a DOM selection in the reader to offsets in the document text. Every piece of text is rendered
 * in an element with `data-start` (its offset), and each such element holds exactly one text node.
 */
function pieceOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-start]') ?? null;
}

export function pointToOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = pieceOf(node);
    return piece ? Number(piece.dataset.start) + offset : null;
  }
  if (!(node instanceof HTMLElement)) return null;
  if (node.dataset.start !== undefined) {
    return Number(node.dataset.start) + (offset > 0 ? (node.textContent?.length ?? 0) : 0);
  }
  // An element holding pieces (a block): the offset counts children.
  const children = Array.from(node.childNodes);
  const after = children[offset];
  if (after) {
    const piece = after instanceof HTMLElement ? (after.dataset.start !== undefined ? after : after.querySelector<HTMLElement>('[data-start]')) : pieceOf(after);
    if (piece) return Number(piece.dataset.start);
  }
  const pieces = node.querySelectorAll<HTMLElement>('[data-start]');
  const last = pieces[pieces.length - 1];
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}

/** The selected range of the document text inside `container`, or null when nothing usable is selected. */
export function selectionOffsets(container: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = pointToOffset(range.startContainer, range.startOffset);
  const end = pointToOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
