import { namespace } from '../catalog';

/** The main navigation (namespace `ui.nav`). */
export const nav = namespace({
  sv: {
    codebook: 'Kodbok',
    audit: 'Logg',
    overview: 'Översikt',
    label: 'Huvudnavigering',
    evaluations: 'Utvärderingar',
    projects: 'Projekt',
    documents: 'Dokument',
    matrix: 'Resultatmatris',
    settings: 'Inställningar',
    about: 'Om Spårbar',
  },
  en: {
    audit: 'Log',
    codebook: 'Codebook',
    overview: 'Overview',
    label: 'Main navigation',
    evaluations: 'Evaluations',
    projects: 'Projects',
    documents: 'Documents',
    matrix: 'Results matrix',
    settings: 'Settings',
    about: 'About Spårbar',
  },
});
