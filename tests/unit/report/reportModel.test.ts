import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/domain/document';
import { pageAtOffset } from '../../../shared/domain/pageAtOffset';
import { buildReportModel, collapseWhitespace, type ReportModel, type ReportModelInput } from '../../../shared/report/model/reportModel';
import {
  documentById,
  documents,
  evaluation,
  projects,
  QUOTES,
  resultsMatrixCodes,
  segmentFor,
  segments,
} from '../../fixtures/report/evaluationFixture';

function input(overrides: Partial<ReportModelInput> = {}): ReportModelInput {
  return {
    evaluation: evaluation(),
    projects,
    documents,
    codes: resultsMatrixCodes(),
    segments: segments(),
    language: 'sv',
    generatedOn: '2012-12-10',
    ...overrides,
  };
}

function category(model: ReportModel, frameworkCodeId: string) {
  for (const cell of model.cells) {
    const found = cell.categories.find((c) => c.frameworkCodeId === frameworkCodeId);
    if (found) return found;
  }
  throw new Error(`no category ${frameworkCodeId}`);
}

describe('buildReportModel', () => {
  const model = buildReportModel(input());

  it('keeps the cells with evidence in matrix order and lists the others', () => {
    expect(model.cells.map((cell) => cell.heading)).toEqual([
      'Regional nivå – Effekter',
      'Lokal nivå – Erfarenheter/Resultat',
      'Lokal nivå – Effekter',
    ]);
    expect(model.cellsWithoutEvidence.map((cell) => [cell.level, cell.column])).toEqual([
      ['nationell', 'results'],
      ['nationell', 'effects'],
      ['regional', 'results'],
    ]);
    expect(model.cellsWithoutEvidence[0]?.heading).toBe('Nationell nivå – Erfarenheter/Resultat');
  });

  it('keeps categories with evidence by order and lists those without', () => {
    const lokalEffects = model.cells.find((cell) => cell.level === 'lokal' && cell.column === 'effects');
    expect(lokalEffects?.categories.map((c) => `${c.label} (${c.quotes.length})`)).toEqual([
      'Förbättring av internt arbetssätt (2)',
      'Nya samverkansparter (2)',
      'Ökade kunskaper/lärande om tillväxtarbete (3)',
      'Ökad tillväxt (1)',
    ]);
    expect(lokalEffects?.categoriesWithoutEvidence.map((c) => c.label)).toEqual(['Grund för program och policybeslut']);
    expect(lokalEffects?.segmentCount).toBe(7);
    expect(model.segmentCount).toBe(11);
    expect(model.skippedSegments).toEqual([]);
  });

  it('orders quotes by project name the Swedish way (å before ä), then date, undated last, then position', () => {
    expect(category(model, 'lokal.effects.okade-kunskaper').quotes.map((q) => q.projectName)).toEqual([
      'Lokal upphandling i Fyrbodal',
      'Åsele näringslivsforum',
      'Älvdalens besöksnäring',
    ]);
    expect(category(model, 'lokal.results.goda-exempel').quotes.map((q) => q.segmentId)).toEqual([
      's-frukost', // delrapport 2011-05-30, page 3
      's-policy', // delrapport 2011-05-30, page 4
      's-leverantorstraffar', // slutrapport 2012-11-15
      's-checklista', // undated minutes
    ]);
  });

  it('looks up the page of the block the quote starts in', () => {
    const goda = category(model, 'lokal.results.goda-exempel').quotes;
    expect(goda.map((q) => q.page)).toEqual(['3', '4', '5', '1']);
    expect(category(model, 'lokal.effects.okade-kunskaper').quotes.map((q) => q.page)).toEqual(['2', null, '12']);
  });

  it('collapses whitespace in quotes and formats their citations', () => {
    const [rutiner, kunskap, forankring] = category(model, 'lokal.effects.okade-kunskaper').quotes;
    expect(forankring?.text).toBe(QUOTES.forankring);
    expect(forankring?.citation).toBe('Älvdalens besöksnäring, Slutrapport, odaterad, s. 12');
    expect(kunskap?.citation).toBe('Åsele näringslivsforum, Delrapport, 2011-03-01');
    expect(rutiner).toMatchObject({
      text: QUOTES.rutiner,
      projectName: 'Lokal upphandling i Fyrbodal',
      documentType: 'slutrapport',
      documentDate: '2012-11-15',
      documentTitle: 'Slutrapport, Lokal upphandling i Fyrbodal',
      page: '2',
      citation: 'Lokal upphandling i Fyrbodal, Slutrapport, 2012-11-15, s. 2',
    });
    expect(collapseWhitespace(' a\n\tb\u00a0 c ')).toBe('a b c');
  });

  it('takes the title page fields from the evaluation', () => {
    expect(model).toMatchObject({
      language: 'sv',
      generatedOn: '2012-12-10',
      title: 'Lärande i lokalt och regionalt tillväxtarbete',
      programme: 'Program för lokalt och regionalt tillväxtarbete',
      agency: 'Tillväxtverket',
      evaluators: ['Karin Åström', 'Erik Lindqvist'],
      periodStart: '2010-01-01',
      periodEnd: '2012-12-31',
      kind: 'interim',
    });
    expect(buildReportModel(input({ evaluation: evaluation({ title: '  ' }) })).title).toBe('Utvärderingsrapport');
    expect(buildReportModel(input({ evaluation: evaluation({ title: '' }), language: 'en' })).title).toBe('Evaluation report');
  });

  it('uses English labels, headings and citations in an English report, in the same order', () => {
    const english = buildReportModel(input({ language: 'en' }));
    expect(english.cells.map((cell) => cell.heading)).toEqual([
      'Regional level – Effects',
      'Local level – Experiences/Results',
      'Local level – Effects',
    ]);
    const kunskaper = category(english, 'lokal.effects.okade-kunskaper');
    expect(kunskaper.label).toBe('Increased knowledge/learning about growth work');
    expect(kunskaper.quotes.map((q) => q.segmentId)).toEqual(['s-rutiner', 's-kunskap', 's-forankring']);
    expect(kunskaper.quotes[2]?.citation).toBe('Älvdalens besöksnäring, Final report, undated, p. 12');
    expect(kunskaper.quotes[0]?.text).toBe(QUOTES.rutiner);
  });

  it('skips segments it cannot cite and says why, and ignores other evaluations and unknown codes', () => {
    const asele = documentById('d-asele-del');
    const orphanDocument = { ...asele, id: 'd-orphan', projectId: 'p-gone' };
    const extra = [
      { ...segmentFor(asele, QUOTES.underlag, ['lokal.results.natverk']), id: 's-no-doc', documentId: 'd-missing' },
      { ...segmentFor(orphanDocument, QUOTES.underlag, ['lokal.results.natverk']), id: 's-no-project', projectId: 'p-gone' },
      {
        ...segmentFor(asele, QUOTES.underlag, ['lokal.results.natverk']),
        id: 's-empty',
        quote: { type: 'TextQuoteSelector' as const, exact: ' \n ', prefix: '', suffix: '' },
      },
      segmentFor(asele, QUOTES.underlag, ['lokal.results.natverk'], { id: 's-other-eval', evaluationId: 'another' }),
      { ...segmentFor(asele, QUOTES.underlag, []), id: 's-unknown-code', codeIds: ['code:removed'] },
    ];
    const result = buildReportModel(input({ segments: [...segments(), ...extra], documents: [...documents, orphanDocument] }));
    expect(result.skippedSegments).toEqual([
      { segmentId: 's-no-doc', reason: 'unknownDocument' },
      { segmentId: 's-no-project', reason: 'unknownProject' },
      { segmentId: 's-empty', reason: 'emptyQuote' },
    ]);
    expect(category(result, 'lokal.results.natverk').quotes.map((q) => q.segmentId)).toEqual(['s-frukost']);
    expect(result.segmentCount).toBe(11);

    const foreignCodes = resultsMatrixCodes('another');
    expect(buildReportModel(input({ codes: foreignCodes })).cells).toEqual([]);
  });

  it('lists every cell as without evidence when nothing is coded', () => {
    const empty = buildReportModel(input({ segments: [] }));
    expect(empty.cells).toEqual([]);
    expect(empty.cellsWithoutEvidence).toHaveLength(6);
    expect(empty.segmentCount).toBe(0);
  });
});

