import type { SourceText } from './refiSourceText';

/** How a project counts positions in one source: code points as the specification says, or UTF-16 units. */
export type PositionUnit = 'codePoint' | 'utf16';

const WORD = /[\p{L}\p{N}]/u;

/** Whether an offset of the text falls between words rather than inside one. */
function atWordEdge(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return !(WORD.test(text[offset - 1] as string) && WORD.test(text[offset] as string));
}

/**
 * THE POSITION UNIT of a source. REFI-QDA counts code points (§10.2), but NVivo, a .NET program, writes
 * UTF-16 units: in a text with characters beyond the Basic Multilingual Plane (emoji) the two part, and a
 * selection read in the wrong unit starts and ends inside words. Only where the two readings differ are
 * they weighed: UTF-16 is taken when at least three selections differ and, of those, UTF-16 puts at least
 * twice as many (and at least 60 %) with both ends between words as code points do. Otherwise, and
 * always in a text without such characters, code points.
 */
export function positionUnitOf(source: SourceText, selections: readonly { start: number | null; end: number | null }[]): PositionUnit {
  if (source.codePoints === source.utf16Units) return 'codePoint';
  let differing = 0;
  let byCodePoint = 0;
  let byUtf16 = 0;
  const clean = (from: SourceText['fromUtf16'], start: number, end: number) => {
    const s = from(start, 'start');
    const e = from(end, 'end');
    return s !== null && e !== null && s < e && atWordEdge(source.text, s) && atWordEdge(source.text, e);
  };
  for (const { start, end } of selections) {
    if (start === null || end === null) continue;
    if (source.fromCodePoint(start, 'start') === source.fromUtf16(start, 'start') && source.fromCodePoint(end, 'end') === source.fromUtf16(end, 'end')) continue;
    differing++;
    if (clean(source.fromCodePoint, start, end)) byCodePoint++;
    if (clean(source.fromUtf16, start, end)) byUtf16++;
  }
  return differing >= 3 && byUtf16 >= 2 * byCodePoint && byUtf16 >= 0.6 * differing ? 'utf16' : 'codePoint';
}
