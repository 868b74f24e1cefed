import type { Code, Segment } from '../../../shared/domain';

export function code(id: string, labelSv: string, extra: Partial<Code> = {}): Code {
  return {
    id,
    evaluationId: 'e',
    frameworkId: 'success-factors',
    frameworkCodeId: id,
    parentId: null,
    matrixCell: null,
    colour: '#4f7cac',
    shortcut: null,
    order: 0,
    createdAt: '2026-01-01T00:00:00Z',
    labelSv,
    labelEn: '',
    definitionSv: '',
    definitionEn: '',
    inclusionSv: '',
    inclusionEn: '',
    exclusionSv: '',
    exclusionEn: '',
    exampleSv: '',
    exampleEn: '',
    ...extra,
  };
}

export function segment(id: string, start: number, end: number, extra: Partial<Segment> = {}): Segment {
  return {
    id,
    evaluationId: 'e',
    documentId: 'd',
    projectId: 'p',
    position: { type: 'TextPositionSelector', start, end },
    quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
    codeIds: ['c1'],
    memo: '',
    strength: null,
    direction: null,
    coder: '',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}
