import { namespace } from '../catalog';

/** A project's page (namespace `ui.projectPage`). */
export const projectPage = namespace({
  sv: {
    back: '← Alla projekt',
    facts: 'Uppgifter',
    documents: 'Dokument ({{count}})',
    noDocuments: 'Inga dokument är importerade för projektet.',
    data: 'Data',
    noRows: 'Inga rader i utvärderingens dataset är kopplade till projektet.',
    rowCount: '(rader: {{count}})',
    rowsCaption: 'Projektets rader i {{name}}',
    moreRows: '… och {{count}} rader till. Öppna datasetet för att se alla.',
  },
  en: {
    back: '← All projects',
    facts: 'Facts',
    documents: 'Documents ({{count}})',
    noDocuments: 'No documents are imported for the project.',
    data: 'Data',
    noRows: 'No rows of the evaluation’s datasets are linked to the project.',
    rowCount: '(rows: {{count}})',
    rowsCaption: 'The project’s rows in {{name}}',
    moreRows: '… and {{count}} more rows. Open the dataset to see them all.',
  },
});
