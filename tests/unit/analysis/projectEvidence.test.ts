import { describe, expect, it } from 'vitest';
import { projectEvidence } from '../../../shared/analysis/projectEvidence';
import type { Code } from '../../../shared/domain/code';
import { EMPTY_CODE_TEXTS } from '../../../shared/domain/code';
import type { EvidenceDirection, EvidenceStrength } from '../../../shared/domain/segment';

function code(id: string, frameworkId: string | null, parentId: string | null, order: number): Code {
  return { ...EMPTY_CODE_TEXTS, id, evaluationId: 'e', frameworkId, frameworkCodeId: null, parentId, matrixCell: null, colour: '#000000', shortcut: null, order, createdAt: '', labelSv: id };
}

// Framework A (a1 with children a1b before a1a by order, then a2), framework B, own codes listed first but shown last.
const codes: Code[] = [code('own1', null, null, 0), code('a2', 'A', null, 2), code('a1', 'A', null, 1), code('a1a', 'A', 'a1', 2), code('a1b', 'A', 'a1', 1), code('b1', 'B', null, 0)];

interface Item {
  projectId: string | null;
  codeIds: string[];
  strength: EvidenceStrength | null;
  direction: EvidenceDirection | null;
  documentId: string;
}

const item = (projectId: string | null, codeIds: string[], strength: EvidenceStrength | null = null, direction: EvidenceDirection | null = null, documentId = 'd1'): Item => ({ projectId, codeIds, strength, direction, documentId });

const documents = [
  { id: 'd1', title: 'Slutrapport', type: 'slutrapport' as const, date: '2012-01-01', pageCount: 12 },
  { id: 'd2', title: 'Delrapport', type: 'delrapport' as const, date: null, pageCount: null },
];

describe('projectEvidence', () => {
  it('lists each framework’s codes in tree order, the evaluator’s own codes last', () => {
    const result = projectEvidence('p1', codes, [], [], []);
    expect(result.frameworks.map((f) => f.frameworkId)).toEqual(['A', 'B', null]);
    expect(result.frameworks[0]?.codes.map((c) => [c.code.id, c.depth])).toEqual([
      ['a1', 0],
      ['a1b', 1],
      ['a1a', 1],
      ['a2', 0],
    ]);
  });

  it('counts only the project’s passages and rows, with their strength and direction', () => {
    const segments = [
      item('p1', ['a1'], 'strong', 'promoting'),
      item('p1', ['a1', 'a1', 'b1'], 'weak', 'hindering', 'd2'),
      item('p1', ['a1b', 'a2']),
      item('p2', ['a1'], 'strong', 'promoting'),
      item('p1', []),
    ];
    const codings = [item('p1', ['a1'], 'moderate', null), item(null, ['a1']), item('p2', ['b1'])];
    const result = projectEvidence('p1', codes, segments, codings, documents);
    const a = result.frameworks[0];
    const a1 = a?.codes.find((c) => c.code.id === 'a1');
    expect(a1).toMatchObject({ passages: 2, rows: 1, strength: { strong: 1, moderate: 1, weak: 1, none: 0 }, direction: { promoting: 1, hindering: 1, none: 1 } });
    // Each passage counts once for the framework, however many of its codes it carries.
    expect(a).toMatchObject({ passages: 3, rows: 1 });
    expect(a?.withoutEvidence.map((c) => c.id)).toEqual(['a1a']);
    const b = result.frameworks[1];
    expect(b).toMatchObject({ passages: 1, rows: 0 });
    expect(result.frameworks[2]?.withoutEvidence.map((c) => c.id)).toEqual(['own1']);
  });

  it('names the codes without evidence in this project, in tree order', () => {
    const result = projectEvidence('p1', codes, [item('p1', ['a1b']), item('p2', ['a1', 'a2'])], [], []);
    expect(result.frameworks[0]?.withoutEvidence.map((c) => c.id)).toEqual(['a1', 'a1a', 'a2']);
    expect(result.frameworks[1]?.withoutEvidence.map((c) => c.id)).toEqual(['b1']);
  });

  it('leaves the results matrix\u2019s levels and columns out of the codes without evidence: they are structure, not categories', () => {
    const cell = (id: string, parentId: string): Code => ({ ...code(id, 'M', parentId, 0), matrixCell: { level: 'nationell', column: 'results' } });
    const matrix = [code('level', 'M', null, 0), code('column', 'M', 'level', 0), cell('category', 'column'), cell('other', 'column')];
    const result = projectEvidence('p1', matrix, [item('p1', ['category'])], [], []);
    expect(result.frameworks[0]?.codes.map((c) => c.code.id)).toEqual(['level', 'column', 'category', 'other']);
    expect(result.frameworks[0]?.withoutEvidence.map((c) => c.id)).toEqual(['other']);
    expect(result.frameworks[0]?.codable).toBe(2);
  });

  it('gives each document its coded passages of this project', () => {
    const segments = [item('p1', ['a1']), item('p1', ['b1']), item('p1', [], null, null), item('p1', ['a2'], null, null, 'd2'), item('p2', ['a1'], null, null, 'd2')];
    const result = projectEvidence('p1', codes, segments, [], documents);
    expect(result.documents.map((d) => [d.document.id, d.passages])).toEqual([
      ['d1', 2],
      ['d2', 1],
    ]);
  });

  it('ignores codes it does not know and survives a cycle of parents', () => {
    const cyclic = [code('x', 'C', 'y', 0), code('y', 'C', 'x', 1)];
    const result = projectEvidence('p1', cyclic, [item('p1', ['gone', 'x'])], [], []);
    expect(result.frameworks).toHaveLength(1);
    expect(result.frameworks[0]?.codes.map((c) => c.code.id).sort()).toEqual(['x', 'y']);
    expect(result.frameworks[0]?.passages).toBe(1);
  });
});
