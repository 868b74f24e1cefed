import { namespace } from '../catalog';

/** What the window shows when a view fails to render (namespace `ui.renderError`). */
export const renderError = namespace({
  sv: {
    title: 'Något gick fel i fönstret',
    body: 'Ett fel uppstod när vyn skulle visas. Dina sparade data påverkas inte. Läs in igen för att fortsätta.',
    reload: 'Läs in igen',
  },
  en: {
    title: 'Something went wrong in the window',
    body: 'An error occurred while showing the view. Your saved data is not affected. Reload to continue.',
    reload: 'Reload',
  },
});
