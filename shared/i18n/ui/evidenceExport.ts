import { namespace } from '../catalog';

/** Exporting the evidence table for Excel (namespace `ui.evidenceExport`). */
export const evidenceExport = namespace({
  sv: {
    button: 'Exportera citattabell',
    title: 'Exportera citattabell',
    lead: 'Varje kodat textavsnitt och varje kodad tabellrad eller cell, med koder, projekt, dokument, sida, styrka, riktning, kodare, anteckning och de bedömningar som bygger på det.',
    format: 'Format',
    xlsx: 'Excel (.xlsx)',
    csv: 'CSV för svenska Excel (semikolon)',
    submit: 'Exportera',
    filterXlsx: 'Excel-arbetsbok',
    filterCsv: 'CSV (semikolon)',
    fileName: 'Citattabell {{title}}',
    exported: 'Citattabellen är sparad som {{fileName}} ({{count}} rader).',
    exported_one: 'Citattabellen är sparad som {{fileName}} ({{count}} rad).',
  },
  en: {
    button: 'Export evidence table',
    title: 'Export evidence table',
    lead: 'Every coded text passage and every coded table row or cell, with its codes, project, document, page, strength, direction, coder, note and the judgements resting on it.',
    format: 'Format',
    xlsx: 'Excel (.xlsx)',
    csv: 'CSV for Swedish Excel (semicolon)',
    submit: 'Export',
    filterXlsx: 'Excel workbook',
    filterCsv: 'CSV (semicolon)',
    fileName: 'Evidence table {{title}}',
    exported: 'The evidence table was saved as {{fileName}} ({{count}} rows).',
    exported_one: 'The evidence table was saved as {{fileName}} ({{count}} row).',
  },
});
