import { namespace } from '../catalog';

/** The names of the languages of the UI (namespace `ui.language`). */
export const language = namespace({
  sv: {
    sv: 'Svenska',
    en: 'English',
  },
  en: {
    sv: 'Svenska',
    en: 'English',
  },
});
