import { namespace } from './catalog';

/** The levels of the results matrix (namespace `level`). */
export const level = namespace({
  sv: {
    lokal: 'Lokal nivå',
    regional: 'Regional nivå',
    nationell: 'Nationell nivå',
  },
  en: {
    lokal: 'Local level',
    regional: 'Regional level',
    nationell: 'National level',
  },
});
