import { AGREEMENT_UNITS } from '../../domain/agreementRun';
import { AUDIT_ACTIONS } from '../../domain/audit';
import { EVALUATION_KINDS, REPORT_LANGUAGES } from '../../domain/evaluation';
import { CONFIDENCES } from '../../domain/judgement';
import { PROJECT_LEVELS } from '../../domain/project';
import { EVIDENCE_DIRECTIONS, EVIDENCE_STRENGTHS } from '../../domain/segment';
import type { EvaluationTable } from './format';

/**
 * What a field of a stored record must be: a kind, `?` allowing null; a list of strings is one of them
 * (or null when the list holds null). `flag` is a boolean or absent (absent: false); `list?` a list of
 * strings or absent (an optional field older files lack).
 */
export type FieldKind = 'string' | 'string?' | 'boolean' | 'flag' | 'number' | 'number?' | 'integer' | 'strings' | 'list' | 'list?' | 'object' | 'object?' | 'bytes' | readonly (string | null)[];

type Shape = Readonly<Record<string, FieldKind>>;

const owned = { evaluationId: 'string' } as const;
const evidence = { memo: 'string', strength: [...EVIDENCE_STRENGTHS, null], direction: [...EVIDENCE_DIRECTIONS, null], coder: 'string', codeIds: 'strings' } as const;
const times = { createdAt: 'string', updatedAt: 'string' } as const;

/** The fields every record of a table must have, as the latest schema stores them (after migration). */
export const RECORD_SHAPES: Readonly<Record<EvaluationTable, Shape>> = {
  evaluations: { id: 'string', title: 'string', programme: 'string', agency: 'string', evaluators: 'strings', periodStart: 'string?', periodEnd: 'string?', kind: EVALUATION_KINDS, reportLanguage: REPORT_LANGUAGES, ...times, lastOpenedAt: 'string?' },
  projects: { id: 'string', ...owned, name: 'string', code: 'string', municipalities: 'strings', level: [...PROJECT_LEVELS, null], budgetSek: 'number?', attributes: 'list', ...times },
  documents: {
    id: 'string',
    ...owned,
    projectId: 'string?',
    // A type older releases wrote is kept as the database upgrade keeps it: any string.
    type: 'string',
    date: 'string?',
    title: 'string',
    fileName: 'string',
    format: 'string',
    size: 'integer',
    sha256: 'string',
    pageCount: 'number?',
    wordCount: 'integer',
    warnings: 'list',
    versionGroupId: 'string',
    version: 'integer',
    supersededBy: 'string?',
    duplicateOf: 'string?',
    sketch: 'object?',
    coders: 'list?',
  },
  documentTexts: { documentId: 'string', ...owned, text: 'string', blocks: 'list' },
  originals: { documentId: 'string', ...owned, bytes: 'bytes' },
  codes: { id: 'string', ...owned, labelSv: 'string', labelEn: 'string', parentId: 'string?', frameworkId: 'string?', frameworkCodeId: 'string?', matrixCell: 'object?', colour: 'string', order: 'number' },
  segments: { id: 'string', ...owned, documentId: 'string', projectId: 'string?', position: 'object', quote: 'object', ...evidence, inReport: 'flag', memoInReport: 'flag', consensus: 'flag', ...times },
  datasets: { id: 'string', ...owned, name: 'string', fileName: 'string', columns: 'list', keyColumn: 'number?', rowCount: 'integer' },
  datasetRows: { id: 'string', datasetId: 'string', ...owned, index: 'integer', values: 'list', key: 'string?', projectId: 'string?' },
  keyMatches: { ...owned, key: 'string', projectId: 'string' },
  dataCodings: { id: 'string', ...owned, datasetId: 'string', rowId: 'string', column: 'number?', projectId: 'string?', ...evidence, ...times },
  ratingScales: { id: 'string', ...owned, frameworkId: 'string', levels: 'list' },
  judgements: { id: 'string', ...owned, subject: 'object', criterionCodeId: 'string', rating: 'string?', confidence: [...CONFIDENCES, null], justification: 'string', segmentIds: 'strings', dataCodingIds: 'strings', ...times },
  findings: { id: 'string', ...owned, section: 'string', order: 'number', title: 'string', text: 'string', judgementIds: 'strings', segmentIds: 'strings', dataCodingIds: 'strings', ...times },
  recommendations: { id: 'string', ...owned, order: 'number', title: 'string', text: 'string', findingIds: 'strings', ...times },
  reportSettings: {
    ...owned,
    sections: 'list',
    texts: 'object',
    reportDate: 'string?',
    logo: 'object?',
    template: 'object?',
    quotesPerCategory: 'integer',
    anonymise: 'boolean',
    people: 'list',
    updatedAt: 'string',
  },
  agreementRuns: { id: 'string', ...owned, unit: AGREEMENT_UNITS, coders: 'strings', documentIds: 'strings', before: 'object', after: 'object', resolved: 'integer', open: 'integer', createdAt: 'string' },
  auditLog: { id: 'string', ...owned, at: 'string', action: AUDIT_ACTIONS, codeIds: 'strings', segmentIds: 'strings', dataCodingIds: 'strings', summary: 'string' },
};