describe('pageAtOffset', () => {
  const block = (start: number, end: number, page: string | null): Block => ({
    id: `${start}`,
    kind: 'paragraph',
    level: null,
    page,
    start,
    end,
  });
  const blocks = [block(50, 80, '3'), block(0, 20, '1'), block(22, 48, '2'), block(82, 90, null)];

  it('finds the block containing the start, whatever the order blocks were stored in', () => {
    expect(pageAtOffset(blocks, 0)).toBe('1');
    expect(pageAtOffset(blocks, 19)).toBe('1');
    expect(pageAtOffset(blocks, 22)).toBe('2');
    expect(pageAtOffset(blocks, 79)).toBe('3');
  });

  // The rule is now one for every citation: between blocks, the next block's page, wherever the passage ends
  // (it was null for a passage that ended before the next block).
  it('uses the next block when the offset is between blocks', () => {
    expect(pageAtOffset(blocks, 20)).toBe('2');
    expect(pageAtOffset(blocks, 48)).toBe('3');
    expect(pageAtOffset(blocks, 49)).toBe('3');
  });

  it('gives null for blocks without pages, outside all blocks and with no blocks', () => {
    expect(pageAtOffset(blocks, 85)).toBeNull();
    expect(pageAtOffset(blocks, 500)).toBeNull();
    expect(pageAtOffset([], 0)).toBeNull();
  });
});
