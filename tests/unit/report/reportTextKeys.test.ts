import { describe, expect, it } from 'vitest';
import { REPORT_SECTION_IDS } from '../../../shared/domain/reportSettings';
import { sectionTextKeys } from '../../../shared/report/reportTextKeys';

describe('sectionTextKeys', () => {
  it('gives the results a field per matrix cell, national level first, then the map check', () => {
    expect(sectionTextKeys('results', [])).toEqual([
      'results.nationell.results',
      'results.nationell.effects',
      'results.regional.results',
      'results.regional.effects',
      'results.lokal.results',
      'results.lokal.effects',
      'results.map',
    ]);
  });

  it('gives the factors a field per factor framework, never the results matrix', () => {
    expect(sectionTextKeys('factors', ['results-matrix', 'success-factors', 'lnu-conditions'])).toEqual(['factors.success-factors', 'factors.lnu-conditions']);
  });

  it('gives the title page, the contents and the appendices no text, every other section one at least', () => {
    const empty = REPORT_SECTION_IDS.filter((id) => sectionTextKeys(id, ['success-factors']).length === 0);
    expect(empty).toEqual(['titlePage', 'contents', 'appendices']);
    expect(sectionTextKeys('summary', [])).toEqual(['summary']);
    expect(sectionTextKeys('introduction', [])).toEqual(['introduction.purpose']);
  });
});
