import type { Code } from '../domain/code';
import type { DataCoding } from '../domain/dataset';
import type { Segment } from '../domain/segment';
import { evidencePredicate, type FilterContext } from './evidenceItem';
import { frameworkTree } from './frameworkTree';
import { EMPTY_MATRIX_FILTER, type MatrixFilter } from './matrixFilter';

/** What co-occurrence reads of a passage. */
export type CoPassage = Pick<Segment, 'id' | 'documentId' | 'projectId' | 'coder' | 'codeIds' | 'position'>;
/** What co-occurrence reads of a coded table row or cell. */
export type CoRow = Pick<DataCoding, 'id' | 'projectId' | 'coder' | 'codeIds'>;

/** Two codes found together, `a` before `b` in tree order. */
export interface CodePair {
  a: Code;
  b: Code;
  /** Passages coded with both. */
  samePassage: number;
  /** Pairs of different passages of one document that overlap, one coded with `a`, the other with `b`. */
  overlapping: number;
  /** Table rows and cells coded with both. */
  rows: number;
  /** Every passage behind the counts (of both kinds), sorted by id. */
  segmentIds: string[];
  /** The table codings behind `rows`, sorted by id. */
  rowIds: string[];
}

/**
 * Whether two passages overlap: they are in the same document and share at least one character
 * (ranges are end-exclusive, so passages that only touch do not overlap).
 */
export function passagesOverlap(x: Pick<CoPassage, 'documentId' | 'position'>, y: Pick<CoPassage, 'documentId' | 'position'>): boolean {
  return x.documentId === y.documentId && x.position.start < y.position.end && y.position.start < x.position.end;
}

/**
 * Co-occurrence of the codes of a framework: for each pair of different codes, the passages that carry
 * both, the pairs of overlapping passages (see `passagesOverlap`) where one carries the one code and the
 * other the other, and the table rows that carry both. Only evidence passing the matrix filter counts.
 * Pairs without any are left out; the rest come most frequent first, then in tree order.
 */
export function coOccurrence(codes: readonly Code[], frameworkId: string | null, passages: readonly CoPassage[], rows: readonly CoRow[], context: FilterContext, filter: MatrixFilter = EMPTY_MATRIX_FILTER): CodePair[] {
  const tree = frameworkTree(codes, frameworkId);
  const rank = new Map(tree.map(({ code }, index) => [code.id, index]));
  const passes = evidencePredicate(filter, context);
  const pairs = new Map<string, { pair: CodePair; segments: Set<string> }>();
  const ranked = (codeIds: readonly string[]) => [...new Set(codeIds.filter((id) => rank.has(id)))].sort((x, y) => (rank.get(x) as number) - (rank.get(y) as number));
  const entry = (x: string, y: string) => {
    const [first, second] = (rank.get(x) as number) < (rank.get(y) as number) ? [x, y] : [y, x];
    const key = `${first}\u0000${second}`;
    let found = pairs.get(key);
    if (!found) {
      const a = tree[rank.get(first) as number]?.code as Code;
      const b = tree[rank.get(second) as number]?.code as Code;
      found = { pair: { a, b, samePassage: 0, overlapping: 0, rows: 0, segmentIds: [], rowIds: [] }, segments: new Set() };
      pairs.set(key, found);
    }
    return found;
  };

  const kept = passages.filter((p) => ranked(p.codeIds).length > 0 && passes(p));
  for (const passage of kept) {
    const own = ranked(passage.codeIds);
    for (let i = 0; i < own.length; i += 1) {
      for (let j = i + 1; j < own.length; j += 1) {
        const found = entry(own[i] as string, own[j] as string);
        found.pair.samePassage += 1;
        found.segments.add(passage.id);
      }
    }
  }

  // Overlaps: per document, by start; each later passage starting before this one ends overlaps it.
  const byDocument = new Map<string, CoPassage[]>();
  for (const passage of kept) byDocument.set(passage.documentId, [...(byDocument.get(passage.documentId) ?? []), passage]);
  for (const list of byDocument.values()) {
    list.sort((x, y) => x.position.start - y.position.start || x.position.end - y.position.end);
    for (let i = 0; i < list.length; i += 1) {
      const x = list[i] as CoPassage;
      for (let j = i + 1; j < list.length && (list[j] as CoPassage).position.start < x.position.end; j += 1) {
        const y = list[j] as CoPassage;
        if (!passagesOverlap(x, y)) continue;
        const keys = new Set<string>();
        for (const cx of ranked(x.codeIds)) {
          for (const cy of ranked(y.codeIds)) {
            if (cx === cy) continue;
            const found = entry(cx, cy);
            if (keys.has(`${found.pair.a.id}\u0000${found.pair.b.id}`)) continue;
            keys.add(`${found.pair.a.id}\u0000${found.pair.b.id}`);
            found.pair.overlapping += 1;
            found.segments.add(x.id);
            found.segments.add(y.id);
          }
        }
      }
    }
  }

  for (const row of rows) {
    const own = ranked(row.codeIds);
    if (own.length < 2 || !passes({ ...row, documentId: null })) continue;
    for (let i = 0; i < own.length; i += 1) {
      for (let j = i + 1; j < own.length; j += 1) {
        const found = entry(own[i] as string, own[j] as string);
        found.pair.rows += 1;
        found.pair.rowIds.push(row.id);
      }
    }
  }

  const total = (p: CodePair) => p.samePassage + p.overlapping + p.rows;
  return [...pairs.values()]
    .map(({ pair, segments }) => ({ ...pair, segmentIds: [...segments].sort(), rowIds: [...pair.rowIds].sort() }))
    .sort((x, y) => total(y) - total(x) || (rank.get(x.a.id) as number) - (rank.get(y.a.id) as number) || (rank.get(x.b.id) as number) - (rank.get(y.b.id) as number));
}
