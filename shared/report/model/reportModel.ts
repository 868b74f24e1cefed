import type { Code, MatrixColumn } from '../../domain/code';
import type { DocumentType, SourceDocument } from '../../domain/document';
import type { Evaluation, ReportLanguage } from '../../domain/evaluation';
import type { Id, IsoDate } from '../../domain/ids';
import type { Project, ProjectLevel } from '../../domain/project';
import type { Segment } from '../../domain/segment';
import { MATRIX_CELLS, matrixCellIndex } from '../../analysis/matrixCells';
import { catalogFor, translate } from '../../i18n';
import { codeLabel } from '../../domain/codeLabel';
import { formatCitation, quotePage } from './citation';
import { countedOnce } from '../../analysis/countedOnce';

/** A coded passage as the report shows it, with everything it is cited with. */
export interface ReportQuote {
  segmentId: Id;
  /** The quote with runs of whitespace collapsed to one space, trimmed. */
  text: string;
  /** The passage's project; null for a passage about the programme as a whole. */
  projectId: Id | null;
  /** The project's name, or for the programme "Programmet" and the document's title. */
  projectName: string;
  documentId: Id;
  documentType: DocumentType;
  documentDate: IsoDate | null;
  documentTitle: string;
  /** The page the quote is cited with (`quotePage`: where its text begins), or null. */
  page: string | null;
  /** Start offset of the quote in its document's text. */
  position: number;
  /** The formatted citation in the report language, e.g. `Projekt X, Delrapport, 2011-05-30, s. 4`. */
  citation: string;
}

/** What quotes are ordered by. */
export type QuoteOrder = Pick<ReportQuote, 'projectName' | 'projectId' | 'documentDate' | 'documentTitle' | 'documentId' | 'position' | 'segmentId'>;

/** A category (code) of the results matrix with its quotes. */
export interface ReportCategory {
  codeId: Id;
  frameworkCodeId: string | null;
  /** The code's label in the report language. */
  label: string;
  /** Ordered by project name, document date (undated last), document title, position. */
  quotes: ReportQuote[];
}

/** A cell of the results matrix, named in the report language. */
export interface ReportCellRef {
  level: ProjectLevel;
  column: MatrixColumn;
  levelLabel: string;
  columnLabel: string;
  /** e.g. `Lokal nivå – Effekter`. */
  heading: string;
}

export interface ReportCell extends ReportCellRef {
  /** Categories with at least one quote, by the codes' `order`. */
  categories: ReportCategory[];
  /** Categories of the cell that have no quote, by `order`: what the programme did not reach. */
  categoriesWithoutEvidence: { codeId: Id; label: string }[];
  /** Distinct segments in the cell. */
  segmentCount: number;
}

export type SkipReason = 'unknownDocument' | 'unknownProject' | 'emptyQuote';

/** A segment coded to the matrix that the report leaves out, and why (so the UI can say so). */
export interface SkippedSegment {
  segmentId: Id;
  reason: SkipReason;
}

export interface ReportModel extends Pick<Evaluation, 'programme' | 'agency' | 'evaluators' | 'periodStart' | 'periodEnd' | 'kind'> {
  language: ReportLanguage;
  generatedOn: IsoDate;
  /** The evaluation's title, or the catalog's default title when it has none. */
  title: string;
  /** Cells with evidence, levels nationell, regional, lokal; results before effects. */
  cells: ReportCell[];
  /** Cells of the matrix without any quote, in the same order. */
  cellsWithoutEvidence: ReportCellRef[];
  /** Distinct segments quoted in the report. */
  segmentCount: number;
  skippedSegments: SkippedSegment[];
}

export interface ReportModelInput {
  evaluation: Evaluation;
  projects: readonly Project[];
  documents: readonly SourceDocument[];
  codes: readonly Code[];
  segments: readonly Segment[];
  language: ReportLanguage;
  /** The day the report is made; passed in so the model stays a pure function of its input. */
  generatedOn: IsoDate;
}

/** Collapses runs of whitespace (line breaks, tabs, non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function byOrder(a: Code, b: Code): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Project names are Swedish proper names: sort them the Swedish way (å, ä, ö after z) in both
// languages, so the English report lists quotes in the same order as the Swedish one.
const nameCollator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** The stable order of quotes: project name, project, document date (undated last), title, document, position. */
export function compareQuotes(a: QuoteOrder, b: QuoteOrder): number {
  return (
    nameCollator.compare(a.projectName, b.projectName) ||
    compareStrings(a.projectId ?? '', b.projectId ?? '') ||
    compareDates(a.documentDate, b.documentDate) ||
    nameCollator.compare(a.documentTitle, b.documentTitle) ||
    compareStrings(a.documentId, b.documentId) ||
    a.position - b.position ||
    compareStrings(a.segmentId, b.segmentId)
  );
}

/** Dated documents first, oldest first; undated documents last. */
function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(a, b);
}

function cellRef(level: ProjectLevel, column: MatrixColumn, catalog: object): ReportCellRef {
  const levelLabel = translate(catalog, `level.${level}`);
  const columnLabel = translate(catalog, `column.${column}`);
  return {
    level,
    column,
    levelLabel,
    columnLabel,
    heading: translate(catalog, 'report.cellHeading', { level: levelLabel, column: columnLabel }),
  };
}

