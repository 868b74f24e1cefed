import { namespace } from '../catalog';

/** The fields of an evaluation's form (namespace `ui.evaluation`). */
export const evaluation = namespace({
  sv: {
    frameworks: 'Ramverk att koda mot',
    frameworksHint: 'Ramverken kopieras till utvärderingens egen kodbok, som du sedan kan ändra. Resultatmatrisen ingår alltid.',
    title: 'Titel',
    programme: 'Program',
    agency: 'Beställare',
    evaluators: 'Utvärderare',
    evaluatorsHint: 'Skilj flera namn med kommatecken.',
    period: 'Period',
    periodStart: 'Periodens start',
    periodEnd: 'Periodens slut',
    kind: 'Typ av utvärdering',
    kindInterim: 'Delutvärdering',
    kindFinal: 'Slututvärdering',
    reportLanguage: 'Rapportens språk',
  },
  en: {
    frameworks: 'Frameworks to code against',
    frameworksHint: 'The frameworks are copied into the evaluation’s own codebook, which you can then change. The results matrix is always included.',
    title: 'Title',
    programme: 'Programme',
    agency: 'Commissioning agency',
    evaluators: 'Evaluators',
    evaluatorsHint: 'Separate several names with commas.',
    period: 'Period',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    kind: 'Kind of evaluation',
    kindInterim: 'Interim evaluation',
    kindFinal: 'Final evaluation',
    reportLanguage: 'Report language',
  },
});
