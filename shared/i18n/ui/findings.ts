import { namespace } from '../catalog';

/** The findings screen: findings by report section and recommendations (namespace `ui.findings`). */
export const findings = namespace({
  sv: {
    nav: 'Slutsatser',
    section: {
      resultsNationell: 'Resultat på nationell nivå',
      resultsRegional: 'Resultat på regional nivå',
      resultsLokal: 'Resultat på lokal nivå',
      factors: 'Framgångs- och lärfaktorer',
      notReached: 'Det som inte uppnåddes',
    },
    noEvidence: 'Vilar inte på något belägg',
  },
  en: {
    nav: 'Findings',
    section: {
      resultsNationell: 'Results at national level',
      resultsRegional: 'Results at regional level',
      resultsLokal: 'Results at local level',
      factors: 'Success and learning factors',
      notReached: 'What was not reached',
    },
    noEvidence: 'Rests on no evidence',
  },
});
