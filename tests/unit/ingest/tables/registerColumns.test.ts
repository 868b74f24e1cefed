import { describe, expect, it } from 'vitest';
import { guessColumnTargets, headerKey } from '../../../../shared/ingest/tables/register/registerColumns';

describe('headerKey', () => {
  it('ignores case, diacritics, spaces, dashes and other marks', () => {
    expect(headerKey(' Projekt-id ')).toBe('projektid');
    expect(headerKey('PROJEKT ID')).toBe('projektid');
    expect(headerKey('Län')).toBe('lan');
    expect(headerKey('Budget (SEK)')).toBe('budgetsek');
    expect(headerKey('Projekt_nummer.')).toBe('projektnummer');
  });
});

describe('guessColumnTargets: the project code', () => {
  it.each(['Projekt-id', 'Projektid', 'Projekt ID', 'PROJEKT_ID', 'Projektnummer', 'Projekt nr', 'Projektkod', 'Diarienummer', 'Diarie-nr', 'Dnr', 'Ärendenummer', 'ID', 'Id', 'Kod', 'Project code', 'Project-ID'])(
    '%s becomes the code by itself',
    (header) => {
      expect(guessColumnTargets(['Projektnamn', header, 'Finansiär'])).toEqual(['name', 'code', 'attribute']);
    },
  );

  it('gives the code to a project code column over a plain ID or a diary number, wherever it stands', () => {
    expect(guessColumnTargets(['ID', 'Diarienummer', 'Projekt-id', 'Namn'])).toEqual(['attribute', 'attribute', 'code', 'name']);
    expect(guessColumnTargets(['Kod', 'Diarienummer', 'Namn'])).toEqual(['attribute', 'code', 'name']);
  });

  it('takes the first of two equally good code columns and leaves the other an attribute', () => {
    expect(guessColumnTargets(['Projektkod', 'Projektnummer'])).toEqual(['code', 'attribute']);
  });

  it('does not take a code from headers that only contain the words', () => {
    expect(guessColumnTargets(['Identitet', 'Kodlista', 'Sektor'])).toEqual(['attribute', 'attribute', 'attribute']);
  });
});

describe('guessColumnTargets: the other fields', () => {
  it('recognises the register columns whatever their spelling of case, dashes and diacritics', () => {
    expect(guessColumnTargets(['Projekt-id', 'Projekt', 'Projekt-ägare', 'PROJEKTLEDARE', 'Samverkande kommuner', 'LÄN', 'Nivå', 'Insatsområde', 'Start-datum', 'Slut datum', 'Budget (SEK)'])).toEqual([
      'code', 'name', 'owner', 'manager', 'municipalities', 'county', 'level', 'theme', 'startDate', 'endDate', 'budgetSek',
    ]);
  });

  it('ignores columns without a name', () => {
    expect(guessColumnTargets(['Kod', '  ', 'Namn'])).toEqual(['code', 'ignore', 'name']);
  });
});
