import { namespace } from './catalog';

/** `sparbar convert`'s words (namespace `cliConvert`): an evaluation file to a REFI-QDA project and back. */
export const cliConvert = namespace({
  sv: {
    written: 'Skrev {{path}}: {{title}} som REFI-QDA-projekt ({{documents}}, {{passages}}, {{codes}}, {{cases}}; {{size}} byte).',
    documents_one: '{{count}} dokument',
    documents: '{{count}} dokument',
    passages_one: '{{count}} kodat citat',
    passages: '{{count}} kodade citat',
    codes_one: '{{count}} kod',
    codes: '{{count}} koder',
    cases_one: '{{count}} projekt som fall',
    cases: '{{count}} projekt som fall',
    leftOut: 'Inte med, eftersom REFI-QDA saknar plats för dem: bedömningar, slutsatser, rekommendationer och dataset.',
    direction: 'sparbar convert gör en utvärderingsfil (FIL.sparbar) till ett REFI-QDA-projekt (--out FIL.qdpx), eller ett REFI-QDA-projekt (FIL.qdpx) till en utvärderingsfil (--out FIL.sparbar).',
  },
  en: {
    written: 'Wrote {{path}}: {{title}} as a REFI-QDA project ({{documents}}, {{passages}}, {{codes}}, {{cases}}; {{size}} bytes).',
    documents_one: '{{count}} document',
    documents: '{{count}} documents',
    passages_one: '{{count}} coded quote',
    passages: '{{count}} coded quotes',
    codes_one: '{{count}} code',
    codes: '{{count}} codes',
    cases_one: '{{count}} project as a case',
    cases: '{{count}} projects as cases',
    leftOut: 'Not in it, as REFI-QDA has no place for them: judgements, findings, recommendations and datasets.',
    direction: 'sparbar convert turns an evaluation file (FILE.sparbar) into a REFI-QDA project (--out FILE.qdpx), or a REFI-QDA project (FILE.qdpx) into an evaluation file (--out FILE.sparbar).',
  },
});
