import type { Heatmap, HeatmapCell, HeatmapColumn } from '../../analysis/judgementHeatmap';
import { codeLabel } from '../../domain/codeLabel';
import type { DataCoding, Dataset, DatasetRow } from '../../domain/dataset';
import type { SourceDocument } from '../../domain/document';
import type { Id } from '../../domain/ids';
import type { Judgement } from '../../domain/judgement';
import { levelLabel } from '../../domain/ratingScales';
import type { Project } from '../../domain/project';
import type { Segment } from '../../domain/segment';
import type { CellValue } from '../../domain/tableValues';
import { catalogFor, translate, type Language } from '../../i18n';
import { formatCitation, quotePage } from './citation';
import type { Sheet, SheetColumn } from './evidenceSheet';

export interface HeatmapSheetsInput {
  /** The heatmap as shown: its rows, its (filtered, grouped) columns and the programme last. */
  map: Heatmap;
  frameworkId: string;
  projects: readonly Project[];
  /** The documents of the linked passages, with their blocks (for the page). */
  documents: readonly Pick<SourceDocument, 'id' | 'title' | 'type' | 'date' | 'blocks'>[];
  segments: readonly Segment[];
  datasets: readonly Pick<Dataset, 'id' | 'name'>[];
  dataCodings: readonly DataCoding[];
  /** The rows the linked data codings point at (for their line in the file). */
  rows: readonly Pick<DatasetRow, 'id' | 'line'>[];
  language: Language;
}

/** Each row's criterion as its path in the framework ("Kultur för lärande › Öppenhet och tillit"). */
export function criterionPaths(map: Heatmap, language: Language): string[] {
  const stack: string[] = [];
  return map.rows.map((row) => {
    stack.length = row.depth;
    stack.push(codeLabel(row.code, language));
    return stack.join(' › ');
  });
}

function column(name: string, type: SheetColumn['type'], width: number, wrap = false): SheetColumn {
  return { name, type, width, wrap };
}

/** Empty text is an empty cell. */
function cell(value: CellValue): CellValue {
  return value === '' ? null : value;
}

/**
 * The heatmap as two sheets for a spreadsheet: `grid`, the criteria (with their path in the framework) ×
 * the shown projects and the programme, each cell the rating's label with its confidence and number of
 * linked evidence (the scale's colour as the cell's fill, never alone); and `long`, one row per judgement
 * with its subject, criterion, rating, confidence, justification, its linked quotes with their citations,
 * the coder and the dates. Worded in the language.
 */
