import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { StorageFullError } from '../../../shared/domain/storageFull';
import { en, sv, translate } from '../../../shared/i18n';
import { errorDetail } from '../../../renderer/ui/errorDetail';

const inLanguage = (catalog: object) => ((key: string, values?: Record<string, string>) => translate(catalog, key, values)) as unknown as TFunction;
const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('errorDetail', () => {
  it('words storage full with how much is used and left, in Swedish and English, never the browser’s error', () => {
    const full = new StorageFullError('quota', { usage: 400 * 1024, quota: 10 * 1024 ** 3 }, quota);
    const swedish = errorDetail(inLanguage(sv), full);
    expect(swedish).toMatch(/^Lagringsutrymmet är fullt: Spårbar använder 400 kB och har 10 GB kvar\./);
    expect(swedish).toContain('spara utvärderingen till en fil (Arkiv > Spara som utvärderingsfil)');
    expect(swedish).not.toMatch(/QuotaExceeded|\{\{/);
    expect(errorDetail(inLanguage(en), full)).toMatch(/^Storage is full: Spårbar uses 400 kB and has 10 GB left\./);
  });

  it('says what to do without numbers when the browser gives none, and words a value too large', () => {
    expect(errorDetail(inLanguage(sv), new StorageFullError('quota', { usage: null, quota: null }, quota))).toMatch(/^Lagringsutrymmet är fullt\. Ta bort/);
    expect(errorDetail(inLanguage(en), new StorageFullError('tooLarge', { usage: 1, quota: 2 }, quota))).toMatch(/too large for the browser's storage in one piece/);
  });

  it('gives any other error’s message as it was', () => {
    expect(errorDetail(inLanguage(sv), new Error('No project p-1 in this evaluation'))).toBe('No project p-1 in this evaluation');
    expect(errorDetail(inLanguage(sv), 'plain')).toBe('plain');
  });
});