/**
 * Gathers what the report says about the results matrix: per cell and category with evidence, the
 * quotes with their citations. Only the evaluation's own codes and segments are used; segments whose
 * document or project is missing, or whose quote is empty, are listed in `skippedSegments`.
 */
export function buildReportModel(input: ReportModelInput): ReportModel {
  const { evaluation, language, generatedOn } = input;
  const catalog = catalogFor(language);

  const projectsById = new Map(input.projects.map((project) => [project.id, project]));
  const documentsById = new Map(input.documents.map((document) => [document.id, document]));

  // One slot per matrix cell: its categories by code id, in code order.
  const cellCategories = MATRIX_CELLS.map(() => new Map<Id, { code: Code; quotes: ReportQuote[] }>());
  const cellSegments = MATRIX_CELLS.map(() => new Set<Id>());
  const categoryCell = new Map<Id, number>();
  const matrixCodes = input.codes
    .filter((code) => code.evaluationId === evaluation.id && code.matrixCell !== null)
    .sort(byOrder);
  for (const code of matrixCodes) {
    if (code.matrixCell === null || categoryCell.has(code.id)) continue;
    const index = matrixCellIndex(code.matrixCell);
    const categories = cellCategories[index];
    if (categories === undefined) continue;
    categories.set(code.id, { code, quotes: [] });
    categoryCell.set(code.id, index);
  }

  const skippedSegments: SkippedSegment[] = [];
  const quotedSegments = new Set<Id>();
  // A passage coded alike in the twin of its document (the same report in another format) is quoted once.
  for (const segment of countedOnce(input.segments, input.documents)) {
    if (segment.evaluationId !== evaluation.id) continue;
    const codeIds = [...new Set(segment.codeIds)].filter((id) => categoryCell.has(id));
    if (codeIds.length === 0) continue;

    const document = documentsById.get(segment.documentId);
    if (document === undefined) {
      skippedSegments.push({ segmentId: segment.id, reason: 'unknownDocument' });
      continue;
    }
    // The passage's own project wins (in a programme document it is the project the passage is about).
    const project = segment.projectId === null ? null : projectsById.get(segment.projectId);
    if (project === undefined) {
      skippedSegments.push({ segmentId: segment.id, reason: 'unknownProject' });
      continue;
    }
    const text = collapseWhitespace(segment.quote.exact);
    if (text === '') {
      skippedSegments.push({ segmentId: segment.id, reason: 'emptyQuote' });
      continue;
    }

    const page = quotePage(document.blocks, segment.position);
    const projectName = project === null ? translate(catalog, 'report.programmeSource', { title: document.title.trim() }) : project.name;
    const citationFields = {
      projectName,
      documentType: document.type,
      documentDate: document.date,
      page,
    };
    const quote: ReportQuote = {
      segmentId: segment.id,
      text,
      projectId: project?.id ?? null,
      projectName,
      documentId: document.id,
      documentType: document.type,
      documentDate: document.date,
      documentTitle: document.title,
      page,
      position: segment.position.start,
      citation: formatCitation(citationFields, language),
    };
    quotedSegments.add(segment.id);
    for (const codeId of codeIds) {
      const index = categoryCell.get(codeId) as number;
      cellCategories[index]?.get(codeId)?.quotes.push(quote);
      cellSegments[index]?.add(segment.id);
    }
  }

  const cells: ReportCell[] = [];
  const cellsWithoutEvidence: ReportCellRef[] = [];
  MATRIX_CELLS.forEach((cell, index) => {
    const ref = cellRef(cell.level, cell.column, catalog);
    const categories: ReportCategory[] = [];
    const categoriesWithoutEvidence: ReportCell['categoriesWithoutEvidence'] = [];
    for (const { code, quotes } of cellCategories[index]?.values() ?? []) {
      const label = codeLabel(code, language);
      if (quotes.length === 0) {
        categoriesWithoutEvidence.push({ codeId: code.id, label });
        continue;
      }
      quotes.sort(compareQuotes);
      categories.push({ codeId: code.id, frameworkCodeId: code.frameworkCodeId, label, quotes });
    }
    if (categories.length === 0) {
      cellsWithoutEvidence.push(ref);
      return;
    }
    cells.push({ ...ref, categories, categoriesWithoutEvidence, segmentCount: cellSegments[index]?.size ?? 0 });
  });

  const title = evaluation.title.trim();
  return {
    language,
    generatedOn,
    title: title === '' ? translate(catalog, 'report.defaultTitle') : title,
    programme: evaluation.programme.trim(),
    agency: evaluation.agency.trim(),
    evaluators: evaluation.evaluators.map((name) => name.trim()).filter((name) => name !== ''),
    periodStart: evaluation.periodStart,
    periodEnd: evaluation.periodEnd,
    kind: evaluation.kind,
    cells,
    cellsWithoutEvidence,
    segmentCount: quotedSegments.size,
    skippedSegments,
  };
}
