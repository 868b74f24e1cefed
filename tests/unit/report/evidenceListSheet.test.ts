import { describe, expect, it } from 'vitest';
import { evidenceListSheet } from '../../../shared/report/evidenceListSheet';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { reportInputFromTables } from '../../../shared/report/model/reportInput';
import { demoEvaluationSnapshot } from '../../support/evaluationFileFixtures';

const snapshot = demoEvaluationSnapshot();
const input = (language: 'sv' | 'en') => reportInputFromTables(snapshot.tables, language, '2026-12-07');

describe('evidenceListSheet', () => {
  it('lists every quote of the report once, numbered 1..n in the numbers its footnotes give', () => {
    const sheet = evidenceListSheet(input('sv'));
    expect(sheet.name).toBe('Bevislista');
    expect(sheet.columns[0]).toMatchObject({ name: 'Nr', type: 'integer' });
    expect(sheet.columns[1]?.name).toBe('Typ');
    const numbers = sheet.rows.map((row) => row[0]);
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // The report's quote blocks carry the same numbers, each quoting the text the list has under it.
    const quoteColumn = sheet.columns.findIndex((c) => c.name === 'Citat');
    const textOf = new Map(sheet.rows.map((row) => [row[0], row[quoteColumn]]));
    const quotes = buildReportDocument(input('sv')).blocks.flatMap((b) => (b.kind === 'quote' ? [b] : []));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(textOf.get(quote.evidenceNumber)).toBe(quote.text);
  });

  it('is worded in the report language', () => {
    const sheet = evidenceListSheet(input('en'));
    expect(sheet.name).toBe('Evidence list');
    expect(sheet.columns.slice(0, 3).map((c) => c.name)).toEqual(['No.', 'Kind', 'Quote']);
  });
});
