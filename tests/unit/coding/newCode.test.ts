import { describe, expect, it } from 'vitest';
import { newCode, normaliseShortcut } from '../../../shared/coding/newCode';
import { CODE_PALETTE } from '../../../shared/coding/copyFramework';
import { code, NOW } from './codebookFixtures';

const parent = code('p', null, 0, { frameworkId: 'results-matrix', matrixCell: { level: 'lokal', column: 'results' }, colour: '#8ecae6' });
const codes = [
  parent,
  code('p1', 'p', 0, { frameworkId: 'results-matrix' }),
  code('p2', 'p', 4, { frameworkId: 'results-matrix' }),
  code('q', null, 7, { frameworkId: 'results-matrix' }),
  code('own', null, 2, { frameworkId: null }),
];

describe('newCode', () => {
  it('takes its framework, matrix cell and colour from its parent, and comes last', () => {
    expect(newCode(codes, { evaluationId: 'eval', parentId: 'p', frameworkId: 'ignored', texts: { labelSv: 'Ny', definitionEn: 'New' } }, 'new', NOW)).toEqual({
      id: 'new',
      evaluationId: 'eval',
      frameworkId: 'results-matrix',
      frameworkCodeId: null,
      parentId: 'p',
      labelSv: 'Ny',
      labelEn: '',
      definitionSv: '',
      definitionEn: 'New',
      inclusionSv: '',
      inclusionEn: '',
      exclusionSv: '',
      exclusionEn: '',
      exampleSv: '',
      exampleEn: '',
      matrixCell: { level: 'lokal', column: 'results' },
      colour: '#8ecae6',
      shortcut: null,
      order: 5,
      createdAt: NOW,
    });
  });

  it('uses the colour given over the parent\'s', () => {
    expect(newCode(codes, { evaluationId: 'eval', parentId: 'p', frameworkId: null, texts: {}, colour: '#000000' }, 'n', NOW).colour).toBe('#000000');
  });

  it('puts a top-level code last among the top-level codes of its framework, with a colour of the palette', () => {
    const own = newCode(codes, { evaluationId: 'eval', parentId: null, frameworkId: null, texts: { labelSv: 'Egen' } }, 'n', NOW);
    expect(own).toMatchObject({ frameworkId: null, parentId: null, matrixCell: null, order: 3, colour: CODE_PALETTE[codes.length % CODE_PALETTE.length] });
    const matrix = newCode(codes, { evaluationId: 'eval', parentId: null, frameworkId: 'results-matrix', texts: {} }, 'm', NOW);
    expect(matrix).toMatchObject({ frameworkId: 'results-matrix', parentId: null, order: 8 });
    expect(newCode([], { evaluationId: 'eval', parentId: null, frameworkId: null, texts: {} }, 'first', NOW)).toMatchObject({ order: 0, colour: CODE_PALETTE[0] });
  });

  it('gives a first child order 0', () => {
    expect(newCode(codes, { evaluationId: 'eval', parentId: 'q', frameworkId: null, texts: {} }, 'n', NOW)).toMatchObject({ parentId: 'q', order: 0, frameworkId: 'results-matrix' });
  });
});

describe('normaliseShortcut', () => {
  it('keeps one digit or letter (a-z, å, ä, ö), in lower case and trimmed', () => {
    expect(normaliseShortcut('k')).toBe('k');
    expect(normaliseShortcut('K')).toBe('k');
    expect(normaliseShortcut(' 7 ')).toBe('7');
    expect(normaliseShortcut('Å')).toBe('å');
    expect(normaliseShortcut('ä')).toBe('ä');
    expect(normaliseShortcut('Ö')).toBe('ö');
  });

  it('gives null for anything else', () => {
    for (const value of ['', ' ', 'ab', '10', '#', '-', 'é', 'ü', '👍', null, undefined]) expect(normaliseShortcut(value), String(value)).toBeNull();
  });
});
