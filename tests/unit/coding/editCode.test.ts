import { describe, expect, it } from 'vitest';
import { editCode, validColour } from '../../../shared/coding/editCode';
import { matrixStructureIds } from '../../../shared/coding/matrixStructure';
import { code } from './codebookFixtures';

describe('editing a code', () => {
  const a = code('a', null, 0, { shortcut: '1' });
  const b = code('b', null, 1, { shortcut: '2' });

  it('keeps a colour only when it is #rrggbb', () => {
    expect(validColour('#A0b1c2')).toBe('#A0b1c2');
    expect(validColour('red')).toBeUndefined();
    expect(validColour(undefined)).toBeUndefined();
    expect(editCode([a, b], a, { colour: 'red', labelSv: 'Ny' })).toEqual([{ table: 'codes', id: 'a', before: a, after: { ...a, labelSv: 'Ny' } }]);
  });

  it('a shortcut moves from the code that had it, normalised', () => {
    expect(editCode([a, b], a, { shortcut: ' 2 ' })).toEqual([
      { table: 'codes', id: 'b', before: b, after: { ...b, shortcut: null } },
      { table: 'codes', id: 'a', before: a, after: { ...a, shortcut: '2' } },
    ]);
  });

  it('a shortcut that is no shortcut clears it', () => {
    expect(editCode([a, b], a, { shortcut: 'F1' })).toEqual([{ table: 'codes', id: 'a', before: a, after: { ...a, shortcut: null } }]);
  });

  it('gives no shortcut to a level or column of the results matrix, the headings above its categories', () => {
    const level = code('level', null, 0, { frameworkId: 'results-matrix' });
    const column = code('column', 'level', 0, { frameworkId: 'results-matrix', shortcut: '3' });
    const category = code('category', 'column', 0, { frameworkId: 'results-matrix', matrixCell: { level: 'lokal', column: 'results' } });
    const below = code('below', 'category', 0, { frameworkId: 'results-matrix' });
    const codes = [level, column, category, below, a, b];
    expect([...matrixStructureIds(codes)].sort()).toEqual(['column', 'level']);
    expect(editCode(codes, level, { shortcut: '2' })).toEqual([{ table: 'codes', id: 'level', before: level, after: { ...level, shortcut: null } }]);
    expect(editCode(codes, column, { labelSv: 'Kolumn', shortcut: '3' })).toEqual([{ table: 'codes', id: 'column', before: column, after: { ...column, labelSv: 'Kolumn', shortcut: null } }]);
    expect(editCode(codes, category, { shortcut: '2' })).toEqual([
      { table: 'codes', id: 'b', before: b, after: { ...b, shortcut: null } },
      { table: 'codes', id: 'category', before: category, after: { ...category, shortcut: '2' } },
    ]);
  });
});
