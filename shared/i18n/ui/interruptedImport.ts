import { namespace } from '../catalog';

/** After a reload: the files of an import that stopped before they were stored (namespace `ui.interruptedImport`). */
export const interruptedImport = namespace({
  sv: {
    heading: 'En import avbröts',
    body_one: 'Fönstret stängdes eller laddades om medan dokument importerades till ”{{evaluation}}”. Den här filen sparades inte: {{files}}.',
    body: 'Fönstret stängdes eller laddades om medan dokument importerades till ”{{evaluation}}”. De här {{count}} filerna sparades inte: {{files}}.',
    kept: 'Dokumenten som hann sparas är hela och finns under Dokument.',
    whatToDo_one: 'Importera filen igen under Dokument.',
    whatToDo: 'Importera filerna igen under Dokument.',
    goToDocuments: 'Gå till Dokument',
    dismiss: 'Jag förstår',
    unknownEvaluation: 'en utvärdering som inte längre finns',
  },
  en: {
    heading: 'An import was interrupted',
    body_one: 'The window was closed or reloaded while documents were being imported into “{{evaluation}}”. This file was not stored: {{files}}.',
    body: 'The window was closed or reloaded while documents were being imported into “{{evaluation}}”. These {{count}} files were not stored: {{files}}.',
    kept: 'The documents stored before that are whole and are under Documents.',
    whatToDo_one: 'Import the file again under Documents.',
    whatToDo: 'Import the files again under Documents.',
    goToDocuments: 'Go to Documents',
    dismiss: 'I understand',
    unknownEvaluation: 'an evaluation that no longer exists',
  },
});
