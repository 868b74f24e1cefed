import { pageAtOffset } from '../../domain/pageAtOffset';
import { expandRange, type Granularity } from './expandRange';
import type { IndexedDocument } from './indexedDocument';
import type { HitRef, Passage } from './searchTypes';
import { passageParts } from './snippet';
import { mergeRanges, type TextRange } from './textRange';

/**
 * The ranges auto-coding would code for these hits at a granularity: each hit, its sentence or its
 * paragraph; ranges that overlap within a document are merged into one. Hits of documents not in
 * `documents` are left out. In document order, then by offset.
 */
export function passagesOf(documents: ReadonlyMap<string, IndexedDocument>, hits: readonly HitRef[], granularity: Granularity): Passage[] {
  const byDocument = new Map<string, { entry: IndexedDocument; hits: TextRange[] }>();
  for (const hit of hits) {
    const entry = documents.get(hit.documentId);
    if (!entry || hit.start < 0 || hit.end > entry.text.length || hit.end <= hit.start) continue;
    const group = byDocument.get(hit.documentId) ?? { entry, hits: [] };
    group.hits.push({ start: hit.start, end: hit.end });
    byDocument.set(hit.documentId, group);
  }
  const passages: Passage[] = [];
  const groups = [...byDocument.values()].sort((a, b) => a.entry.order - b.entry.order);
  for (const { entry, hits: documentHits } of groups) {
    const ranges = mergeRanges(documentHits.map((hit) => expandRange(entry.text, entry.blocks, hit, granularity)));
    for (const range of ranges) {
      const inside = documentHits.filter((hit) => hit.start < range.end && hit.end > range.start);
      passages.push({
        documentId: entry.id,
        start: range.start,
        end: range.end,
        page: pageAtOffset(entry.blocks, range.start),
        hits: inside.length,
        parts: passageParts(entry.text, range, inside),
      });
    }
  }
  return passages;
}
