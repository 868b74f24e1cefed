import { namespace } from '../catalog';

/**
 * Counted phrases that longer strings put together (namespace `ui.counts`): "1 version", "3 versioner".
 * A string that holds several counts takes each as one of these, so every number agrees with its word.
 */
export const counts = namespace({
  sv: {
    projects_one: '{{count}} projekt',
    projects: '{{count}} projekt',
    documents_one: '{{count}} dokument',
    documents: '{{count}} dokument',
    versions_one: '{{count}} version',
    versions: '{{count}} versioner',
    codedQuotes_one: '{{count}} kodat citat',
    codedQuotes: '{{count}} kodade citat',
    rows_one: '{{count}} rad',
    rows: '{{count}} rader',
    codedRows_one: '{{count}} kodad rad',
    codedRows: '{{count}} kodade rader',
    columns_one: '{{count}} kolumn',
    columns: '{{count}} kolumner',
    findings_one: '{{count}} slutsats',
    findings: '{{count}} slutsatser',
    recommendations_one: '{{count}} rekommendation',
    recommendations: '{{count}} rekommendationer',
    seconds_one: '{{count}} sekund',
    seconds: '{{count}} sekunder',
  },
  en: {
    projects_one: '{{count}} project',
    projects: '{{count}} projects',
    documents_one: '{{count}} document',
    documents: '{{count}} documents',
    versions_one: '{{count}} version',
    versions: '{{count}} versions',
    codedQuotes_one: '{{count}} coded quote',
    codedQuotes: '{{count}} coded quotes',
    rows_one: '{{count}} row',
    rows: '{{count}} rows',
    codedRows_one: '{{count}} coded row',
    codedRows: '{{count}} coded rows',
    columns_one: '{{count}} column',
    columns: '{{count}} columns',
    findings_one: '{{count}} finding',
    findings: '{{count}} findings',
    recommendations_one: '{{count}} recommendation',
    recommendations: '{{count}} recommendations',
    seconds_one: '{{count}} second',
    seconds: '{{count}} seconds',
  },
});
