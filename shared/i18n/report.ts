import { namespace } from './catalog';

/** The short citation of a quote (quote lists, the heatmap's sheets) and the report's quotation marks (namespace `report`). */
export const report = namespace({
  sv: {
    citation: '{{project}}, {{documentType}}, {{date}}',
    citationNoDate: '{{project}}, {{documentType}}, odaterad',
    citationPage: 's. {{page}}',
    citationWithPage: '{{citation}}, {{page}}',
    quote: '”{{text}}”',
  },
  en: {
    citation: '{{project}}, {{documentType}}, {{date}}',
    citationNoDate: '{{project}}, {{documentType}}, undated',
    citationPage: 'p. {{page}}',
    citationWithPage: '{{citation}}, {{page}}',
    quote: '“{{text}}”',
  },
});
