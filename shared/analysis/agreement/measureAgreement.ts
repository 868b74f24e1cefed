import type { AgreementResult, AgreementUnit } from '../../domain/agreementRun';
import type { Id } from '../../domain/ids';
import { agreementFigures } from './agreementFigures';
import { codeUnits, differs, type AgreementDocument, type CodeUnit } from './agreementUnits';
import { applyConsensus } from './applyConsensus';
import { coderCodings, consensusCoding, type AgreementPassage, type CoderCoding } from './codedSpans';
import { covers, merged, type Span } from './spans';

export interface AgreementInput {
  unit: AgreementUnit;
  /** Two or more coders' names, as their passages carry them. */
  coders: readonly string[];
  documents: readonly AgreementDocument[];
  passages: readonly AgreementPassage[];
}

/** A unit where the coders differ on a code, with how the shared coding resolved it (null: still open). */
export interface Disagreement {
  /** Stable for the same unit and code: document, code and start. */
  key: string;
  documentId: Id;
  codeId: Id;
  start: number;
  end: number;
  /** The coded text a resolution decides: every coder's spans of the code in the unit. */
  spans: Span[];
  /** Per coder (in the order given): 1 coded, 0 did not, null did not code the document. */
  values: (0 | 1 | null)[];
  resolution: 'kept' | 'dropped' | null;
  /** Per coder: the codes the coder applied anywhere in the unit (to show the coders' coding side by side). */
  codesByCoder: Id[][];
}

export interface AgreementMeasure {
  before: AgreementResult;
  after: AgreementResult;
  disagreements: Disagreement[];
}

function codesWithin(coding: CoderCoding, documentId: Id, start: number, end: number): Id[] {
  return [...(coding.get(documentId) ?? new Map<Id, readonly Span[]>())].filter(([, spans]) => spans.some(([s, e]) => s < end && e > start)).map(([id]) => id);
}

function codesOf(codings: readonly CoderCoding[]): Id[] {
  const ids = new Set<Id>();
  for (const coding of codings) for (const codes of coding.values()) for (const id of codes.keys()) ids.add(id);
  return [...ids];
}

function unitsByCode(input: AgreementInput, codings: readonly CoderCoding[], codeIds: readonly Id[]): Map<Id, CodeUnit[]> {
  return new Map(codeIds.map((codeId) => [codeId, input.documents.flatMap((document) => codeUnits(input.unit, codings, document, codeId))]));
}

function result(byCode: ReadonlyMap<Id, CodeUnit[]>, coders: number): AgreementResult {
  return {
    overall: agreementFigures([...byCode.values()].flat(), coders),
    codes: [...byCode].map(([codeId, units]) => ({ codeId, ...agreementFigures(units, coders) })),
  };
}

/** Differing units in a row (the character unit's runs) joined into one disagreement. */
function joined(units: readonly CodeUnit[]): CodeUnit[] {
  const out: CodeUnit[] = [];
  for (const unit of units) {
    const last = out[out.length - 1];
    if (last && last.documentId === unit.documentId && last.end === unit.start) out[out.length - 1] = { ...last, end: unit.end, spans: merged([...last.spans, ...unit.spans]), values: last.values.map((v, i) => (v === null ? null : v === 1 || unit.values[i] === 1 ? 1 : 0)) };
    else out.push(unit);
  }
  return out;
}

/**
 * Inter-coder agreement of two or more coders on the chosen documents, per code and over all codes (every
 * code's units together), before resolution (the coders' own passages) and after (the shared coding's
 * decisions applied), with the disagreements and how each was resolved.
 */
export function measureAgreement(input: AgreementInput): AgreementMeasure {
  const documentIds = new Set(input.documents.map((d) => d.id));
  const codings = coderCodings(input.passages, input.coders, documentIds);
  const consensus = consensusCoding(input.passages, documentIds);
  const resolved = applyConsensus(codings, consensus);
  const codeIds = codesOf(codings);
  const before = unitsByCode(input, codings, codeIds);
  const disagreements = [...before].flatMap(([codeId, units]) =>
    (input.unit === 'character' ? joined(units.filter(differs)) : units.filter(differs)).map((unit): Disagreement => {
      const kept = consensus.kept.get(unit.documentId)?.get(codeId) ?? [];
      const decided = consensus.decided.get(unit.documentId)?.get(codeId) ?? [];
      const resolution = unit.spans.length > 0 && covers(decided, unit.spans) ? (covers(kept, unit.spans) ? 'kept' : 'dropped') : null;
      return { key: `${unit.documentId}:${codeId}:${unit.start}`, documentId: unit.documentId, codeId, start: unit.start, end: unit.end, spans: unit.spans, values: [...unit.values], resolution, codesByCoder: codings.map((coding) => codesWithin(coding, unit.documentId, unit.start, unit.end)) };
    }),
  );
  return { before: result(before, input.coders.length), after: result(unitsByCode(input, resolved, codeIds), input.coders.length), disagreements };
}
