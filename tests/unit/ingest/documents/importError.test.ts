import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n';
import { IMPORT_ERROR_CODES, ImportError, importErrorKey, isTableErrorCode, TABLE_ERROR_CODES } from '../../../../shared/domain/importError';

describe('ImportError', () => {
  it('is the one error of document import and table reading, with one list of codes for both', () => {
    for (const code of Object.keys(en.importError)) expect(IMPORT_ERROR_CODES).toContain(code);
    for (const code of Object.keys(en.tableError)) expect(IMPORT_ERROR_CODES).toContain(code);
    expect(new Set(IMPORT_ERROR_CODES).size).toBe(IMPORT_ERROR_CODES.length);
    const error = new ImportError('headerOnly', 'line 3');
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message, error.code, error.detail]).toEqual(['ImportError', 'headerOnly: line 3', 'headerOnly', 'line 3']);
    expect(new ImportError('empty').message).toBe('empty');
  });

  it('knows the codes the table readers raise: those the tables section words', () => {
    expect([...TABLE_ERROR_CODES].sort()).toEqual(Object.keys(en.tableError).sort());
    expect(isTableErrorCode('headerOnly')).toBe(true);
    expect(isTableErrorCode('corrupt')).toBe(true);
    expect(isTableErrorCode('zipTooLarge')).toBe(false);
    expect(isTableErrorCode('tooManyPages')).toBe(false);
    // The command line reads a table in a worker stopped at the time limit, as it does a document.
    expect(isTableErrorCode('timeout')).toBe(true);
  });

  it('words an error in the section of the screen that read the file, else in the one that has words for it', () => {
    expect(importErrorKey('empty', 'importError')).toBe('importError.empty');
    expect(importErrorKey('empty', 'tableError')).toBe('tableError.empty');
    expect(importErrorKey('encrypted', 'tableError')).toBe('tableError.encrypted');
    expect(importErrorKey('noTextLayer', 'importError')).toBe('importError.noTextLayer');
    expect(importErrorKey('zipTooLarge', 'tableError')).toBe('importError.zipTooLarge');
    expect(importErrorKey('sheetNotFound', 'importError')).toBe('tableError.sheetNotFound');
  });
});