export function heatmapSheets(input: HeatmapSheetsInput): { grid: Sheet; long: Sheet } {
  const { map, language } = input;
  const catalog = catalogFor(language);
  const word = (key: string, values?: Record<string, string | number>) => translate(catalog, `heatmapTable.${key}`, values);
  const frameworkKey = `framework.${input.frameworkId}`;
  const frameworkName = translate(catalog, frameworkKey) === frameworkKey ? input.frameworkId : translate(catalog, frameworkKey);
  const paths = criterionPaths(map, language);
  const projects = new Map(input.projects.map((p) => [p.id, p]));
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const segments = new Map(input.segments.map((s) => [s.id, s]));
  const datasets = new Map(input.datasets.map((d) => [d.id, d]));
  const dataCodings = new Map(input.dataCodings.map((d) => [d.id, d]));
  const datasetRows = new Map(input.rows.map((r) => [r.id, r]));

  const columnName = (c: HeatmapColumn) => (c.kind === 'programme' ? word('programme') : c.project.name);
  const confidence = (j: Judgement) => (j.confidence === null ? '' : translate(catalog, `ui.judgements.confidenceLevel.${j.confidence}`));
  const rating = (c: Pick<HeatmapCell, 'level'>) => (c.level ? levelLabel(c.level, language) : word('unrated'));
  const evidenceCount = (c: HeatmapCell) => c.passages + c.tableRows;
  /** "Delvis – säkerhet hög – 2 belägg": the rating in words, its confidence and its evidence (or "inget belägg"). */
  const gridText = (c: HeatmapCell): CellValue => {
    if (!c.judgement) return null;
    const parts = [rating(c)];
    if (c.judgement.confidence !== null) parts.push(word('confidencePart', { confidence: confidence(c.judgement).toLowerCase() }));
    parts.push(c.noEvidence ? word('noEvidence') : word('evidencePart', { count: evidenceCount(c) }));
    return parts.join(' – ');
  };

  const judged = map.rows.flatMap((row, r) => (row.heading ? [] : [r]));
  const grid: Sheet = {
    name: word('gridSheet'),
    columns: [column(word('column.framework'), 'text', 24), column(word('column.criterion'), 'text', 44, true), ...map.columns.map((c) => column(columnName(c), 'text', 26, true))],
    // The results matrix's levels and columns are headings: they are in the criteria's paths, not rows of their own.
    rows: judged.map((r) => [frameworkName, paths[r] ?? '', ...(map.cells[r] ?? []).map(gridText)]),
    fills: judged.map((r) => [null, null, ...(map.cells[r] ?? []).map((c) => (c.judgement && c.level ? c.level.colour : null))]),
  };

  const passageText = (id: Id): string => {
    const segment = segments.get(id);
    if (!segment) return word('unknownPassage');
    const projectId: Id | null = segment.projectId;
    const document = documents.get(segment.documentId);
    const citation = formatCitation(
      {
        projectName: (projectId === null ? undefined : projects.get(projectId))?.name ?? '',
        documentType: document?.type ?? 'ovrigt',
        documentDate: document?.date ?? null,
        page: document ? quotePage(document.blocks, segment.position) : null,
      },
      language,
    );
    return word('citation', { quote: segment.quote.exact, citation: document ? `${document.title}; ${citation}` : citation });
  };
  const rowText = (id: Id): string => {
    const coding = dataCodings.get(id);
    if (!coding) return word('unknownPassage');
    return word('tableRow', { line: datasetRows.get(coding.rowId)?.line ?? '?', dataset: datasets.get(coding.datasetId)?.name ?? '' });
  };

  const longColumns = [
    column(word('column.framework'), 'text', 24),
    column(word('column.criterion'), 'text', 40, true),
    column(word('column.subject'), 'text', 30),
    column(word('column.projectCode'), 'text', 14),
    column(word('column.rating'), 'text', 18),
    column(word('column.confidence'), 'text', 10),
    column(word('column.justification'), 'text', 60, true),
    column(word('column.passageCount'), 'integer', 10),
    column(word('column.rowCount'), 'integer', 10),
    column(word('column.passages'), 'text', 80, true),
    column(word('column.coder'), 'text', 18),
    column(word('column.createdAt'), 'text', 24),
    column(word('column.updatedAt'), 'text', 24),
  ];
  const longRows: CellValue[][] = [];
  map.rows.forEach((_, r) => {
    map.columns.forEach((c, k) => {
      const heat = map.cells[r]?.[k];
      const judgement = heat?.judgement;
      if (!heat || !judgement) return;
      const linked = [...judgement.segmentIds.map(passageText), ...judgement.dataCodingIds.map(rowText)];
      longRows.push(
        [
          frameworkName,
          paths[r] ?? '',
          columnName(c),
          c.kind === 'project' ? c.project.code : '',
          rating(heat),
          confidence(judgement),
          judgement.justification,
          judgement.segmentIds.length,
          judgement.dataCodingIds.length,
          linked.length === 0 ? word('noEvidence') : linked.join('\n'),
          judgement.coder,
          judgement.createdAt,
          judgement.updatedAt,
        ].map(cell),
      );
    });
  });
  return { grid, long: { name: word('longSheet'), columns: longColumns, rows: longRows } };
}
