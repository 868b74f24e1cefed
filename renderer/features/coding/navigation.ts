import type { Segment } from '../../../shared/domain';

export type Direction = 'next' | 'previous';

/** Segments in reading order (as the side list shows them): by start, then end, then id. */
export function byPosition(a: Pick<Segment, 'id' | 'position'>, b: Pick<Segment, 'id' | 'position'>): number {
  return a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The segment before or after the current one in a document's segments (in any order). With no current
 * segment (or one not among them), the first going forward and the last going back; null at either end.
 */
export function neighbourInDocument<T extends Pick<Segment, 'id' | 'position'>>(segments: readonly T[], currentId: string | null, direction: Direction): T | null {
  const sorted = [...segments].sort(byPosition);
  const at = currentId === null ? -1 : sorted.findIndex((segment) => segment.id === currentId);
  if (at < 0) return (direction === 'next' ? sorted[0] : sorted[sorted.length - 1]) ?? null;
  return sorted[direction === 'next' ? at + 1 : at - 1] ?? null;
}

/** A segment with what orders it across an evaluation: its project's name and its document's title. */
export interface PlacedSegment {
  segment: Pick<Segment, 'id' | 'documentId' | 'position'>;
  projectName: string;
  documentTitle: string;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Orders segments across an evaluation: by project name, then document title (then id), then position. */
export function compareAcross(a: PlacedSegment, b: PlacedSegment): number {
  return (
    collator.compare(a.projectName, b.projectName) ||
    collator.compare(a.documentTitle, b.documentTitle) ||
    (a.segment.documentId < b.segment.documentId ? -1 : a.segment.documentId > b.segment.documentId ? 1 : 0) ||
    byPosition(a.segment, b.segment)
  );
}

/** The segment before or after the current one among segments across an evaluation; null at either end. */
export function neighbourAcross<T extends PlacedSegment>(items: readonly T[], currentId: string, direction: Direction): T | null {
  const sorted = [...items].sort(compareAcross);
  const at = sorted.findIndex((item) => item.segment.id === currentId);
  if (at < 0) return null;
  return sorted[direction === 'next' ? at + 1 : at - 1] ?? null;
}

/**
 * The segments with a code across an evaluation, placed for ordering: those stored in the evaluation's
 * current documents, with the open document's as painted there (they may be newer than the store's).
 * Segments of documents not listed (older versions) are left out.
 */
export function placeAcross(
  codeId: string,
  stored: readonly Segment[],
  open: { id: string; title: string; projectId: string | null; segments: readonly Segment[] },
  documents: readonly { id: string; title: string; projectId: string | null }[],
  projects: readonly { id: string; name: string }[],
): PlacedSegment[] {
  const names = new Map(projects.map((project) => [project.id, project.name]));
  const titles = new Map(documents.map((document) => [document.id, document]));
  titles.set(open.id, open);
  const segments = [...stored.filter((segment) => segment.documentId !== open.id), ...open.segments.filter((segment) => segment.codeIds.includes(codeId))];
  return segments.flatMap((segment) => {
    const document = titles.get(segment.documentId);
    return document ? [{ segment, projectName: document.projectId === null ? '' : (names.get(document.projectId) ?? ''), documentTitle: document.title }] : [];
  });
}
