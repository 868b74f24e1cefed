import type { Segment } from '../../../../shared/domain';

/**
 * Of the segments under a click (a coded piece's ids), the one to select: after the selected one when it
 * is among them (so clicking again walks through overlapping segments), else the shortest (the most
 * specific).
 */
export function segmentAtClick(ids: readonly string[], selectedId: string | null, segmentById: ReadonlyMap<string, Segment>): string | null {
  const present = ids.filter((id) => segmentById.has(id));
  if (present.length === 0) return null;
  const at = selectedId === null ? -1 : present.indexOf(selectedId);
  if (at >= 0) return present[(at + 1) % present.length] as string;
  const length = (id: string) => {
    const segment = segmentById.get(id) as Segment;
    return segment.position.end - segment.position.start;
  };
  return [...present].sort((a, b) => length(a) - length(b))[0] as string;
}

