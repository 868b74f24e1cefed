import type { Code } from '../domain/code';
import type { SourceDocument } from '../domain/document';
import type { Evaluation } from '../domain/evaluation';
import type { Project } from '../domain/project';
import type { Segment } from '../domain/segment';
import { defaultReportSettings, type ReportSettings } from '../domain/reportSettings';
import { codesFromFramework } from '../coding/copyFramework';
import type { Framework } from '../domain/framework';
import { importText } from '../ingest/documents/text/importText';
import { selectorsFor } from '../text/selectors';
import { wordCount } from '../text/wordCount';
import { documentFingerprint, sketchOf } from '../text/textSimilarity';
import { PROGRAMME_DOCUMENT, type DemoManifest } from './demoManifest';
import { passageProjectIn } from '../coding/passageProject';
import { buildDemoJudgements, type DemoJudgementRecords } from './buildDemoJudgements';

export interface DemoFile {
  bytes: Uint8Array;
  sha256: string;
}

export interface DemoRecords extends DemoJudgementRecords {
  evaluation: Evaluation;
  projects: Project[];
  documents: SourceDocument[];
  codes: Code[];
  segments: Segment[];
  reportSettings: ReportSettings;
}

/** The demo's report settings: the defaults with the manifest's texts and people; a factor text names a framework of the demo. */
function demoReportSettings(manifest: DemoManifest, frameworks: Framework[], evaluationId: string, now: string): ReportSettings {
  for (const key of Object.keys(manifest.report.texts)) {
    const frameworkId = key.startsWith('factors.') ? key.slice('factors.'.length) : null;
    if (frameworkId !== null && !frameworks.some((f) => f.id === frameworkId)) throw new Error(`demo: report text ${key} names no framework of the demo`);
  }
  return { ...defaultReportSettings(evaluationId, now), texts: { ...manifest.report.texts }, people: manifest.report.people.map((p) => ({ ...p })) };
}

/**
 * Builds every record of the demo evaluation from its manifest and files: the projects, documents, codes
 * and coded passages (with their report marks), then the judgements, findings and recommendations on them
 * (buildDemoJudgements.ts), and the report's settings.
 * Pure: ids and the time are passed in. Throws when the manifest and the files disagree (a missing file,
 * a quote not in its file) or the judgements name what is not there.
 */
export function buildDemo(manifest: DemoManifest, files: ReadonlyMap<string, DemoFile>, frameworks: Framework[], newId: () => string, now: string): DemoRecords {
  const evaluation: Evaluation = { ...manifest.evaluation, id: newId(), createdAt: now, updatedAt: now, lastOpenedAt: null };
  const projectIds = new Map<string, string>();
  const projects: Project[] = manifest.projects.map(({ key, ...input }) => {
    const project: Project = { ...input, id: newId(), evaluationId: evaluation.id, createdAt: now, updatedAt: now };
    projectIds.set(key, project.id);
    return project;
  });
  const documentsByFile = new Map<string, SourceDocument>();
  const documents = manifest.documents.map((entry) => {
    const file = files.get(entry.file);
    const projectId = entry.project === PROGRAMME_DOCUMENT ? null : projectIds.get(entry.project);
    if (!file) throw new Error(`demo: file ${entry.file} missing`);
    if (projectId === undefined) throw new Error(`demo: project ${entry.project} missing`);
    const model = importText(file.bytes, { fileName: entry.file });
    const id = newId();
    const document: SourceDocument = {
      id,
      evaluationId: evaluation.id,
      projectId,
      type: entry.type,
      date: entry.date,
      title: entry.title,
      authorOrganisation: '',
      fileName: entry.file,
      mimeType: 'text/plain',
      format: 'txt',
      size: file.bytes.byteLength,
      sha256: file.sha256,
      pageCount: model.pageCount,
      wordCount: wordCount(model.text),
      text: model.text,
      blocks: model.blocks,
      warnings: [],
      importedAt: now,
      versionGroupId: id,
      version: 1,
      supersededBy: null,
      duplicateOf: null,
      duplicateSimilarity: null,
      sketch: sketchOf(documentFingerprint(model)),
    };
    documentsByFile.set(entry.file, document);
    return document;
  });
  const codes = frameworks.flatMap((framework) => codesFromFramework(framework, evaluation.id, newId, now));
  const codeIdByFrameworkId = new Map(codes.map((code) => [code.frameworkCodeId, code.id]));
  const segmentIds = new Map<string, string>();
  const segments: Segment[] = manifest.codings.map((coding) => {
    const document = documentsByFile.get(coding.file);
    if (!document) throw new Error(`demo: coding refers to unknown file ${coding.file}`);
    const quoteText = coding.quote.normalize('NFC');
    const start = document.text.indexOf(quoteText);
    if (start < 0) throw new Error(`demo: quote not found in ${coding.file}: ${coding.quote.slice(0, 40)}`);
    const codeIds = coding.codes.map((id) => {
      const codeId = codeIdByFrameworkId.get(id);
      if (!codeId) throw new Error(`demo: unknown code ${id}`);
      return codeId;
    });
    const { position, quote } = selectorsFor(document.text, start, start + quoteText.length);
    const projectId = passageProjectOf(coding, document);
    const id = newId();
    if (coding.key !== null) {
      if (segmentIds.has(coding.key)) throw new Error(`demo: coding key ${coding.key} twice`);
      segmentIds.set(coding.key, id);
    }
    return { id, evaluationId: evaluation.id, documentId: document.id, projectId, position, quote, codeIds,
      memo: coding.memo,
      strength: coding.strength,
      direction: coding.direction,
      coder: coding.coder ?? evaluation.evaluators[0] ?? '',
      ...(coding.inReport === true ? { inReport: true } : {}),
      ...(coding.memoInReport === true && coding.memo.trim() !== '' ? { memoInReport: true } : {}),
      createdAt: now,
      updatedAt: now,
    };
  });
  /** A passage's project: its document's, or in a programme document the one the coding names (none: the programme). */
  function passageProjectOf(coding: DemoManifest['codings'][number], document: SourceDocument): string | null {
    if (coding.project === null) return document.projectId;
    if (document.projectId !== null) throw new Error(`demo: a coding in ${coding.file} names a project, but only a programme document's passages do`);
    const id = projectIds.get(coding.project);
    if (!id) throw new Error(`demo: coding names unknown project ${coding.project}`);
    return passageProjectIn(document.projectId, id);
  }
  const judged = buildDemoJudgements(manifest, { evaluation, projectIds, codes, segmentIds, newId, now });
  const reportSettings = demoReportSettings(manifest, frameworks, evaluation.id, now);
  return { evaluation, projects, documents, codes, segments, ...judged, reportSettings };
}
