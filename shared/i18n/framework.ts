import { namespace } from './catalog';

/** The names of the frameworks a codebook codes against (namespace `framework`). */
export const framework = namespace({
  sv: {
    'results-matrix': 'Resultatmatris',
    'learning-factors': 'Faktorer som främjar lärande',
    'success-factors': 'Framgångsfaktorer',
    'lnu-conditions': 'Förutsättningar för samverkan (LNU)',
    'multi-level-governance': 'Flernivåstyre',
    own: 'Egna koder',
  },
  en: {
    'results-matrix': 'Results matrix',
    'learning-factors': 'Factors that promote learning',
    'success-factors': 'Success factors',
    'lnu-conditions': 'Conditions for cooperation (LNU)',
    'multi-level-governance': 'Multi-level governance',
    own: 'Own codes',
  },
});
