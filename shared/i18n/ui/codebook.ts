import { namespace } from '../catalog';

/** The codebook screen (namespace `ui.codebook`). */
export const codebook = namespace({
  sv: {
    heading: 'Kodbok',
    lead: 'Utvärderingens egen kodbok: ramverken den kodar mot, med definitioner, vad som ska och inte ska kodas, och exempel.',
    definition: 'Definition',
    inclusion: 'Koda här',
    exclusion: 'Koda inte här',
    example: 'Exempel',
  },
  en: {
    heading: 'Codebook',
    lead: 'The evaluation’s own codebook: the frameworks it codes against, with definitions, what to code and what not to, and examples.',
    definition: 'Definition',
    inclusion: 'Code here',
    exclusion: 'Do not code here',
    example: 'Example',
  },
});
