// Small evaluations for the .qdpx writer's tests: one evaluation, its projects, documents with texts (and
// originals), codes and passages, as a snapshot of the latest schema. Passages are placed by their quote.
import type { Code } from '../../../../shared/domain/code';
import type { DocumentRecord } from '../../../../shared/domain/document';
import type { Evaluation } from '../../../../shared/domain/evaluation';
import type { Project } from '../../../../shared/domain/project';
import type { Segment } from '../../../../shared/domain/segment';
import { storedRecords, type EvaluationSnapshot } from '../../../../shared/exchange/evaluationFile';
import { LATEST_VERSION } from '../../../../shared/migrations';
import { frameworkCodebook } from './refiFixtures';

export const EVALUATION_ID = 'eval-1';
export const CREATED = '2026-03-01T09:00:00.000Z';

export function evaluationRecord(overrides: Partial<Evaluation> = {}): Evaluation {
  return { id: EVALUATION_ID, title: 'Utvärdering "Växa" & <lära>', programme: 'Växa', agency: 'Tillväxtverket', evaluators: ['Anna Andersson'], periodStart: null, periodEnd: null, kind: 'final', reportLanguage: 'sv', createdAt: CREATED, updatedAt: CREATED, lastOpenedAt: null, ...overrides };
}

export function projectRecord(id: string, overrides: Partial<Project> = {}): Project {
  return { id, evaluationId: EVALUATION_ID, name: `Projekt ${id}`, code: id.toUpperCase(), owner: '', manager: '', municipalities: [], county: '', level: null, theme: '', startDate: null, endDate: null, budgetSek: null, attributes: [], createdAt: CREATED, updatedAt: CREATED, ...overrides };
}

export function documentRecord(id: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    evaluationId: EVALUATION_ID,
    projectId: null,
    type: 'slutrapport',
    date: null,
    title: `Dokument ${id}`,
    authorOrganisation: '',
    fileName: `${id}.txt`,
    mimeType: 'text/plain',
    format: 'txt',
    size: 1,
    sha256: '0'.repeat(64),
    pageCount: null,
    wordCount: 1,
    warnings: [],
    importedAt: CREATED,
    versionGroupId: id,
    version: 1,
    supersededBy: null,
    duplicateOf: null,
    duplicateSimilarity: null,
    sketch: null,
    ...overrides,
  };
}

/** A passage of `text` at the `occurrence`-th place `quote` is found (UTF-16 offsets, as Spårbar keeps them). */
export function segmentAt(id: string, documentId: string, text: string, quote: string, overrides: Partial<Segment> = {}, occurrence = 0): Segment {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  const end = start + quote.length;
  return {
    id,
    evaluationId: EVALUATION_ID,
    documentId,
    projectId: null,
    position: { type: 'TextPositionSelector', start, end },
    quote: { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(Math.max(0, start - 10), start), suffix: text.slice(end, end + 10) },
    codeIds: [],
    memo: '',
    strength: null,
    direction: null,
    coder: 'Anna Andersson',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

export interface MiniEvaluation {
  evaluation?: Evaluation;
  projects?: Project[];
  documents: { record: DocumentRecord; text: string; original?: Uint8Array }[];
  codes?: Code[];
  segments?: Segment[];
}

/** The first codes of the shipped frameworks, in this evaluation. */
export function someCodes(count: number): Code[] {
  return frameworkCodebook()
    .slice(0, count)
    .map((code) => ({ ...code, evaluationId: EVALUATION_ID }));
}

export function miniSnapshot(mini: MiniEvaluation): EvaluationSnapshot {
  return {
    version: LATEST_VERSION,
    tables: {
      evaluations: storedRecords([mini.evaluation ?? evaluationRecord()]),
      projects: storedRecords(mini.projects ?? []),
      documents: storedRecords(mini.documents.map((d) => d.record)),
      documentTexts: storedRecords(mini.documents.map((d) => ({ documentId: d.record.id, evaluationId: EVALUATION_ID, text: d.text, blocks: [] }))),
      originals: mini.documents.flatMap((d) => (d.original ? [{ documentId: d.record.id, evaluationId: EVALUATION_ID, bytes: d.original }] : [])),
      codes: storedRecords(mini.codes ?? someCodes(3)),
      segments: storedRecords(mini.segments ?? []),
      judgements: [],
      findings: [],
      recommendations: [],
      datasets: [],
    },
  };
}
