import { namespace } from './catalog';

/** The columns of the results matrix (namespace `column`). */
export const column = namespace({
  sv: {
    results: 'Erfarenheter/Resultat',
    effects: 'Effekter',
  },
  en: {
    results: 'Experiences/Results',
    effects: 'Effects',
  },
});
