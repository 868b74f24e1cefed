import type { Block } from '../../../shared/domain';

/**
 * The page label of the block holding a text offset (blocks in document order, as the importers write
 * them); for an offset between blocks, the next block's. Null when the document has no pages there.
 */
export function pageAt(blocks: readonly Block[], offset: number): string | null {
  let lo = 0;
  let hi = blocks.length;
  // The first block that ends after the offset.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as Block).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const block = blocks[lo];
  if (block && block.start <= offset) return block.page;
  // Between blocks, or blocks out of order: the block holding the offset, else the next one.
  const holding = blocks.find((candidate) => candidate.start <= offset && offset < candidate.end);
  return holding ? holding.page : (block?.page ?? null);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date and time as the UI's language writes it (2026-03-14 09:05 in Swedish, 14 Mar 2026, 09:05 in English). */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'en' ? 'en-GB' : 'sv-SE';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(locale, format);
  }
  return format.format(date);
}
