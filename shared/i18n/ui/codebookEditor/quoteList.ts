import { namespace } from '../../catalog';

/** The list of the quotes coded with a code (namespace `ui.codebookEditor.quoteList`). */
export const quoteList = namespace({
  sv: {
    back: 'Till kodboken',
    missing: 'Koden finns inte längre. Den kan ha tagits bort eller slagits ihop med en annan kod; loggen visar vad som hände.',
    openLog: 'Öppna loggen',
    summary: '{{quotes}} i {{projects}} och {{documents}}',
    projects_one: '{{count}} projekt',
    projects: '{{count}} projekt',
    documents_one: '{{count}} dokument',
    documents: '{{count}} dokument',
    empty: 'Inga citat är kodade med den här koden ännu. Markera text i läsaren och välj koden för att koda.',
    includeChildren: 'Ta med citat kodade med underkoderna',
    dataHeading: 'Kodad tabelldata',
    dataRow: '{{dataset}}, rad {{line}}',
    dataCell: '{{dataset}}, rad {{line}}, kolumnen {{column}}',
    yes: 'Ja',
    no: 'Nej',
  },
  en: {
    back: 'Back to the codebook',
    missing: 'The code no longer exists. It may have been deleted or merged into another code; the log shows what happened.',
    openLog: 'Open the log',
    summary: '{{quotes}} in {{projects}} and {{documents}}',
    projects_one: '{{count}} project',
    projects: '{{count}} projects',
    documents_one: '{{count}} document',
    documents: '{{count}} documents',
    empty: 'No quotes are coded with this code yet. Select text in the reader and choose the code to code it.',
    includeChildren: 'Include quotes coded with the child codes',
    dataHeading: 'Coded table data',
    dataRow: '{{dataset}}, row {{line}}',
    dataCell: '{{dataset}}, row {{line}}, column {{column}}',
    yes: 'Yes',
    no: 'No',
  },
});
