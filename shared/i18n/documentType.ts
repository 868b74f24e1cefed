import { namespace } from './catalog';

/** The names of the document types (namespace `documentType`). */
export const documentType = namespace({
  sv: {
    ansokan: 'Ansökan',
    delrapport: 'Delrapport',
    slutrapport: 'Slutrapport',
    utvardering: 'Utvärdering',
    protokoll: 'Protokoll',
    enkatsammanstallning: 'Enkätsammanställning',
    ovrigt: 'Övrigt',
  },
  en: {
    ansokan: 'Application',
    delrapport: 'Interim report',
    slutrapport: 'Final report',
    utvardering: 'Evaluation',
    protokoll: 'Minutes',
    enkatsammanstallning: 'Survey summary',
    ovrigt: 'Other',
  },
});
