import { namespace } from '../catalog';

/** The results matrix screen (namespace `ui.matrix`). */
export const matrix = namespace({
  sv: {
    heading: 'Resultatmatris',
    lead: 'Antal kodade citat per nivå och kategori. Stämde kartan med verkligheten? Tomma celler visar vad som saknar belägg.',
    caption: 'Resultatmatris: antal kodade citat per cell',
    level: 'Nivå',
    total: 'Kodade citat i matrisen: {{count}}',
    cellLabel: '{{cell}}: {{count}} kodade citat',
    countLabel: '{{count}} citat',
    export: 'Exportera rapport (Word)',
    exported: 'Rapporten är sparad som {{fileName}}.',
  },
  en: {
    heading: 'Results matrix',
    lead: 'Coded quotes per level and category. Did the map match reality? Empty cells show what lacks evidence.',
    caption: 'Results matrix: coded quotes per cell',
    level: 'Level',
    total: 'Coded quotes in the matrix: {{count}}',
    cellLabel: '{{cell}}: {{count}} coded quotes',
    countLabel: '{{count}} quotes',
    export: 'Export report (Word)',
    exported: 'The report was saved as {{fileName}}.',
  },
});
