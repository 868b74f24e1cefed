import { describe, expect, it } from 'vitest';
import { reportInputFromTables } from '../../../shared/report/model/reportInput';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { demoEvaluationSnapshot } from '../../support/evaluationFileFixtures';
import { sectionBlocks } from './demoReport';

describe('the report: names with bidirectional controls', () => {
  it('shows them visibly in the method section’s document table and in every citation, never raw', () => {
    const { tables } = demoEvaluationSnapshot();
    // Every document's title and file name carries a right-to-left override, as a name from the outside may.
    const documents = (tables.documents ?? []).map((d) => {
      const record = d as { title: string; fileName: string };
      return { ...record, title: `${record.title}\u202Excod.pdf`, fileName: `rapport\u202Excod.pdf` };
    });
    const datasets = (tables.datasets ?? []).map((d) => ({ ...(d as { name: string; fileName: string }), fileName: 'data\u2067.csv' }));
    const report = buildReportDocument(reportInputFromTables({ ...tables, documents, datasets }, 'sv', '2026-12-07'));
    const everything = JSON.stringify(report);
    expect(everything).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    const table = sectionBlocks(report, 'Metod och material').find((b) => b.kind === 'table' && b.caption === 'Dokument i materialet');
    const titles = table?.kind === 'table' ? table.rows.map((row) => row.map((cell) => cell.inlines.map((i) => ('text' in i ? i.text : '')).join('')).join(' | ')) : [];
    expect(titles.length).toBe(documents.length);
    for (const row of titles) expect(row).toContain('⟨U+202E⟩xcod.pdf');
    // The footnotes cite documents by title: the visible form is there too.
    expect(everything.match(/⟨U\+202E⟩xcod\.pdf/g)?.length ?? 0).toBeGreaterThan(documents.length);
  });
});
