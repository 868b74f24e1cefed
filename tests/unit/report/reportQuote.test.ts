import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../shared/report/model/reportQuote';
import { reportContext } from '../../../shared/report/model/reportContext';
import { formatReportSource } from '../../../shared/report/model/citation';
import { codeId, documentById, documents, QUOTES, resultsMatrixCodes, segmentFor, segments } from '../../fixtures/report/evaluationFixture';
import { fixtureReportInput } from '../../fixtures/report/reportInputFixture';

const quotesOf = (input = fixtureReportInput(), frameworkCodeId: string) => reportContext(input).quotesOf(codeId(frameworkCodeId));

describe('the report’s quotes', () => {
  it('orders quotes by project name the Swedish way (å before ä), then date, undated last, then position', () => {
    expect(quotesOf(undefined, 'lokal.effects.okade-kunskaper').map((q) => q.projectName)).toEqual([
      'Lokal upphandling i Fyrbodal',
      'Åsele näringslivsforum',
      'Älvdalens besöksnäring',
    ]);
    expect(quotesOf(undefined, 'lokal.results.goda-exempel').map((q) => q.segmentId)).toEqual([
      's-frukost', // delrapport 2011-05-30, page 3
      's-policy', // delrapport 2011-05-30, page 4
      's-leverantorstraffar', // slutrapport 2012-11-15
      's-checklista', // undated minutes
    ]);
  });

  it('looks up the page of the block the quote starts in', () => {
    expect(quotesOf(undefined, 'lokal.results.goda-exempel').map((q) => q.page)).toEqual(['3', '4', '5', '1']);
    expect(quotesOf(undefined, 'lokal.effects.okade-kunskaper').map((q) => q.page)).toEqual(['2', null, '12']);
  });

  it('collapses whitespace in quotes and cites them with project, title, type, date and page', () => {
    const [rutiner, kunskap, forankring] = quotesOf(undefined, 'lokal.effects.okade-kunskaper');
    expect(forankring?.text).toBe(QUOTES.forankring);
    expect(rutiner).toMatchObject({ text: QUOTES.rutiner, projectName: 'Lokal upphandling i Fyrbodal', documentType: 'slutrapport', documentDate: '2012-11-15', page: '2' });
    expect(formatReportSource(rutiner as never, 'sv')).toBe('Lokal upphandling i Fyrbodal, ”Slutrapport, Lokal upphandling i Fyrbodal” (Slutrapport, 2012-11-15), s. 2');
    expect(formatReportSource(kunskap as never, 'en')).toMatch(/^Åsele näringslivsforum, “.+” \(Interim report, 2011-03-01\)$/);
    expect(collapseWhitespace(' a\n\tb\u00a0 c ')).toBe('a b c');
  });

  it('leaves out passages it cannot cite, of other evaluations and of unknown codes', () => {
    const asele = documentById('d-asele-del');
    const orphanDocument = { ...asele, id: 'd-orphan', projectId: 'p-gone' };
    const extra = [
      { ...segmentFor(asele, QUOTES.underlag, ['lokal.results.natverk']), id: 's-no-doc', documentId: 'd-missing' },
      { ...segmentFor(orphanDocument, QUOTES.underlag, ['lokal.results.natverk']), id: 's-no-project', projectId: 'p-gone' },
      { ...segmentFor(asele, QUOTES.underlag, ['lokal.results.natverk']), id: 's-empty', quote: { type: 'TextQuoteSelector' as const, exact: ' \n ', prefix: '', suffix: '' } },
      segmentFor(asele, QUOTES.underlag, ['lokal.results.natverk'], { id: 's-other-eval', evaluationId: 'another' }),
      { ...segmentFor(asele, QUOTES.underlag, []), id: 's-unknown-code', codeIds: ['code:removed'] },
    ];
    const context = reportContext(fixtureReportInput({ segments: [...segments(), ...extra], documents: [...documents, orphanDocument] }));
    expect(context.quotesOf(codeId('lokal.results.natverk')).map((q) => q.segmentId)).toEqual(['s-frukost']);
    expect(context.quoteById.get('s-unknown-code')?.codeIds).toEqual([]);
    for (const id of ['s-no-doc', 's-no-project', 's-empty', 's-other-eval']) expect(context.quoteById.has(id)).toBe(false);
    expect(reportContext(fixtureReportInput({ codes: resultsMatrixCodes('another') })).quotes.every((q) => q.codeIds.length === 0)).toBe(true);
  });
});
