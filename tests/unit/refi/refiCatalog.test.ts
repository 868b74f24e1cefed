// The catalog strings of REFI-QDA exchange: a message for every error and warning code, in both languages.
import { describe, expect, it } from 'vitest';
import { refiEn, refiSv } from '../../../shared/i18n/ui/refi';
import { uiEn } from '../../../shared/i18n/uiEn';
import { uiSv } from '../../../shared/i18n/uiSv';
import { QDC_ERROR_CODES, QDC_WARNING_CODES } from '../../../shared/exchange/refi';

describe('the ui.refi catalogs', () => {
  it('have a message for every error code and every warning code, in Swedish and English', () => {
    for (const catalog of [refiSv, refiEn]) {
      expect(Object.keys(catalog.errors).sort()).toEqual([...QDC_ERROR_CODES].sort());
      expect(Object.keys(catalog.warnings).sort()).toEqual([...QDC_WARNING_CODES].sort());
      for (const text of [...Object.values(catalog.errors), ...Object.values(catalog.warnings)]) expect(text.trim()).not.toBe('');
    }
  });

  it('label the import and export buttons, and differ between the languages', () => {
    expect(refiSv.importQdc).toBe('Importera kodbok (REFI-QDA)');
    expect(refiEn.importQdc).toBe('Import codebook (REFI-QDA)');
    for (const code of QDC_ERROR_CODES) expect(refiSv.errors[code]).not.toBe(refiEn.errors[code]);
  });

  it('are the ui.refi namespace of the UI catalogs', () => {
    expect((uiSv as Record<string, unknown>).refi).toBe(refiSv);
    expect((uiEn as Record<string, unknown>).refi).toBe(refiEn);
  });
});
