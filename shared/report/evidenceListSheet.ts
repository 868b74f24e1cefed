import { catalogFor, translate } from '../i18n';
import { buildEvidenceTable, type EvidenceRow } from './model/evidenceTable';
import { evidenceSheet, type Sheet } from './model/evidenceSheet';
import { quotePlan } from './model/quotePlan';
import { reportContext } from './model/reportContext';
import type { ReportInput } from './model/reportInput';

/**
 * The report's evidence list as a sheet for Excel or CSV: every quote the report uses, in the order and
 * with the number its footnotes and its appendix give it (the report's quote plan), each with the
 * evidence table's columns (codes, frameworks, project, document, type, date, page, strength, direction,
 * coder, linked judgements), the quote as the report sets it (anonymised when the report is) and its memo
 * only when the evaluator marked it for the report.
 */
export function evidenceListSheet(input: ReportInput): Sheet {
  const plan = quotePlan(reportContext(input));
  const table = buildEvidenceTable({
    projects: input.projects,
    documents: input.documents,
    codes: input.codes,
    segments: input.segments,
    datasets: input.datasets,
    rows: input.datasetRows,
    dataCodings: input.dataCodings,
    judgements: input.judgements,
    scales: input.ratingScales,
    language: input.language,
  });
  const byId = new Map(table.filter((row) => row.kind === 'segment').map((row) => [row.evidenceId, row]));
  const rows: { number: number; row: EvidenceRow }[] = plan.evidence.flatMap((quote) => {
    const row = byId.get(quote.segmentId);
    const number = plan.numbers.get(quote.segmentId);
    return row && number !== undefined ? [{ number, row: { ...row, text: quote.text, memo: quote.memo ?? '' } }] : [];
  });
  const sheet = evidenceSheet(
    rows.map((r) => r.row),
    input.language,
  );
  const name = translate(catalogFor(input.language), 'evidenceTable.column.number');
  return {
    name: translate(catalogFor(input.language), 'evidenceTable.listSheetName'),
    columns: [{ name, type: 'integer', width: 7, wrap: false }, ...sheet.columns],
    rows: sheet.rows.map((cells, i) => [rows[i]?.number ?? null, ...cells]),
  };
}
