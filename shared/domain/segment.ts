import type { Id, IsoTimestamp } from './ids';

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the document text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** W3C Web Annotation TextQuoteSelector: the quote with some context, to re-anchor after edits. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** A coded passage of a document: the evidence unit that every finding traces back to. */
export interface Segment {
  id: Id;
  evaluationId: Id;
  documentId: Id;
  /** Denormalised from the document for fast per-project queries. */
  projectId: Id;
  position: TextPositionSelector;
  quote: TextQuoteSelector;
  /** The codes applied; a segment left with no code is kept and listed as uncoded. */
  codeIds: Id[];
  memo: string;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}
