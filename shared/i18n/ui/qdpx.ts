import { namespace } from '../catalog';

/** Exporting an evaluation as a REFI-QDA project, .qdpx (namespace `ui.qdpx`). */
export const qdpx = namespace({
  sv: {
    export: 'Exportera som REFI-QDA-projekt (.qdpx)…',
    title: 'Exportera som REFI-QDA-projekt',
    lead: 'Ett REFI-QDA-projekt öppnas i NVivo, MAXQDA, ATLAS.ti och QualCoder.',
    goes: 'Med i filen: dokumenten (text, och originalfilen för PDF), de kodade citaten med kodare och memon, kodboken, och projekten som fall med uppgifterna ur projektregistret.',
    stays: 'Inte med: bedömningar, slutsatser, rekommendationer och dataset. REFI-QDA har ingen plats för dem; spara en utvärderingsfil för att få med allt.',
    submit: 'Exportera…',
    exporting: 'Skriver projektet…',
    progress: 'Förlopp',
    fileTypes: 'REFI-QDA-projekt',
    exported: 'Utvärderingen är exporterad som {{name}}.',
    failed: 'Projektet kunde inte skrivas ({{detail}}). Inget har sparats.',
    /** The name of a passage's memo as a note in the project. */
    noteName: 'Memo: {{quote}}',
  },
  en: {
    export: 'Export as REFI-QDA project (.qdpx)…',
    title: 'Export as REFI-QDA project',
    lead: 'A REFI-QDA project opens in NVivo, MAXQDA, ATLAS.ti and QualCoder.',
    goes: 'In the file: the documents (their text, and the original file of a PDF), the coded quotes with their coders and memos, the codebook, and the projects as cases with the fields of the project register.',
    stays: 'Not in it: judgements, findings, recommendations and datasets. REFI-QDA has no place for them; save an evaluation file to keep everything.',
    submit: 'Export…',
    exporting: 'Writing the project…',
    progress: 'Progress',
    fileTypes: 'REFI-QDA project',
    exported: 'The evaluation was exported as {{name}}.',
    failed: 'The project could not be written ({{detail}}). Nothing was saved.',
    noteName: 'Memo: {{quote}}',
  },
});
