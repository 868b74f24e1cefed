import { namespace } from '../catalog';

/** The About dialog (namespace `ui.about`). */
export const about = namespace({
  sv: {
    title: 'Om Spårbar',
    body: 'Spårbar hjälper externa utvärderare av lokala och regionala tillväxtprogram: koda projektens rapporter mot programmets resultatmatris och lämna en rapport där varje slutsats går att spåra till ett citat, ett projekt och ett dokument.',
    desktop: 'Skrivbordsversion. Ingenting skickas över nätverket.',
    web: 'Webbläge: appen körs lokalt på 127.0.0.1. Ingenting skickas över nätverket.',
  },
  en: {
    title: 'About Spårbar',
    body: 'Spårbar helps external evaluators of local and regional growth programmes: code the projects’ reports against the programme’s results matrix and deliver a report in which every finding traces back to a quote, a project and a document.',
    desktop: 'Desktop version. Nothing is sent over the network.',
    web: 'Web mode: the app runs locally on 127.0.0.1. Nothing is sent over the network.',
  },
});
