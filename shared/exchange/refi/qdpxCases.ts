import type { SourceDocument } from '../../domain/document';
import type { Project } from '../../domain/project';
import type { Segment } from '../../domain/segment';
import { catalogFor, translate } from '../../i18n';
import type { QdcLanguage } from './qdcDescription';
import type { QdpxGuids } from './qdpxGuids';
import { escapeXmlText } from './qdcXmlText';
import { indent, xmlAttributes, xsdDate, xsdDecimal } from './qdpxXml';

type VariableType = 'Text' | 'Date' | 'Float';

/** One register field (or own attribute) of the projects as a REFI-QDA variable. */
interface QdpxVariable {
  guid: string;
  name: string;
  type: VariableType;
  valueOf: (project: Project) => string | null;
}

const nonEmpty = (text: string): string | null => (text.trim() === '' ? null : text);

/** The register's fields, in the order of the project form, with how each is read from a project. */
const FIELDS: readonly { key: keyof Project; label: string; type: VariableType; valueOf: (project: Project, catalog: object) => string | null }[] = [
  { key: 'code', label: 'code', type: 'Text', valueOf: (p) => nonEmpty(p.code) },
  { key: 'owner', label: 'owner', type: 'Text', valueOf: (p) => nonEmpty(p.owner ?? '') },
  { key: 'manager', label: 'manager', type: 'Text', valueOf: (p) => nonEmpty(p.manager ?? '') },
  { key: 'municipalities', label: 'municipalities', type: 'Text', valueOf: (p) => nonEmpty(p.municipalities.join(', ')) },
  { key: 'county', label: 'county', type: 'Text', valueOf: (p) => nonEmpty(p.county ?? '') },
  { key: 'level', label: 'level', type: 'Text', valueOf: (p, catalog) => (p.level === null ? null : translate(catalog, `level.${p.level}`)) },
  { key: 'theme', label: 'theme', type: 'Text', valueOf: (p) => nonEmpty(p.theme ?? '') },
  { key: 'startDate', label: 'startDate', type: 'Date', valueOf: (p) => xsdDate(p.startDate) },
  { key: 'endDate', label: 'endDate', type: 'Date', valueOf: (p) => xsdDate(p.endDate) },
  { key: 'budgetSek', label: 'budget', type: 'Float', valueOf: (p) => xsdDecimal(p.budgetSek) },
];

/**
 * The variables of the projects: the register's fields (named in the language as the project form names
 * them), then every own attribute name the projects use, each once, in the order first met. Their GUIDs
 * are derived from the field's key or the attribute's name.
 */
export function qdpxVariables(projects: readonly Project[], guids: QdpxGuids, language: QdcLanguage): QdpxVariable[] {
  const catalog = catalogFor(language);
  const variables: QdpxVariable[] = FIELDS.map((field) => ({ guid: guids.derived('variable', field.key), name: translate(catalog, `ui.project.${field.label}`), type: field.type, valueOf: (project: Project) => field.valueOf(project, catalog) }));
  const attributeNames = new Set<string>();
  for (const project of projects) for (const attribute of project.attributes) if (attribute.name.trim() !== '') attributeNames.add(attribute.name);
  for (const name of attributeNames) {
    variables.push({
      guid: guids.derived('variable', 'attribute', name),
      name,
      type: 'Text',
      valueOf: (project) => nonEmpty(project.attributes.filter((a) => a.name === name).map((a) => a.value).join('; ')),
    });
  }
  return variables;
}

/** The <Variables> element (nothing without projects: no case would have a value). */
export function variablesXml(variables: readonly QdpxVariable[], depth: number): string[] {
  if (variables.length === 0) return [];
  return [
    `${indent(depth)}<Variables>`,
    ...variables.map((variable) => `${indent(depth + 1)}<Variable${xmlAttributes({ guid: variable.guid, name: variable.name, typeOfVariable: variable.type })}/>`),
    `${indent(depth)}</Variables>`,
  ];
}

/** The projects in the order they are written: by code, then name, then id. */
function projectOrder(a: Project, b: Project): number {
  const key = (p: Project) => [p.code, p.name, p.id];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as string) < (kb[i] as string) ? -1 : 1;
  return 0;
}

export interface QdpxCaseInput {
  projects: readonly Project[];
  variables: readonly QdpxVariable[];
  /** The documents written as sources (a project's documents are its SourceRefs). */
  documents: readonly Pick<SourceDocument, 'id' | 'projectId'>[];
  /** The passages written as selections (one about a project in a document of another is its SelectionRef). */
  segments: readonly Pick<Segment, 'id' | 'projectId' | 'documentId'>[];
  guids: QdpxGuids;
}

/**
 * The <Cases> element: each project a Case named by the project's name, with a VariableValue for every
 * variable it has a value for, a SourceRef to each of its documents, and a SelectionRef to each passage
 * about it in a document that is not its own (a programme document). Nothing when there are no projects.
 */
export function casesXml(input: QdpxCaseInput, depth: number): string[] {
  const { projects, variables, documents, segments, guids } = input;
  if (projects.length === 0) return [];
  const documentProject = new Map(documents.map((d) => [d.id, d.projectId]));
  const lines = [`${indent(depth)}<Cases>`];
  for (const project of [...projects].sort(projectOrder)) {
    lines.push(`${indent(depth + 1)}<Case${xmlAttributes({ guid: guids.ofRecord('project', project.id), name: project.name })}>`);
    for (const variable of variables) {
      const value = variable.valueOf(project);
      if (value === null) continue;
      lines.push(
        `${indent(depth + 2)}<VariableValue>`,
        `${indent(depth + 3)}<VariableRef${xmlAttributes({ targetGUID: variable.guid })}/>`,
        `${indent(depth + 3)}<${variable.type}Value>${escapeXmlText(value)}</${variable.type}Value>`,
        `${indent(depth + 2)}</VariableValue>`,
      );
    }
    for (const document of documents) if (document.projectId === project.id) lines.push(`${indent(depth + 2)}<SourceRef${xmlAttributes({ targetGUID: guids.ofRecord('document', document.id) })}/>`);
    for (const segment of segments) {
      if (segment.projectId === project.id && documentProject.get(segment.documentId) !== project.id) lines.push(`${indent(depth + 2)}<SelectionRef${xmlAttributes({ targetGUID: guids.ofRecord('segment', segment.id) })}/>`);
    }
    lines.push(`${indent(depth + 1)}</Case>`);
  }
  lines.push(`${indent(depth)}</Cases>`);
  return lines;
}
