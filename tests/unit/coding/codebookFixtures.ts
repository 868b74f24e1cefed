import { EMPTY_CODE_TEXTS } from '../../../shared/domain';
/** Plain codes and evidence for the pure codebook operations. */
import type { Evidence } from '../../../shared/coding/evidence';
import type { Code, DataCoding, Id, Segment } from '../../../shared/domain';

export const CREATED = '2026-11-01T08:00:00.000Z';
export const NOW = '2026-11-22T09:00:00.000Z';

export function code(id: Id, parentId: Id | null, order: number, overrides: Partial<Code> = {}): Code {
  return {
    id,
    evaluationId: 'eval',
    frameworkId: 'fw',
    frameworkCodeId: null,
    parentId,
    ...EMPTY_CODE_TEXTS,
    labelSv: id.toUpperCase(),
    labelEn: id,
    matrixCell: null,
    colour: '#f4c95d',
    shortcut: null,
    order,
    createdAt: CREATED,
    ...overrides,
  };
}

export function segment(id: Id, codeIds: Id[], overrides: Partial<Segment> = {}): Segment {
  return {
    id,
    evaluationId: 'eval',
    documentId: 'doc',
    projectId: 'proj',
    position: { type: 'TextPositionSelector', start: 0, end: 4 },
    quote: { type: 'TextQuoteSelector', exact: 'Text', prefix: '', suffix: '' },
    codeIds,
    memo: '',
    strength: null,
    direction: null,
    coder: 'Karin',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

export function dataCoding(id: Id, codeIds: Id[], overrides: Partial<DataCoding> = {}): DataCoding {
  return {
    id,
    evaluationId: 'eval',
    datasetId: 'ds',
    rowId: `row-${id}`,
    column: null,
    projectId: 'proj',
    codeIds,
    memo: '',
    strength: null,
    direction: null,
    coder: 'Karin',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

export const asEvidence = (record: Segment): Evidence => ({ table: 'segments', record });
export const asDataEvidence = (record: DataCoding): Evidence => ({ table: 'dataCodings', record });
