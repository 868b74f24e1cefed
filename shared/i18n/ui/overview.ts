import { namespace } from '../catalog';

/** An evaluation's overview (namespace `ui.overview`). */
export const overview = namespace({
  sv: {
    facts: 'Uppgifter om utvärderingen',
    edit: 'Redigera uppgifter',
    editTitle: 'Redigera utvärderingen',
    saved: 'Uppgifterna är sparade.',
    contents: 'Innehåll',
    projects: 'Projekt',
    documents: 'Dokument',
    segments: 'Kodade citat',
    nextSteps: 'Så här går arbetet till',
    step1: 'Lägg in programmets projekt i projektregistret.',
    step2: 'Importera projektens delrapporter och slutrapporter.',
    step3: 'Markera citat i rapporterna och koda dem mot resultatmatrisen.',
    step4: 'Se i resultatmatrisen vad som har belägg, och exportera rapporten till Word.',
    none: '–',
  },
  en: {
    facts: 'About the evaluation',
    edit: 'Edit details',
    editTitle: 'Edit the evaluation',
    saved: 'The details were saved.',
    contents: 'Contents',
    projects: 'Projects',
    documents: 'Documents',
    segments: 'Coded quotes',
    nextSteps: 'How the work goes',
    step1: 'Enter the programme’s projects in the project register.',
    step2: 'Import the projects’ interim and final reports.',
    step3: 'Select quotes in the reports and code them against the results matrix.',
    step4: 'See in the results matrix what has evidence, and export the report to Word.',
    none: '–',
  },
});
