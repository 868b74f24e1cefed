import type { AgreementUnit } from '../../domain/agreementRun';
import type { Id } from '../../domain/ids';
import type { CoderCoding } from './codedSpans';
import type { ReliabilityUnit } from './reliabilityData';
import { intersection, merged, type Span } from './spans';

/** What agreement needs of a document: its text's length and its blocks (the paragraphs of the text model). */
export interface AgreementDocument {
  id: Id;
  length: number;
  blocks: readonly { start: number; end: number }[];
}

/** A unit of one code in one document: whether each coder coded it (null: the coder did not code the document), where it is, and the coded spans in it. */
export interface CodeUnit extends ReliabilityUnit<0 | 1> {
  documentId: Id;
  start: number;
  end: number;
  /** Every coder's spans of the code within the unit, joined: what a resolution decides. */
  spans: Span[];
}

function valuesAt(codings: readonly CoderCoding[], documentId: Id, codeId: Id, has: (spans: readonly Span[]) => boolean): (0 | 1 | null)[] {
  return codings.map((coding) => {
    const codes = coding.get(documentId);
    return codes === undefined ? null : has(codes.get(codeId) ?? []) ? 1 : 0;
  });
}

function codedSpans(codings: readonly CoderCoding[], documentId: Id, codeId: Id, within: Span): Span[] {
  return intersection(merged(codings.flatMap((coding) => coding.get(documentId)?.get(codeId) ?? [])), [within]);
}

/** The character unit: the runs between every coder's span ends, each a unit counted by its length. */
function characterUnits(codings: readonly CoderCoding[], document: AgreementDocument, codeId: Id): CodeUnit[] {
  const cuts = new Set<number>([0, document.length]);
  for (const coding of codings) for (const [start, end] of coding.get(document.id)?.get(codeId) ?? []) cuts.add(Math.min(start, document.length)).add(Math.min(end, document.length));
  const points = [...cuts].sort((a, b) => a - b);
  const units: CodeUnit[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const values = valuesAt(codings, document.id, codeId, (spans) => spans.some(([s, e]) => s <= start && e >= end));
    units.push({ documentId: document.id, start, end, values, count: end - start, spans: codedSpans(codings, document.id, codeId, [start, end]) });
  }
  return units;
}

/**
 * The units of one code in one document, by the unit the evaluator chose: the document (the code present
 * anywhere in it or not), each block of its text model (the code on any of its characters or not), or its
 * characters (runs alike for every coder taken together, counted by length).
 */
export function codeUnits(unit: AgreementUnit, codings: readonly CoderCoding[], document: AgreementDocument, codeId: Id): CodeUnit[] {
  if (unit === 'character') return characterUnits(codings, document, codeId);
  // The document unit takes the code anywhere in the document, whatever its length says.
  const ranges: Span[] = unit === 'document' ? [[0, Number.MAX_SAFE_INTEGER]] : document.blocks.map((b): Span => [b.start, b.end]);
  return ranges.map(([start, end]) => ({
    documentId: document.id,
    start,
    end: Math.min(end, unit === 'document' ? document.length : end),
    values: valuesAt(codings, document.id, codeId, (spans) => intersection(spans, [[start, end]]).length > 0),
    count: 1,
    spans: codedSpans(codings, document.id, codeId, [start, end]),
  }));
}

/** Whether the coders who coded a unit differ on it. */
export function differs(unit: CodeUnit): boolean {
  const present = unit.values.filter((v) => v !== null);
  return present.length >= 2 && present.some((v) => v !== present[0]);
}
