import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../../../shared/domain/document';
import { formatCitation } from '../../../shared/report/model/citation';

const base = { projectName: 'Projekt Upphandling', documentType: 'delrapport' as const, documentDate: '2011-05-30', page: null };

describe('formatCitation', () => {
  it('cites project, document type and ISO date in Swedish', () => {
    expect(formatCitation(base, 'sv')).toBe('Projekt Upphandling, Delrapport, 2011-05-30');
  });

  it('adds the page with "s." in Swedish', () => {
    expect(formatCitation({ ...base, page: '4' }, 'sv')).toBe('Projekt Upphandling, Delrapport, 2011-05-30, s. 4');
    expect(formatCitation({ ...base, page: 'iv' }, 'sv')).toBe('Projekt Upphandling, Delrapport, 2011-05-30, s. iv');
  });

  it('says undated in Swedish when the document has no date', () => {
    expect(formatCitation({ ...base, documentDate: null }, 'sv')).toBe('Projekt Upphandling, Delrapport, odaterad');
    expect(formatCitation({ ...base, documentDate: null, page: '12', documentType: 'slutrapport' }, 'sv')).toBe(
      'Projekt Upphandling, Slutrapport, odaterad, s. 12',
    );
  });

  it('cites in English with the same ISO date and "p."', () => {
    expect(formatCitation(base, 'en')).toBe('Projekt Upphandling, Interim report, 2011-05-30');
    expect(formatCitation({ ...base, page: '4' }, 'en')).toBe('Projekt Upphandling, Interim report, 2011-05-30, p. 4');
    expect(formatCitation({ ...base, documentDate: null }, 'en')).toBe('Projekt Upphandling, Interim report, undated');
    expect(formatCitation({ ...base, documentDate: null, page: '7', documentType: 'slutrapport' }, 'en')).toBe(
      'Projekt Upphandling, Final report, undated, p. 7',
    );
  });

  it('treats a blank page or date as missing and trims the project name', () => {
    expect(formatCitation({ ...base, projectName: ' Åsele näringslivsforum ', page: '  ' }, 'sv')).toBe(
      'Åsele näringslivsforum, Delrapport, 2011-05-30',
    );
    expect(formatCitation({ ...base, documentDate: '' }, 'sv')).toBe('Projekt Upphandling, Delrapport, odaterad');
  });

  it('names every document type in both languages', () => {
    for (const documentType of DOCUMENT_TYPES) {
      for (const language of ['sv', 'en'] as const) {
        const citation = formatCitation({ ...base, documentType }, language);
        expect(citation).not.toContain('documentType.');
        expect(citation.split(', ')[1]?.length).toBeGreaterThan(0);
      }
    }
    expect(formatCitation({ ...base, documentType: 'enkatsammanstallning' }, 'sv')).toContain('Enkätsammanställning');
  });
});
