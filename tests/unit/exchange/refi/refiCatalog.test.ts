// The catalog strings of REFI-QDA exchange: a message for every error and warning code, in both languages.
import { describe, expect, it } from 'vitest';
import { en, sv } from '../../../../shared/i18n';
import { refi } from '../../../../shared/i18n/ui/refi';
import { QDC_ERROR_CODES, QDC_WARNING_CODES } from '../../../../shared/exchange/refi';

describe('the ui.refi catalogs', () => {
  it('have a message for every error code and every warning code, in Swedish and English', () => {
    for (const catalog of [refi.sv, refi.en]) {
      expect(Object.keys(catalog.errors).sort()).toEqual([...QDC_ERROR_CODES].sort());
      expect(Object.keys(catalog.warnings).sort()).toEqual([...QDC_WARNING_CODES].sort());
      for (const text of [...Object.values(catalog.errors), ...Object.values(catalog.warnings)]) expect(text.trim()).not.toBe('');
    }
  });

  it('label the import and export buttons, and differ between the languages', () => {
    expect(refi.sv.importQdc).toBe('Importera kodbok (REFI-QDA)');
    expect(refi.en.importQdc).toBe('Import codebook (REFI-QDA)');
    for (const code of QDC_ERROR_CODES) expect(refi.sv.errors[code]).not.toBe(refi.en.errors[code]);
  });

  it('are the ui.refi namespace of the catalogs', () => {
    expect(sv.ui.refi).toBe(refi.sv);
    expect(en.ui.refi).toBe(refi.en);
  });
});
