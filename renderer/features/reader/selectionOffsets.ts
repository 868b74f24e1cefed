/**
 * Maps a DOM selection in the reader to offsets in the document text. Every piece of text is rendered
 * in an element with `data-start` (its offset), and each such element holds exactly one text node.
 * Anything else in the reader (page markers, note labels, list bullets) is not document text: a
 * selection that starts or ends there counts from the nearest piece of text inside the selection.
 */
function pieceOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-start]') ?? null;
}

function startOf(piece: HTMLElement): number {
  return Number(piece.dataset.start);
}

function endOf(piece: HTMLElement): number {
  return startOf(piece) + (piece.textContent?.length ?? 0);
}

/**
 * The text offset of a point between pieces (not inside one): for the start of a selection, the start
 * of the first piece after the point; for its end, the end of the last piece before it.
 */
function offsetBetween(container: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const pieces = Array.from(container.querySelectorAll<HTMLElement>('[data-start]'));
  if (pieces.length === 0) return null;
  const point = (node.ownerDocument ?? document).createRange();
  point.setStart(node, offset);
  // The first piece that begins at or after the point (pieces are in document order).
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(pieces[mid] as HTMLElement, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  if (side === 'start') {
    const after = pieces[lo];
    return after ? startOf(after) : endOf(pieces[pieces.length - 1] as HTMLElement);
  }
  const before = pieces[lo - 1];
  return before ? endOf(before) : startOf(pieces[0] as HTMLElement);
}

/** The text offset of a DOM point inside `container`, or null when the container shows no text. */
export function pointToOffset(node: Node, offset: number, side: 'start' | 'end' = 'start', container?: HTMLElement): number | null {
  const piece = pieceOf(node);
  if (piece && (!container || container.contains(piece))) {
    if (node.nodeType === Node.TEXT_NODE) return startOf(piece) + Math.min(offset, node.textContent?.length ?? 0);
    if (node === piece) return offset > 0 ? endOf(piece) : startOf(piece);
  }
  const root = container ?? (node instanceof HTMLElement ? node : node.parentElement);
  return root ? offsetBetween(root, node, offset, side) : null;
}

/** The selected range of the document text inside `container`, or null when nothing usable is selected. */
export function selectionOffsets(container: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = pointToOffset(range.startContainer, range.startOffset, 'start', container);
  const end = pointToOffset(range.endContainer, range.endOffset, 'end', container);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The piece of text (an element with `data-start`) holding an offset, as a text node and an offset in it. */
function pointAt(container: HTMLElement, offset: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
  for (const piece of container.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = startOf(piece);
    const end = endOf(piece);
    const inside = side === 'start' ? offset >= start && offset < end : offset > start && offset <= end;
    const text = piece.firstChild;
    if (inside && text && text.nodeType === Node.TEXT_NODE) return { node: text, offset: offset - start };
  }
  return null;
}

/** A DOM range over offsets of the document text, when the reader shows both ends; the inverse of selectionOffsets. */
export function rangeOfOffsets(container: HTMLElement, start: number, end: number): Range | null {
  const from = pointAt(container, start, 'start');
  const to = pointAt(container, end, 'end');
  if (!from || !to) return null;
  const range = (container.ownerDocument ?? document).createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
