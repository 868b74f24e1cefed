import { namespace } from './catalog';

/**
 * Inter-coder agreement's words shared by the command line, the screen and the report (namespace
 * `agreement`): the units, the figures' names, and `sparbar agreement`'s lines.
 */
export const agreement = namespace({
  sv: {
    unit: { document: 'dokument', paragraph: 'stycke', character: 'tecken' },
    unitPlural: { document: 'dokument', paragraph: 'stycken', character: 'tecken' },
    code: 'Kod',
    overall: 'Alla koder',
    units: 'Enheter',
    disagreements: 'Oeniga',
    percent: 'Procent lika',
    kappa: 'Cohens kappa',
    alpha: 'Krippendorffs alfa',
    before: 'före',
    after: 'efter',
    cli: {
      heading: '{{file}}: samstämmighet mellan kodare',
      facts: 'Enhet: {{unit}}. Kodare: {{coders}}. Dokument som minst två kodat: {{documents}}.',
      open_one: '{{count}} oenighet återstår; avgjorda i den gemensamma kodningen: {{resolved}}.',
      open: '{{count}} oenigheter återstår; avgjorda i den gemensamma kodningen: {{resolved}}.',
      afterNote: 'Efter avgörandena (den gemensamma kodningens beslut för alla kodare): procent {{percent}}, kappa {{kappa}}, alfa {{alpha}}.',
      tooFewCoders: 'Samstämmighet kräver minst två kodare; filen har {{count}}.',
      noDocuments: 'Inget dokument är kodat av minst två av kodarna.',
      badUnit: 'Enheten måste vara document, paragraph eller character, inte {{value}}.',
    },
  },
  en: {
    unit: { document: 'document', paragraph: 'paragraph', character: 'character' },
    unitPlural: { document: 'documents', paragraph: 'paragraphs', character: 'characters' },
    code: 'Code',
    overall: 'All codes',
    units: 'Units',
    disagreements: 'Differing',
    percent: 'Per cent alike',
    kappa: "Cohen's kappa",
    alpha: "Krippendorff's alpha",
    before: 'before',
    after: 'after',
    cli: {
      heading: '{{file}}: inter-coder agreement',
      facts: 'Unit: {{unit}}. Coders: {{coders}}. Documents coded by at least two: {{documents}}.',
      open_one: '{{count}} disagreement is open; resolved in the shared coding: {{resolved}}.',
      open: '{{count}} disagreements are open; resolved in the shared coding: {{resolved}}.',
      afterNote: 'After resolution (the shared coding’s decisions for every coder): per cent {{percent}}, kappa {{kappa}}, alpha {{alpha}}.',
      tooFewCoders: 'Agreement needs at least two coders; the file has {{count}}.',
      noDocuments: 'No document is coded by at least two of the coders.',
      badUnit: 'The unit must be document, paragraph or character, not {{value}}.',
    },
  },
});
