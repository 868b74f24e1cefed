import { describe, expect, it } from 'vitest';
import resultsMatrixJson from '../../../resources/frameworks/results-matrix.json';
import { CODE_TEXT_FIELDS, MATRIX_COLUMNS } from '../../../shared/domain/code';
import { PROJECT_LEVELS } from '../../../shared/domain/project';
import { CODE_PALETTE, codesFromFramework } from '../../../shared/coding/copyFramework';
import { parseFramework, type Framework } from '../../../shared/domain/framework';
import { ShapeError } from '../../../shared/base/guards';

const matrix = parseFramework(resultsMatrixJson);

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function minimal(codes: unknown[]): Record<string, unknown> {
  return { id: 'fw', version: 1, nameSv: 'Ramverk', nameEn: 'Framework', codes };
}

function code(id: string, parentId: string | null = null, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, parentId, labelSv: `sv ${id}`, labelEn: `en ${id}`, ...extra };
}

describe('the shipped results-matrix framework', () => {
  it('parses with its 36 codes and unique ids', () => {
    expect(matrix.id).toBe('results-matrix');
    expect(matrix.version).toBe(1);
    expect(matrix.codes).toHaveLength(36);
    expect(new Set(matrix.codes.map((c) => c.id)).size).toBe(36);
    expect(matrix.nameSv).not.toBe('');
    expect(matrix.nameEn).not.toBe('');
  });

  it('has the three levels at the top, each with a results and an effects column', () => {
    const roots = matrix.codes.filter((c) => c.parentId === null);
    expect(roots.map((c) => c.id).sort()).toEqual([...PROJECT_LEVELS].sort());
    for (const level of PROJECT_LEVELS) {
      const columns = matrix.codes.filter((c) => c.parentId === level && c.id !== `${level}.unforeseen`).map((c) => c.id);
      expect(columns.sort()).toEqual(MATRIX_COLUMNS.map((column) => `${level}.${column}`).sort());
    }
  });

  it('has "Oförutsedda resultat" under each level, last, outside every cell, with notes and an example in both languages', () => {
    for (const level of PROJECT_LEVELS) {
      const siblings = matrix.codes.filter((c) => c.parentId === level).sort((a, b) => a.order - b.order);
      const unforeseen = siblings.at(-1);
      expect(unforeseen).toMatchObject({ id: `${level}.unforeseen`, labelSv: 'Oförutsedda resultat', labelEn: 'Unforeseen results', matrixCell: null });
      for (const field of CODE_TEXT_FIELDS) expect(unforeseen?.[field].trim(), `${level} ${field}`).not.toBe('');
    }
  });

  it('has 24 category codes, each with the matrix cell of its level and column', () => {
    const columnIds = new Set(PROJECT_LEVELS.flatMap((level) => MATRIX_COLUMNS.map((column) => `${level}.${column}`)));
    const categories = matrix.codes.filter((c) => c.parentId !== null && columnIds.has(c.parentId));
    expect(categories).toHaveLength(24);
    for (const category of categories) {
      const [level, column] = (category.parentId as string).split('.');
      expect(category.matrixCell).toEqual({ level, column });
      expect(category.id.startsWith(`${category.parentId}.`)).toBe(true);
    }
    // Only the categories sit in a cell; levels and columns do not.
    expect(matrix.codes.filter((c) => c.matrixCell !== null)).toHaveLength(24);
  });

  it('has the category counts per cell of the programme matrix', () => {
    const perCell = new Map<string, number>();
    for (const c of matrix.codes) if (c.matrixCell) perCell.set(`${c.matrixCell.level}.${c.matrixCell.column}`, (perCell.get(`${c.matrixCell.level}.${c.matrixCell.column}`) ?? 0) + 1);
    expect(Object.fromEntries(perCell)).toEqual({
      'nationell.results': 2,
      'nationell.effects': 3,
      'regional.results': 5,
      'regional.effects': 4,
      'lokal.results': 5,
      'lokal.effects': 5,
    });
  });

  it('has Swedish and English labels on every code and orders 1..36', () => {
    for (const c of matrix.codes) {
      expect(c.labelSv.trim()).not.toBe('');
      expect(c.labelEn.trim()).not.toBe('');
    }
    expect(matrix.codes.map((c) => c.order)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
  });
});

describe('parseFramework', () => {
  it('fills defaults: empty definitions, notes, example and source, order by position, no matrix cell', () => {
    const parsed = parseFramework(minimal([code('a'), code('b', 'a', { order: 7, definitionSv: 'Def', matrixCell: { level: 'lokal', column: 'effects' } })]));
    expect(parsed.source).toBe('');
    expect(parsed.codes[0]).toEqual({
      id: 'a', parentId: null, labelSv: 'sv a', labelEn: 'en a', definitionSv: '', definitionEn: '',
      inclusionSv: '', inclusionEn: '', exclusionSv: '', exclusionEn: '', exampleSv: '', exampleEn: '',
      matrixCell: null, order: 0,
    });
    expect(parsed.codes[1]).toMatchObject({ parentId: 'a', order: 7, definitionSv: 'Def', matrixCell: { level: 'lokal', column: 'effects' } });
  });

  it('accepts a child listed before its parent', () => {
    expect(parseFramework(minimal([code('child', 'parent'), code('parent')])).codes).toHaveLength(2);
  });

  it('rejects duplicate ids, naming the id', () => {
    expect(() => parseFramework(minimal([code('a'), code('b'), code('a')]))).toThrow(ShapeError);
    expect(() => parseFramework(minimal([code('a'), code('a')]))).toThrow(/duplicate code id a/);
  });

  it('rejects a parent that does not exist, naming both', () => {
    expect(() => parseFramework(minimal([code('a'), code('b', 'nope')]))).toThrow(/code b has an unknown parent nope/);
  });

  it('rejects a damaged copy of the shipped file: duplicate id', () => {
    const damaged = structuredClone(resultsMatrixJson) as { codes: { id: string }[] };
    (damaged.codes[5] as { id: string }).id = (damaged.codes[4] as { id: string }).id;
    expect(() => parseFramework(damaged)).toThrow(/duplicate/);
  });

  it.each([
    ['not an object', null],
    ['a list', []],
    ['no id', { version: 1, nameSv: 'x', nameEn: 'x', codes: [] }],
    ['no names', { id: 'fw', version: 1, codes: [] }],
    ['a version that is not a number', { ...minimal([]), version: '1' }],
    ['codes not a list', { ...minimal([]), codes: {} }],
    ['a code that is not an object', minimal(['a'])],
    ['a code with an empty id', minimal([code('')])],
    ['a code without labels', minimal([{ id: 'a', parentId: null }])],
    ['a parentId that is a number', minimal([code('a', 1 as unknown as string)])],
    ['a code without parentId', minimal([{ id: 'a', labelSv: 'a', labelEn: 'a' }])],
    ['an unknown level in a matrix cell', minimal([code('a', null, { matrixCell: { level: 'kommunal', column: 'results' } })])],
    ['an unknown column in a matrix cell', minimal([code('a', null, { matrixCell: { level: 'lokal', column: 'outcomes' } })])],
    ['a matrix cell that is a string', minimal([code('a', null, { matrixCell: 'lokal.results' })])],
  ])('rejects %s', (_name, value) => {
    expect(() => parseFramework(value)).toThrow(ShapeError);
  });
});

describe('codesFromFramework', () => {
  const CREATED = '2026-11-22T10:00:00.000Z';

  it('copies every code with a new id, the evaluation and the framework code id', () => {
    const codes = codesFromFramework(matrix, 'eval-1', counter('c'), CREATED);
    expect(codes).toHaveLength(36);
    expect(codes.map((c) => c.id)).toEqual(Array.from({ length: 36 }, (_, i) => `c${i + 1}`));
    expect(codes.map((c) => c.frameworkCodeId)).toEqual(matrix.codes.map((c) => c.id));
    for (const c of codes) {
      expect(c.evaluationId).toBe('eval-1');
      expect(c.frameworkId).toBe('results-matrix');
      expect(c.createdAt).toBe(CREATED);
    }
    const ids = new Set(matrix.codes.map((c) => c.id));
    expect(codes.some((c) => ids.has(c.id))).toBe(false);
  });

  it('maps every parent to the new id of the parent code', () => {
    const codes = codesFromFramework(matrix, 'eval-1', counter('c'), CREATED);
    const byId = new Map(codes.map((c) => [c.id, c]));
    codes.forEach((c, index) => {
      const original = matrix.codes[index] as Framework['codes'][number];
      if (original.parentId === null) {
        expect(c.parentId).toBeNull();
      } else {
        expect(c.parentId).not.toBe(original.parentId);
        expect(byId.get(c.parentId as string)?.frameworkCodeId).toBe(original.parentId);
      }
    });
  });

  it('keeps labels, definitions, matrix cells and order', () => {
    const codes = codesFromFramework(matrix, 'e', counter('c'), CREATED);
    codes.forEach((c, index) => {
      const original = matrix.codes[index] as Framework['codes'][number];
      expect([c.labelSv, c.labelEn, c.definitionSv, c.definitionEn, c.order]).toEqual([
        original.labelSv,
        original.labelEn,
        original.definitionSv,
        original.definitionEn,
        original.order,
      ]);
      expect(c.matrixCell).toEqual(original.matrixCell);
    });
  });

  it('colours codes from the palette, cycling through it over the categories', () => {
    const codes = codesFromFramework(matrix, 'e', counter('c'), CREATED);
    for (const c of codes) expect(CODE_PALETTE as readonly string[]).toContain(c.colour);
    const categoryColours = codes.filter((c) => c.matrixCell).map((c) => c.colour);
    expect(categoryColours.slice(0, CODE_PALETTE.length)).toEqual([...CODE_PALETTE]);
  });

  it('gives two evaluations disjoint ids', () => {
    const newId = counter('id-');
    const first = codesFromFramework(matrix, 'e1', newId, CREATED);
    const second = codesFromFramework(matrix, 'e2', newId, CREATED);
    const firstIds = new Set(first.map((c) => c.id));
    expect(second.every((c) => !firstIds.has(c.id))).toBe(true);
    expect(second.every((c) => c.parentId === null || !firstIds.has(c.parentId))).toBe(true);
  });
});
