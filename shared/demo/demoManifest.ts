import { DOCUMENT_TYPES, type DocumentType } from '../domain/document';
import type { EvaluationInput } from '../domain/evaluation';
import { EVIDENCE_DIRECTIONS, EVIDENCE_STRENGTHS, type EvidenceDirection, type EvidenceStrength } from '../domain/segment';
import { PROJECT_LEVELS, type ProjectInput } from '../domain/project';
import { isOneOf, isRecord, isString, isStringArray, ShapeError } from '../base/guards';
import { validateEvaluationForm, evaluationToFormValues } from '../domain/evaluationForm';
import { parseDemoJudgements, type DemoJudgementsManifest } from './demoJudgementsManifest';
import { parseDemoReport, type DemoReport } from './demoReportManifest';

/** A demo document's `project` for a document of the programme as a whole. */
export const PROGRAMME_DOCUMENT = 'programme';

/** The demo evaluation as written in resources/demo/demo.json. */
export interface DemoManifest extends DemoJudgementsManifest {
  evaluation: EvaluationInput;
  projects: (ProjectInput & { key: string })[];
  /** A document's `project` is a project's key, or PROGRAMME_DOCUMENT for a document of the programme as a whole. */
  documents: { file: string; project: string; type: DocumentType; date: string; title: string }[];
  /**
   * A coding's `key` (optional) is how judgements and findings name the passage; its `project` (optional,
   * only in a programme document) is the key of the project the passage is about, null for the programme;
   * `inReport` and `memoInReport` (optional, absent: false) are the passage's marks for the report;
   * `coder` (optional, absent: the first evaluator) is who coded it, one of the evaluators: the second
   * evaluator codes two reports apart, so inter-coder agreement and its resolution show at once.
   */
  codings: {
    key: string | null;
    file: string;
    project: string | null;
    quote: string;
    codes: string[];
    memo: string;
    strength: EvidenceStrength | null;
    direction: EvidenceDirection | null;
    inReport?: boolean;
    memoInReport?: boolean;
    coder?: string | null;
  }[];
  /** The evaluator's texts of the report and the people its quotes name. */
  report: DemoReport;
}

function text(value: unknown, what: string): string {
  if (!isString(value)) throw new ShapeError(`demo: ${what} must be text`);
  return value;
}

function dateOrNull(value: unknown): string | null {
  return isString(value) && value !== '' ? value : null;
}

export function parseDemoManifest(value: unknown): DemoManifest {
  if (!isRecord(value) || !isRecord(value.evaluation)) throw new ShapeError('demo: evaluation missing');
  const e = value.evaluation;
  const evaluationResult = validateEvaluationForm(
    evaluationToFormValues({
      title: text(e.title, 'title'),
      programme: text(e.programme, 'programme'),
      agency: text(e.agency, 'agency'),
      evaluators: isStringArray(e.evaluators) ? e.evaluators : [],
      periodStart: dateOrNull(e.periodStart),
      periodEnd: dateOrNull(e.periodEnd),
      kind: e.kind === 'final' ? 'final' : 'interim',
      reportLanguage: e.reportLanguage === 'en' ? 'en' : 'sv',
    }),
  );
  if (!evaluationResult.ok) throw new ShapeError(`demo: evaluation invalid: ${JSON.stringify(evaluationResult.errors)}`);
  if (!Array.isArray(value.projects) || !Array.isArray(value.documents) || !Array.isArray(value.codings)) {
    throw new ShapeError('demo: projects, documents and codings must be lists');
  }
  const projects = value.projects.map((p, i) => {
    if (!isRecord(p)) throw new ShapeError(`demo: project ${i} not an object`);
    return {
      key: text(p.key, `project ${i} key`),
      name: text(p.name, `project ${i} name`),
      code: isString(p.code) ? p.code : '',
      owner: isString(p.owner) ? p.owner : '',
      manager: isString(p.manager) ? p.manager : '',
      municipalities: isStringArray(p.municipalities) ? p.municipalities : [],
      county: isString(p.county) ? p.county : '',
      level: isOneOf(PROJECT_LEVELS, p.level) ? p.level : null,
      theme: isString(p.theme) ? p.theme : '',
      startDate: dateOrNull(p.startDate),
      endDate: dateOrNull(p.endDate),
      budgetSek: typeof p.budgetSek === 'number' ? p.budgetSek : null,
      attributes: Array.isArray(p.attributes)
        ? p.attributes.filter(isRecord).map((a) => ({ name: text(a.name, 'attribute name'), value: text(a.value, 'attribute value') }))
        : [],
    };
  });
  const documents = value.documents.map((d, i) => {
    if (!isRecord(d) || !isOneOf(DOCUMENT_TYPES, d.type)) throw new ShapeError(`demo: document ${i} invalid`);
    return { file: text(d.file, 'file'), project: text(d.project, 'project'), type: d.type, date: text(d.date, 'date'), title: text(d.title, 'title') };
  });
  const codings = value.codings.map((c, i) => {
    if (!isRecord(c) || !isStringArray(c.codes)) throw new ShapeError(`demo: coding ${i} invalid`);
    if (c.key !== undefined && !isString(c.key)) throw new ShapeError(`demo: coding ${i} key must be text`);
    if (c.project !== undefined && !isString(c.project)) throw new ShapeError(`demo: coding ${i} project must be text`);
    if (c.coder !== undefined && !(isString(c.coder) && evaluationResult.value.evaluators.includes(c.coder))) throw new ShapeError(`demo: coding ${i} coder must be one of the evaluators`);
    return {
      key: c.key ?? null,
      file: text(c.file, 'file'),
      project: c.project ?? null,
      quote: text(c.quote, 'quote'),
      codes: c.codes,
      memo: isString(c.memo) ? c.memo : '',
      strength: isOneOf(EVIDENCE_STRENGTHS, c.strength) ? c.strength : null,
      direction: isOneOf(EVIDENCE_DIRECTIONS, c.direction) ? c.direction : null,
      inReport: c.inReport === true,
      memoInReport: c.memoInReport === true,
      coder: c.coder ?? null,
    };
  });
  return { evaluation: evaluationResult.value, projects, documents, codings, report: parseDemoReport(value.report), ...parseDemoJudgements(value) };
}
