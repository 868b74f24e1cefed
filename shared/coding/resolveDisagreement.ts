import type { Id, IsoTimestamp, Project, Segment } from '../domain';
import type { RecordChange } from './changeSet';
import { newEvidenceFields } from './evidenceFields';
import { guessPassageProject } from './passageProject';
import { selectorsFor } from '../text/selectors';

/** How the evaluator resolves a disagreement on a code: the shared coding keeps the code there, or drops it. */
export type Resolution = 'keep' | 'drop';

export interface ResolutionInput {
  document: { id: Id; evaluationId: Id; projectId: Id | null };
  /** The evaluation's projects: a new passage in a programme document is about the one its text names. */
  projects?: readonly Pick<Project, 'id' | 'name' | 'code'>[];
  text: string;
  /** The coded text the disagreement covers (every coder's spans of the code in the unit), UTF-16, end exclusive. */
  spans: readonly (readonly [number, number])[];
  codeId: Id;
  resolution: Resolution;
  /** The document's passages of the shared coding (others are ignored). */
  shared: readonly Segment[];
  /** Who resolves (the coder name set in Settings). */
  coder: string;
  now: IsoTimestamp;
  newId: () => Id;
}

function decided(segment: Segment, codeId: Id, resolution: Resolution, now: IsoTimestamp): Segment {
  const codeIds = segment.codeIds.filter((id) => id !== codeId);
  const dropped = (segment.droppedCodeIds ?? []).filter((id) => id !== codeId);
  return resolution === 'keep'
    ? { ...segment, codeIds: [...codeIds, codeId], droppedCodeIds: dropped, updatedAt: now }
    : { ...segment, codeIds, droppedCodeIds: [...dropped, codeId], updatedAt: now };
}

/**
 * THE RESOLUTION RULE. The shared coding is kept as passages marked `consensus`, beside the coders' own,
 * which are never changed (so agreement before resolution can be computed again). Resolving a
 * disagreement writes, for each span it covers, the shared coding's passage of exactly that span: the
 * code among its codes (keep) or among its dropped codes (drop), the one taken out of the other list. A
 * passage of the shared coding at that span is changed; else one is made, of the document's project (in
 * a programme document, of the project its text names). Returns the changes (none when nothing changes).
 */
export function resolveDisagreement(input: ResolutionInput): RecordChange[] {
  const { document, text, codeId, resolution, now } = input;
  // A list of codes is a set here: keeping a code the shared passage already has changes nothing.
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));
  const changes: RecordChange[] = [];
  for (const [start, end] of input.spans) {
    if (start < 0 || end > text.length || start >= end) throw new RangeError(`Bad range ${start}-${end} for a text of ${text.length}`);
    const same = input.shared.find((s) => s.consensus === true && s.documentId === document.id && s.position.start === start && s.position.end === end);
    if (same) {
      const after = decided(same, codeId, resolution, now);
      const unchanged = sameSet(after.codeIds, same.codeIds) && sameSet(after.droppedCodeIds ?? [], same.droppedCodeIds ?? []);
      if (!unchanged) changes.push({ table: 'segments', id: same.id, before: same, after });
      continue;
    }
    const { position, quote } = selectorsFor(text, start, end);
    const segment: Segment = {
      id: input.newId(),
      evaluationId: document.evaluationId,
      documentId: document.id,
      projectId: document.projectId ?? guessPassageProject(quote.exact, input.projects ?? []),
      position,
      quote,
      ...newEvidenceFields(codeId, input.coder, now),
      codeIds: resolution === 'keep' ? [codeId] : [],
      droppedCodeIds: resolution === 'drop' ? [codeId] : [],
      consensus: true,
    };
    changes.push({ table: 'segments', id: segment.id, before: null, after: segment });
  }
  return changes;
}
