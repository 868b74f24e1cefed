import { namespace } from './catalog';

/** The levels of the results matrix, short, for narrow places (namespace `levelShort`). */
export const levelShort = namespace({
  sv: {
    lokal: 'Lokal',
    regional: 'Regional',
    nationell: 'Nationell',
  },
  en: {
    lokal: 'Local',
    regional: 'Regional',
    nationell: 'National',
  },
});
