import type { DocumentRecord } from '../domain/document';
import type { Segment } from '../domain/segment';

/** One coder's share of the work: documents assigned, documents coded (a passage or more), passages coded. */
export interface CoderWorkRow {
  /** The coder's name ('' for passages coded before a name was set). */
  coder: string;
  assigned: number;
  codedDocuments: number;
  passages: number;
}

/**
 * Who has coded what, per coder: every coder a document is assigned to or a passage names, in Swedish
 * order of their names (the nameless last). Passages of documents not given are left out, and so are the
 * shared coding's (`consensus`: a resolved disagreement is not the resolver's own coding).
 */
export function coderWork(documents: readonly Pick<DocumentRecord, 'id' | 'coders'>[], segments: readonly Pick<Segment, 'documentId' | 'coder' | 'consensus'>[]): CoderWorkRow[] {
  const rows = new Map<string, { assigned: number; documents: Set<string>; passages: number }>();
  const rowOf = (coder: string) => {
    let row = rows.get(coder);
    if (!row) {
      row = { assigned: 0, documents: new Set(), passages: 0 };
      rows.set(coder, row);
    }
    return row;
  };
  const known = new Set(documents.map((document) => document.id));
  for (const document of documents) for (const coder of document.coders ?? []) rowOf(coder).assigned++;
  for (const segment of segments) {
    if (!known.has(segment.documentId) || segment.consensus === true) continue;
    const row = rowOf(segment.coder.trim());
    row.passages++;
    row.documents.add(segment.documentId);
  }
  return [...rows]
    .map(([coder, row]) => ({ coder, assigned: row.assigned, codedDocuments: row.documents.size, passages: row.passages }))
    .sort((a, b) => (a.coder === '') !== (b.coder === '') ? (a.coder === '' ? 1 : -1) : a.coder.localeCompare(b.coder, 'sv'));
}
