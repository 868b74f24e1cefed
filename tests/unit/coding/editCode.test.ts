import { describe, expect, it } from 'vitest';
import { editCode, validColour } from '../../../shared/coding/editCode';
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
});
