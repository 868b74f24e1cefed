import { namespace } from './catalog';

/**
 * The words of the exported heatmap (namespace `heatmapTable`): the grid of criteria × projects and the
 * long list of judgements, their column headers and how a cell is worded. Ratings are the scale's own
 * labels; confidences use the judgement editor's words (`ui.judgements.confidenceLevel`).
 */
export const heatmapTable = namespace({
  sv: {
    gridSheet: 'Bedömningar per projekt',
    longSheet: 'Bedömningar',
    programme: 'Programmet',
    unrated: 'Ej bedömd',
    confidencePart: 'säkerhet {{confidence}}',
    evidencePart: '{{count}} belägg',
    evidencePart_one: '{{count}} belägg',
    noEvidence: 'inget belägg',
    column: {
      framework: 'Ramverk',
      criterion: 'Kriterium',
      subject: 'Bedöms',
      projectCode: 'Projektkod',
      rating: 'Betyg',
      confidence: 'Säkerhet',
      justification: 'Motivering',
      evidenceCount: 'Antal belägg',
      passageCount: 'Kopplade citat',
      rowCount: 'Kopplade tabellrader',
      passages: 'Citat med källa',
      coder: 'Bedömare',
      createdAt: 'Skapad',
      updatedAt: 'Ändrad',
    },
    citation: '”{{quote}}” ({{citation}})',
    unknownPassage: 'Citatet finns inte längre',
    tableRow: 'Tabellrad {{line}} i {{dataset}}',
  },
  en: {
    gridSheet: 'Judgements by project',
    longSheet: 'Judgements',
    programme: 'The programme',
    unrated: 'Not judged',
    confidencePart: 'confidence {{confidence}}',
    evidencePart: '{{count}} evidence',
    evidencePart_one: '{{count}} piece of evidence',
    noEvidence: 'no evidence',
    column: {
      framework: 'Framework',
      criterion: 'Criterion',
      subject: 'Judged',
      projectCode: 'Project code',
      rating: 'Rating',
      confidence: 'Confidence',
      justification: 'Justification',
      evidenceCount: 'Evidence',
      passageCount: 'Linked quotes',
      rowCount: 'Linked table rows',
      passages: 'Quotes with source',
      coder: 'Judged by',
      createdAt: 'Created',
      updatedAt: 'Updated',
    },
    citation: '“{{quote}}” ({{citation}})',
    unknownPassage: 'The quote no longer exists',
    tableRow: 'Table row {{line}} in {{dataset}}',
  },
});
