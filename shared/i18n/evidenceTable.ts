import { namespace } from './catalog';

/**
 * The words of the evidence table as exported (namespace `evidenceTable`): its column headers, the kinds
 * of evidence, and what stands where a record is missing. Strength and direction use the quote list's
 * words (`ui.codebookEditor.quote`), so the file says what the screens say.
 */
export const evidenceTable = namespace({
  sv: {
    sheetName: 'Citattabell',
    column: {
      kind: 'Typ',
      quote: 'Citat',
      codes: 'Koder',
      frameworks: 'Ramverk',
      project: 'Projekt',
      projectCode: 'Projektkod',
      document: 'Dokument',
      documentType: 'Dokumenttyp',
      documentDate: 'Dokumentdatum',
      page: 'Sida',
      line: 'Rad i filen',
      column: 'Kolumn',
      strength: 'Styrka',
      direction: 'Riktning',
      coder: 'Kodare',
      memo: 'Anteckning',
      createdAt: 'Skapad',
      updatedAt: 'Ändrad',
    },
    kind: {
      segment: 'Textavsnitt',
      row: 'Tabellrad',
      cell: 'Tabellcell',
    },
    dataset: 'Tabell',
    unknownProject: 'Okänt projekt',
    noProject: 'Ej kopplad till projekt',
    unknownDocument: 'Okänt dokument',
    unknownRow: 'Raden finns inte längre',
    yes: 'ja',
    no: 'nej',
  },
  en: {
    sheetName: 'Evidence table',
    column: {
      kind: 'Kind',
      quote: 'Quote',
      codes: 'Codes',
      frameworks: 'Frameworks',
      project: 'Project',
      projectCode: 'Project code',
      document: 'Document',
      documentType: 'Document type',
      documentDate: 'Document date',
      page: 'Page',
      line: 'Line in the file',
      column: 'Column',
      strength: 'Strength',
      direction: 'Direction',
      coder: 'Coder',
      memo: 'Note',
      createdAt: 'Created',
      updatedAt: 'Updated',
    },
    kind: {
      segment: 'Text passage',
      row: 'Table row',
      cell: 'Table cell',
    },
    dataset: 'Table',
    unknownProject: 'Unknown project',
    noProject: 'Not linked to a project',
    unknownDocument: 'Unknown document',
    unknownRow: 'The row no longer exists',
    yes: 'yes',
    no: 'no',
  },
});
