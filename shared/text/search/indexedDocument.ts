import { fastPathFits } from './foldPattern';
import type { FoldOptions } from './foldText';
import type { SearchBlock, SearchDocument, SearchUnit } from './searchTypes';

/** A paragraph as the index holds it. */
export interface Unit extends SearchUnit {
  id: number;
  doc: IndexedDocument;
  /** Per fold mode (bit pairs: known, fits): whether the fast path can search the text, worked out once. */
  fits: number;
}

/** A document as the index holds it. */
export interface IndexedDocument {
  id: string;
  order: number;
  text: string;
  /** Every block sorted by start, for pages and for expanding hits to paragraphs. */
  blocks: SearchBlock[];
  units: Unit[];
}

function modeBit(options: FoldOptions): number {
  return (options.caseSensitive ? 1 : 0) + (options.diacriticSensitive ? 2 : 0);
}

/** Whether the fast path can search the paragraph in this mode, remembered per paragraph. */
export function unitFits(unit: Unit, options: FoldOptions): boolean {
  const shift = modeBit(options) * 2;
  if (((unit.fits >> shift) & 1) === 0) unit.fits |= (1 | (fastPathFits(unit.text, options) ? 2 : 0)) << shift;
  return ((unit.fits >> shift) & 2) !== 0;
}

/** The searchable paragraphs of a document: its non-empty blocks, except running headers and footers. */
export function unitsOf(document: SearchDocument): SearchUnit[] {
  const units: SearchUnit[] = [];
  for (const block of document.blocks) {
    if (block.running || block.end <= block.start) continue;
    const text = document.text.slice(block.start, block.end);
    if (text.trim() === '') continue;
    units.push({ documentId: document.id, blockId: block.id, start: block.start, end: block.end, text, page: block.page });
  }
  return units;
}
