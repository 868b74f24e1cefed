import { describe, expect, it } from 'vitest';
import { codeToV4, v4 } from '../../../shared/migrations/v4';
import { byId, records } from './fixtures';

const EMPTY_NOTES = { inclusionSv: '', inclusionEn: '', exclusionSv: '', exclusionEn: '', exampleSv: '', exampleEn: '' };

describe('migration v3 → v4', () => {
  it('gives every code written by v3 empty notes and example, in both languages', () => {
    for (const code of records(3, 'codes')) expect(codeToV4(code)).toEqual({ ...code, ...EMPTY_NOTES });
  });

  it('keeps notes that are there, and replaces what is not text', () => {
    const code = { ...byId(records(3, 'codes'), 'code-anbud'), inclusionSv: 'Anbud i upphandlingar', exampleEn: null };
    expect(codeToV4(code)).toEqual({ ...code, ...EMPTY_NOTES, inclusionSv: 'Anbud i upphandlingar' });
  });

  it('changes only codes, and needs nothing read first', () => {
    expect(v4.version).toBe(4);
    expect(v4.lookupTable).toBeNull();
    expect(v4.tables).toEqual(['codes']);
  });
});
