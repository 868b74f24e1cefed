import { namespace } from './catalog';

/** The app's name (namespace `app`). */
export const app = namespace({
  sv: {
    name: 'Spårbar',
  },
  en: {
    name: 'Spårbar',
  },
});
