import type { Code } from '../../domain/code';
import type { DocumentRecord } from '../../domain/document';
import type { Evaluation } from '../../domain/evaluation';
import type { Project } from '../../domain/project';
import type { Segment } from '../../domain/segment';
import { qdcCodeElements } from './qdcCodeElements';
import type { QdcLanguage } from './qdcDescription';
import { PROJECT_NAMESPACE } from './qdcTypes';
import { casesXml, qdpxVariables, variablesXml } from './qdpxCases';
import type { QdpxGuids } from './qdpxGuids';
import { notesXml } from './qdpxNotes';
import type { QdpxRefs } from './qdpxSelections';
import { sourcesXml } from './qdpxSources';
import { qdpxUsers, usersXml } from './qdpxUsers';
import { xmlAttributes, xsdDateTime } from './qdpxXml';

/** What a project.qde is written from: one evaluation's records, typed (latest schema). */
export interface ProjectQdeInput {
  evaluation: Evaluation;
  projects: readonly Project[];
  documents: readonly DocumentRecord[];
  texts: ReadonlyMap<string, string>;
  originals: ReadonlyMap<string, Uint8Array>;
  codes: readonly Code[];
  segments: readonly Segment[];
}

export interface ProjectQdeOptions {
  language: QdcLanguage;
  origin: string;
  /** When it is written (ISO timestamp): the project's modifiedDateTime. */
  now: string;
  guids: QdpxGuids;
}

const SCHEMA_LOCATION = `${PROJECT_NAMESPACE} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd`;

/**
 * The project.qde of an evaluation (REFI-QDA Project, QDA-XML 1.0, valid against Project-mrt2019.xsd) and
 * the files of its sources/ folder: the users (coders and evaluators), the codebook (as in a .qdc), the
 * projects' register fields as variables, the projects as cases, the documents as sources with their
 * passages as selections and codings, and the passages' memos as notes. Judgements, findings,
 * recommendations and datasets have no place in REFI-QDA and are not written.
 */
export function projectQde(input: ProjectQdeInput, options: ProjectQdeOptions): { xml: string; files: Map<string, Uint8Array> } {
  const { guids, language } = options;
  const documentIds = new Set(input.documents.map((d) => d.id));
  // A passage is written when its document is and its offsets are numbers (a file's records are checked; this guards the rest).
  const segments = input.segments.filter((s) => documentIds.has(s.documentId) && Number.isFinite(s.position?.start) && Number.isFinite(s.position?.end));
  const users = qdpxUsers([...segments.map((s) => s.coder), ...input.evaluation.evaluators], guids);
  const userGuids = new Map(users.map((user) => [user.name, user.guid]));
  const { lines: codeLines, guids: codeGuidsByCode } = qdcCodeElements(input.codes, { language, newGuid: (code, attempt) => (attempt === 0 ? guids.derived('code', code.id) : guids.derived('code', code.id, String(attempt))) }, 3);
  const codeGuids = new Map<string, string>();
  for (const [code, guid] of codeGuidsByCode) if (!codeGuids.has(code.id)) codeGuids.set(code.id, guid);
  const refs: QdpxRefs = { guids, codeGuids, userGuid: (name) => userGuids.get(name.trim()) ?? null };

  const byDocument = new Map<string, Segment[]>();
  for (const segment of segments) {
    const list = byDocument.get(segment.documentId);
    if (list) list.push(segment);
    else byDocument.set(segment.documentId, [segment]);
  }
  const sources = sourcesXml({ documents: input.documents, texts: input.texts, originals: input.originals, segments: byDocument, refs }, 1);
  const variables = input.projects.length > 0 ? qdpxVariables(input.projects, guids, language) : [];
  const attributes = xmlAttributes({
    name: input.evaluation.title,
    origin: options.origin,
    creationDateTime: xsdDateTime(input.evaluation.createdAt),
    modifiedDateTime: xsdDateTime(options.now),
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="${PROJECT_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}"${attributes}>`,
    ...usersXml(users, 1),
    ...(codeLines.length > 0 ? ['  <CodeBook>', '    <Codes>', ...codeLines, '    </Codes>', '  </CodeBook>'] : []),
    ...variablesXml(variables, 1),
    ...casesXml({ projects: input.projects, variables, documents: input.documents, segments, guids }, 1),
    ...sources.lines,
    ...notesXml(sources.notes, refs, language, 1),
    '</Project>',
    '',
  ];
  return { xml: lines.join('\n'), files: sources.files };
}
