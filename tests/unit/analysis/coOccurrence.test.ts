import { describe, expect, it } from 'vitest';
import { coOccurrence, passagesOverlap, type CoPassage, type CoRow } from '../../../shared/analysis/coOccurrence';
import type { FilterContext } from '../../../shared/analysis/evidenceItem';
import { EMPTY_MATRIX_FILTER } from '../../../shared/analysis/matrixFilter';
import { EMPTY_CODE_TEXTS, type Code } from '../../../shared/domain/code';
import { emptyProjectInput } from '../../../shared/domain/project';

function code(id: string, order: number, frameworkId = 'fw'): Code {
  return { ...EMPTY_CODE_TEXTS, labelSv: id, id, evaluationId: 'e', frameworkId, frameworkCodeId: id, parentId: null, matrixCell: null, colour: '#fff', shortcut: null, order, createdAt: '' };
}
const codes = [code('A', 1), code('B', 2), code('C', 3), code('X', 1, 'other')];

function passage(id: string, codeIds: string[], start: number, end: number, documentId = 'd1', coder = 'Eva'): CoPassage {
  return { id, documentId, projectId: 'p1', coder, codeIds, position: { type: 'TextPositionSelector', start, end } };
}

const context: FilterContext = {
  projects: [{ ...emptyProjectInput(), id: 'p1', evaluationId: 'e', createdAt: '', updatedAt: '', level: 'lokal' }],
  documents: [
    { id: 'd1', type: 'delrapport', date: '2023-01-01' },
    { id: 'd2', type: 'slutrapport', date: '2024-01-01' },
  ],
};

const summary = (pairs: ReturnType<typeof coOccurrence>) => pairs.map((p) => `${p.a.id}-${p.b.id}:${p.samePassage}/${p.overlapping}/${p.rows}`);

describe('passagesOverlap', () => {
  it('needs a shared character in the same document; touching is not overlapping', () => {
    expect(passagesOverlap(passage('s', [], 0, 10), passage('t', [], 9, 20))).toBe(true);
    expect(passagesOverlap(passage('s', [], 0, 10), passage('t', [], 10, 20))).toBe(false);
    expect(passagesOverlap(passage('s', [], 0, 10), passage('t', [], 2, 5, 'd2'))).toBe(false);
  });
});

describe('coOccurrence', () => {
  it('counts passages with both codes, overlapping passages and table rows, most frequent first', () => {
    const passages = [
      passage('s1', ['A', 'B'], 0, 10),
      passage('s2', ['B', 'A', 'X'], 100, 110),
      passage('s3', ['C'], 105, 120), // overlaps s2: A-C and B-C
      passage('s4', ['C'], 120, 130), // touches s3 only
      passage('s5', ['A'], 0, 10, 'd2'), // same range, another document
    ];
    const rows: CoRow[] = [{ id: 'r1', projectId: 'p1', coder: 'Eva', codeIds: ['C', 'A'] }, { id: 'r2', projectId: null, coder: 'Eva', codeIds: ['C'] }];
    const pairs = coOccurrence(codes, 'fw', passages, rows, context);
    expect(summary(pairs)).toEqual(['A-B:2/0/0', 'A-C:0/1/1', 'B-C:0/1/0']);
    expect(pairs[0]?.segmentIds).toEqual(['s1', 's2']);
    expect(pairs[1]?.segmentIds).toEqual(['s2', 's3']);
    expect(pairs[1]?.rowIds).toEqual(['r1']);
  });

  it('does not pair a code with itself across overlapping passages, and honours the filter', () => {
    const passages = [passage('s1', ['A'], 0, 10), passage('s2', ['A'], 5, 15), passage('s3', ['A', 'B'], 0, 10, 'd2', 'Olle')];
    expect(coOccurrence(codes, 'fw', passages, [], context)).toHaveLength(1);
    expect(coOccurrence(codes, 'fw', passages, [], context, { ...EMPTY_MATRIX_FILTER, coder: 'Eva' })).toEqual([]);
    expect(coOccurrence(codes, 'fw', passages, [], context, { ...EMPTY_MATRIX_FILTER, documentType: 'slutrapport' })).toHaveLength(1);
  });
});
