import { namespace } from '../../catalog';

/** A quote in the list of a code (namespace `ui.codebookEditor.quote`). */
export const quote = namespace({
  sv: {
    page: 's. {{page}}',
    olderVersion: 'version {{version}}, ersatt',
    coder: 'Kodare: {{name}}',
    memo: 'Anteckning',
    otherCodes: 'Också kodat',
    codes: 'Koder',
    unknownProject: 'Okänt projekt',
    unknownDocument: 'Okänt dokument',
    noProject: 'Ej kopplad till projekt',
    programme: 'Programmet',
    twin: 'samma text som «{{title}}», räknas en gång',
    openInReader: 'Öppna i läsaren',
    strength: {
      strong: 'Starkt belägg',
      moderate: 'Måttligt belägg',
      weak: 'Svagt belägg',
    },
    direction: {
      promoting: 'Främjande',
      hindering: 'Hindrande',
    },
  },
  en: {
    page: 'p. {{page}}',
    olderVersion: 'version {{version}}, replaced',
    coder: 'Coder: {{name}}',
    memo: 'Note',
    otherCodes: 'Also coded',
    codes: 'Codes',
    unknownProject: 'Unknown project',
    unknownDocument: 'Unknown document',
    noProject: 'Not linked to a project',
    programme: 'The programme',
    twin: 'same text as “{{title}}”, counted once',
    openInReader: 'Open in the reader',
    strength: {
      strong: 'Strong evidence',
      moderate: 'Moderate evidence',
      weak: 'Weak evidence',
    },
    direction: {
      promoting: 'Promoting',
      hindering: 'Hindering',
    },
  },
});
