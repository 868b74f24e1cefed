import type { Code } from '../../domain/code';
import type { SourceDocument } from '../../domain/document';
import type { Evaluation } from '../../domain/evaluation';
import { emptyProjectInput, type Project } from '../../domain/project';
import type { Segment } from '../../domain/segment';
import { defaultScales } from '../../domain/ratingScales';
import { defaultReportSettings } from '../../domain/reportSettings';
import { planCodebookImport } from '../../coding/importPlan';
import type { ImportedCode } from '../../coding/importedCode';
import { LATEST_VERSION } from '../../migrations';
import { documentFingerprint, sketchOf } from '../../text/textSimilarity';
import { wordCount } from '../../text/wordCount';
import { isoDateOfTimestamp } from '../../formats/xml/timestampDate';
import { storedRecords, type EvaluationSnapshot } from '../evaluationFile/evaluationSnapshot';
import type { LossTally } from './refiLossTally';
import type { QdpxCounts } from './refiImportTypes';
import type { ProjectModel, RawTextSource } from './refiProjectModel';
import { passagesOf } from './refiPassages';
import { caseFieldReader } from './refiCaseFields';
import type { SourceText } from './refiSourceText';

/** A source whose text was found: its text and the bytes kept as the document's original. */
export interface FoundSource {
  source: RawTextSource;
  text: SourceText;
  fileName: string;
  bytes: Uint8Array;
}

export interface SnapshotInput {
  model: ProjectModel;
  codes: readonly ImportedCode[];
  sources: readonly FoundSource[];
  tally: LossTally;
  sha256: (bytes: Uint8Array) => Promise<string>;
  newId: () => string;
  now: string;
  untitledTitle: string;
}

/**
 * The new evaluation a project becomes: fresh ids throughout; the project's name as title and its users
 * as evaluators; the codebook as planCodebookImport makes codes of a file (hierarchy, colours, and
 * Spårbar's own fields when Spårbar wrote it); each case a project with the variables' values as its
 * register fields; each source with text a document of its case's project (the first case naming it);
 * each selection its passages (refiPassages.ts); default rating scales and report settings.
 */
export async function projectSnapshot(input: SnapshotInput): Promise<{ snapshot: EvaluationSnapshot; counts: QdpxCounts }> {
  const { model, tally, newId, now } = input;
  const evaluationId = newId();
  const coders = [...new Set([...model.users.values()].map((name) => name.trim()).filter((name) => name !== ''))];
  const evaluation: Evaluation = {
    id: evaluationId,
    title: model.name.trim() || input.untitledTitle,
    programme: '',
    agency: '',
    evaluators: coders,
    periodStart: null,
    periodEnd: null,
    kind: 'interim',
    reportLanguage: 'sv',
    createdAt: now,
    updatedAt: now,
    lastOpenedAt: null,
  };
  if (model.description.trim() !== '') tally.lose('projectDescription');

  const plan = planCodebookImport([], input.codes, evaluationId, newId, now);
  const codes: Code[] = plan.add;
  const codeIdOf = new Map(input.codes.map((code, i) => [code.guid, (codes[i] as Code).id]));

  const fieldsOfCase = caseFieldReader(model.variables);
  const usedVariables = new Set<string>();
  const projectOfSource = new Map<string, string>();
  const projectOfSelection = new Map<string, string>();
  const projects: Project[] = model.cases.map((theCase, i) => {
    const id = newId();
    if (theCase.description.trim() !== '') tally.lose('caseDescriptions', theCase.name);
    for (const guid of theCase.sourceGuids) {
      if (!projectOfSource.has(guid)) projectOfSource.set(guid, id);
      else if (projectOfSource.get(guid) !== id) tally.notice('sourcesOfSeveralCases', theCase.name);
    }
    for (const guid of theCase.selectionGuids) if (!projectOfSelection.has(guid)) projectOfSelection.set(guid, id);
    const { fields, attributes, used } = fieldsOfCase(theCase);
    for (const guid of used) usedVariables.add(guid);
    return { ...emptyProjectInput(), ...fields, id, evaluationId, name: theCase.name.trim() || `${input.untitledTitle} ${i + 1}`, attributes, createdAt: now, updatedAt: now };
  });
  tally.lose('variablesUnused', null, model.variables.filter((variable) => !usedVariables.has(variable.guid)).length);

  const documents: SourceDocument[] = [];
  const originals: { documentId: string; evaluationId: string; bytes: Uint8Array }[] = [];
  const segments: Segment[] = [];
  const usedNotes = new Set<string>();
  const counts: QdpxCounts = { sources: 0, codes: codes.length, passages: 0, selections: 0, codings: 0, cases: projects.length, variables: usedVariables.size, coders: 0, memos: 0 };
  for (const found of input.sources) {
    const id = newId();
    const projectId = projectOfSource.get(found.source.guid) ?? null;
    const { text, blocks } = found.text;
    if (found.source.kind === 'pdf') tally.notice('pdfAsText', found.source.name);
    documents.push({
      id,
      evaluationId,
      projectId,
      type: 'ovrigt',
      date: isoDateOfTimestamp(found.source.created ?? undefined),
      title: found.source.name.trim() || found.fileName,
      authorOrganisation: '',
      fileName: found.fileName,
      mimeType: 'text/plain',
      format: 'txt',
      size: found.bytes.byteLength,
      sha256: await input.sha256(found.bytes),
      pageCount: null,
      wordCount: wordCount(text),
      text,
      blocks,
      warnings: [],
      importedAt: now,
      versionGroupId: id,
      version: 1,
      supersededBy: null,
      duplicateOf: null,
      duplicateSimilarity: null,
      sketch: sketchOf(documentFingerprint({ text, blocks })),
    });
    originals.push({ documentId: id, evaluationId, bytes: found.bytes });
    const made = passagesOf(found.source, found.text, { evaluationId, documentId: id, projectId, projectOfSelection, codeIdOf, users: model.users, notes: model.notes, usedNotes, tally, newId, now });
    segments.push(...made.segments);
    counts.sources++;
    counts.selections += made.selections;
    counts.codings += made.codings;
    counts.memos += made.memos;
  }
  counts.passages = segments.length;
  counts.coders = new Set(segments.map((segment) => segment.coder).filter((coder) => coder !== '')).size;
  for (const [guid, note] of model.notes) if (!usedNotes.has(guid)) tally.lose('projectNotes', note.name);

  const tables = {
    evaluations: storedRecords([evaluation]),
    projects: storedRecords(projects),
    documents: storedRecords(documents.map(({ text: _text, blocks: _blocks, ...record }) => record)),
    documentTexts: storedRecords(documents.map((d) => ({ documentId: d.id, evaluationId, text: d.text, blocks: d.blocks }))),
    originals: storedRecords(originals),
    codes: storedRecords(codes),
    segments: storedRecords(segments),
    ratingScales: storedRecords(defaultScales(evaluationId)),
    reportSettings: storedRecords([defaultReportSettings(evaluationId, now)]),
  };
  return { snapshot: { version: LATEST_VERSION, tables }, counts };
}
