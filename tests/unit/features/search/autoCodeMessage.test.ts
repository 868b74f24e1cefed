import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../../shared/coding/changeSet';
import { en, sv, translate } from '../../../../shared/i18n';
import { autoCodeMessage } from '../../../../renderer/features/search/autoCodeMessage';

const inLanguage = (catalog: object) => ((key: string, values?: Record<string, string | number>) => translate(catalog, key, values)) as unknown as TFunction;
const step = (changes: number) => ({ changes: Array.from({ length: changes }) }) as unknown as ChangeSet;
const none = { alreadyCoded: 0, samePassage: 0, blank: 0, documentGone: 0 };

describe('autoCodeMessage', () => {
  it('says why the ninth passage of nine was not coded', () => {
    expect(autoCodeMessage(inLanguage(sv), 'Nya samverkansparter', { step: step(8), skipped: { ...none, alreadyCoded: 1 } })).toBe(
      '8 passager kodades som ”Nya samverkansparter”. 1 passage kodades inte: 1 hade redan koden.',
    );
    expect(autoCodeMessage(inLanguage(en), 'New partners', { step: step(8), skipped: { ...none, samePassage: 1 } })).toBe(
      '8 passages were coded as "New partners". 1 passage was not coded: 1 was the same passage as another hit (the same sentence or paragraph).',
    );
  });

  it('lists several reasons, and says nothing more when all were coded', () => {
    expect(autoCodeMessage(inLanguage(sv), 'X', { step: step(1), skipped: { ...none, samePassage: 2, documentGone: 1 } })).toBe(
      '1 passage kodades som ”X”. 3 passager kodades inte: 2 blev samma passage som andra träffar (samma mening eller stycke), 1 låg i ett dokument som har tagits bort sedan sökningen.',
    );
    expect(autoCodeMessage(inLanguage(sv), 'X', { step: step(3), skipped: none })).toBe('3 passager kodades som ”X”.');
  });

  it('keeps the one sentence when every passage had the code already', () => {
    expect(autoCodeMessage(inLanguage(sv), 'X', { step: null, skipped: { ...none, alreadyCoded: 4 } })).toBe('Inget nytt kodades: passagerna var redan kodade som ”X”.');
    expect(autoCodeMessage(inLanguage(sv), 'X', { step: null, skipped: { ...none, blank: 1 } })).toBe('Ingen passage kodades som ”X”. 1 passage kodades inte: 1 innehöll bara blanksteg.');
  });
});
