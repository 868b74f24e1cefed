import type { Id, Project, Segment } from '../domain';
import { guessPassageProject } from './passageProject';
import { newEvidenceFields, withCodeAdded } from './evidenceFields';
import { selectorsFor, trimRange } from '../text/selectors';

/** The part of a range that coding codes: trimmed of white space; null when nothing but white space is left. */
export function codingRange(text: string, start: number, end: number): { start: number; end: number } | null {
  const trimmed = trimRange(text, start, end);
  return trimmed.start < trimmed.end ? trimmed : null;
}

/** What the coding rule needs to know to code a range of a document with a code. */
export interface CodingInput {
  document: { id: Id; evaluationId: Id; projectId: Id | null };
  /** The evaluation's projects: a new passage in a programme document is about the one its text names. */
  projects?: readonly Pick<Project, 'id' | 'name' | 'code'>[];
  /** The document's text. */
  text: string;
  /** The range to code (UTF-16 offsets, end exclusive), before trimming. */
  range: { start: number; end: number };
  /** The document's segments: at least those of exactly the trimmed range. */
  segments: readonly Segment[];
  codeId: Id;
  coder: string;
  now: string;
  /** The id of a new segment; called only when one is made. */
  newId: () => Id;
}

/**
 * The coding rule: the range is trimmed of white space; a segment of exactly that range gets the code
 * (unless it has it already), else a new segment is made, of the document's project (in a programme
 * document: of the project its text names, else of none). Returns the segment to write, or null when
 * coding changes nothing (a range of white space only, or a segment that has the code already).
 * Throws a RangeError for a range outside the text.
 */
export function codingRule(input: CodingInput): Segment | null {
  const { text, document, codeId, now } = input;
  const range = codingRange(text, input.range.start, input.range.end);
  if (!range) return null;
  const { position, quote } = selectorsFor(text, range.start, range.end);
  const same = input.segments.find((segment) => segment.position.start === position.start && segment.position.end === position.end);
  if (same) return withCodeAdded(same, codeId, now);
  return {
    id: input.newId(),
    evaluationId: document.evaluationId,
    documentId: document.id,
    projectId: document.projectId ?? guessPassageProject(quote.exact, input.projects ?? []),
    position,
    quote,
    ...newEvidenceFields(codeId, input.coder, now),
  };
}

/** Segments to write for many ranges, one per place: two hits that expand to the same sentence make one segment. */
export function onePerPlace<T extends { segment: Segment }>(written: readonly T[]): T[] {
  const places = new Set<string>();
  return written.filter(({ segment }) => {
    const key = `${segment.documentId}:${segment.position.start}:${segment.position.end}`;
    if (places.has(key)) return false;
    places.add(key);
    return true;
  });
}
