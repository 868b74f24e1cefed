import type { Code } from '../../domain/code';
import type { DataCoding, Dataset, DatasetRow } from '../../domain/dataset';
import type { SourceDocument } from '../../domain/document';
import type { Id, IsoDate, IsoTimestamp } from '../../domain/ids';
import type { Judgement, RatingScale } from '../../domain/judgement';
import type { Project } from '../../domain/project';
import type { EvidenceJudgement, Segment } from '../../domain/segment';
import type { CellValue, ColumnType } from '../../domain/tableValues';
import { codeLabel } from '../../domain/codeLabel';
import { formatCell } from '../../domain/formatCell';
import { catalogFor, translate, type Language } from '../../i18n';
import { quotePage } from './citation';
import { linkedJudgementNames } from './linkedJudgements';

/** What a piece of evidence is: a coded text passage, a coded table row or one coded cell of a row. */
export type EvidenceKind = 'segment' | 'row' | 'cell';

/**
 * One piece of evidence as the evidence table lists it, every field worded in the table's language.
 * A new column (e.g. the judgements a piece of evidence is linked to) is a field here, filled in
 * `buildEvidenceTable`, and a column in `EVIDENCE_COLUMNS` (evidenceSheet.ts).
 */
export interface EvidenceRow {
  kind: EvidenceKind;
  /** The segment's or the data coding's id. */
  evidenceId: Id;
  /** The quote as coded; for a table row its cells as `Column: value; …`, for a cell its value. */
  text: string;
  /** The codes' labels in the table's language, joined with `; `. */
  codes: string;
  /** The frameworks the codes belong to (own codes: the catalog's name for them), joined with `; `. */
  frameworks: string;
  projectName: string;
  projectCode: string;
  /** The document's title, or the dataset's name for table evidence. */
  document: string;
  /** The document type's name, or the catalog's word for a table. */
  documentType: string;
  documentDate: IsoDate | null;
  /** The page the quote is cited with (`quotePage`, as in the report and the quote list), or null. */
  page: string | null;
  /** For table evidence: the 1-based line of the file where the row starts. */
  line: number | null;
  /** For a coded cell: its column's name. */
  column: string | null;
  strength: string;
  direction: string;
  coder: string;
  memo: string;
  /** The judgements that link this evidence, each `criterion – subject: rating`, joined with `; `. */
  judgements: string;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export interface EvidenceTableInput {
  projects: readonly Project[];
  /** Documents with their blocks (for the page); a segment whose document is missing is still listed. */
  documents: readonly Pick<SourceDocument, 'id' | 'title' | 'type' | 'date' | 'blocks'>[];
  codes: readonly Code[];
  segments: readonly Segment[];
  datasets: readonly Dataset[];
  /** The rows the data codings point at (others are not needed). */
  rows: readonly DatasetRow[];
  dataCodings: readonly DataCoding[];
  /** The evaluation's judgements: those linking a piece of evidence are named in its row. */
  judgements: readonly Judgement[];
  /** The evaluation's stored scales (a framework without one is rated on its default scale). */
  scales: readonly RatingScale[];
  language: Language;
}

/** A row with what it is sorted by (kept apart from what is shown). */
interface Sortable {
  row: EvidenceRow;
  projectId: Id | null;
  /** 0: text passages, 1: table evidence. */
  group: 0 | 1;
  date: IsoDate | null;
  source: string;
  sourceId: Id;
  position: number;
  /** For table evidence: the cell's column after the whole row (-1). */
  sub: number;
}

// Project and document names are Swedish proper names: sorted the Swedish way in both languages, as the report does.
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated first, oldest first; undated last. */
function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(a, b);
}

/** By project (evidence of no known project last), then text before tables, then document or dataset, then position. */
function compareSortable(a: Sortable, b: Sortable): number {
  const aKnown = a.projectId === null ? 1 : 0;
  const bKnown = b.projectId === null ? 1 : 0;
  return (
    aKnown - bKnown ||
    collator.compare(a.row.projectName, b.row.projectName) ||
    compareStrings(a.projectId ?? '', b.projectId ?? '') ||
    a.group - b.group ||
    compareDates(a.date, b.date) ||
    collator.compare(a.source, b.source) ||
    compareStrings(a.sourceId, b.sourceId) ||
    a.position - b.position ||
    a.sub - b.sub ||
    compareStrings(a.row.evidenceId, b.row.evidenceId)
  );
}

/** A table cell's value as text in the language, as the data grid shows it (shared/domain/formatCell.ts). */
export function cellText(value: CellValue, type: ColumnType, catalog: object, language: Language): string {
  const yesNo = { yes: translate(catalog, 'evidenceTable.yes'), no: translate(catalog, 'evidenceTable.no') };
  return formatCell(value, type, yesNo, language === 'en');
}

/**
 * The evidence table: one row per piece of evidence (every text segment and every coded table row or
 * cell of the evaluation), with its codes, project, document, page, judgement and coder, worded in the
 * language. Ordered by project (Swedish collation; evidence without a known project last), then text
 * passages by document (oldest first, undated last, then title) and position, then table evidence by
 * dataset, row and column.
 */
