import type { SearchHit, SearchLimits, SearchUnit } from './searchTypes';
import type { TextRange } from './textRange';

export interface Found {
  hits: SearchHit[];
  /** Each paragraph's hits, for marking the others in a snippet. */
  byBlock: Map<string, TextRange[]>;
  more: boolean;
  stopped: boolean;
}

/** Reads paragraphs in order until the hit limit or the time budget. */
export function scanUnits<U extends SearchUnit>(units: Iterable<U>, find: (unit: U, limit: number) => TextRange[] | null, limits: SearchLimits, started: number): Found {
  const hits: SearchHit[] = [];
  const byBlock = new Map<string, TextRange[]>();
  let more = false;
  let stopped = false;
  let read = 0;
  for (const unit of units) {
    if ((++read & 15) === 0 && limits.now() - started > limits.timeBudgetMs) {
      stopped = true;
      break;
    }
    const found = find(unit, limits.maxHits - hits.length + 1);
    if (!found || found.length === 0) continue;
    byBlock.set(`${unit.documentId}\u0000${unit.blockId}`, found);
    for (const range of found) {
      if (hits.length >= limits.maxHits) {
        more = true;
        break;
      }
      hits.push({ documentId: unit.documentId, blockId: unit.blockId, start: range.start, end: range.end, page: unit.page, snippet: null });
    }
    if (more) break;
  }
  return { hits, byBlock, more, stopped };
}