export function buildEvidenceTable(input: EvidenceTableInput): EvidenceRow[] {
  const { language } = input;
  const catalog = catalogFor(language);
  const word = (key: string) => translate(catalog, `evidenceTable.${key}`);
  const projects = new Map(input.projects.map((project) => [project.id, project]));
  const documents = new Map(input.documents.map((document) => [document.id, document]));
  const codes = new Map(input.codes.map((code) => [code.id, code]));
  const datasets = new Map(input.datasets.map((dataset) => [dataset.id, dataset]));
  const rows = new Map(input.rows.map((row) => [row.id, row]));

  const frameworkName = (frameworkId: string | null) => {
    const key = `framework.${frameworkId ?? 'own'}`;
    const name = translate(catalog, key);
    return name === key ? (frameworkId ?? '') : name;
  };
  const codeFields = (codeIds: readonly Id[]) => {
    const known = codeIds.flatMap((id) => codes.get(id) ?? []);
    return {
      codes: known.map((code) => codeLabel(code, language)).join('; '),
      frameworks: [...new Set(known.map((code) => frameworkName(code.frameworkId)))].join('; '),
    };
  };
  const projectFields = (projectId: Id | null) => {
    const project = projectId === null ? undefined : projects.get(projectId);
    if (project) return { projectName: project.name, projectCode: project.code };
    return { projectName: word(projectId === null ? 'noProject' : 'unknownProject'), projectCode: '' };
  };
  const judgementNames = linkedJudgementNames(input, codes, projects, catalog);
  const judgementFields = (judgement: EvidenceJudgement) => ({
    strength: judgement.strength === null ? '' : translate(catalog, `ui.codebookEditor.quote.strength.${judgement.strength}`),
    direction: judgement.direction === null ? '' : translate(catalog, `ui.codebookEditor.quote.direction.${judgement.direction}`),
    coder: judgement.coder,
    memo: judgement.memo,
  });

  const sortable: Sortable[] = [];
  for (const segment of input.segments) {
    const document = documents.get(segment.documentId);
    // A passage of a programme document about no project is the programme's.
    const project = segment.projectId === null ? { projectName: word('programme'), projectCode: '' } : projectFields(segment.projectId);
    sortable.push({
      row: {
        kind: 'segment',
        evidenceId: segment.id,
        text: segment.quote.exact,
        ...codeFields(segment.codeIds),
        ...project,
        document: document?.title ?? word('unknownDocument'),
        documentType: document ? translate(catalog, `documentType.${document.type}`) : '',
        documentDate: document?.date ?? null,
        page: document ? quotePage(document.blocks, segment.position) : null,
        line: null,
        column: null,
        ...judgementFields(segment),
        judgements: judgementNames.segments.get(segment.id)?.join('; ') ?? '',
        createdAt: segment.createdAt,
        updatedAt: segment.updatedAt,
      },
      projectId: segment.projectId !== null && projects.has(segment.projectId) ? segment.projectId : null,
      group: 0,
      date: document?.date ?? null,
      source: document?.title ?? '',
      sourceId: segment.documentId,
      position: segment.position.start,
      sub: 0,
    });
  }
  for (const coding of input.dataCodings) {
    const dataset = datasets.get(coding.datasetId);
    const row = rows.get(coding.rowId);
    const columns = dataset?.columns ?? [];
    const column = coding.column === null ? undefined : columns[coding.column];
    const valueAt = (index: number) => cellText(row?.values[index] ?? null, columns[index]?.type ?? 'text', catalog, language);
    let text: string;
    if (!row) text = word('unknownRow');
    else if (coding.column !== null) text = valueAt(coding.column);
    else text = columns.map((c, index) => `${c.name}: ${valueAt(index)}`).join('; ');
    sortable.push({
      row: {
        kind: coding.column === null ? 'row' : 'cell',
        evidenceId: coding.id,
        text,
        ...codeFields(coding.codeIds),
        ...projectFields(coding.projectId),
        document: dataset?.name ?? word('unknownDocument'),
        documentType: word('dataset'),
        documentDate: null,
        page: null,
        line: row?.line ?? null,
        column: coding.column === null ? null : (column?.name ?? String(coding.column + 1)),
        ...judgementFields(coding),
        judgements: judgementNames.dataCodings.get(coding.id)?.join('; ') ?? '',
        createdAt: coding.createdAt,
        updatedAt: coding.updatedAt,
      },
      projectId: coding.projectId !== null && projects.has(coding.projectId) ? coding.projectId : null,
      group: 1,
      date: null,
      source: dataset?.name ?? '',
      sourceId: coding.datasetId,
      position: row?.index ?? Number.MAX_SAFE_INTEGER,
      sub: coding.column ?? -1,
    });
  }
  return sortable.sort(compareSortable).map((entry) => entry.row);
}
