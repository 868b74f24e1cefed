import { childrenOf, subtreeIds } from '../coding/codeTree';
import { restsOnNoEvidence } from '../coding/judgementEdit';
import { matrixStructureIds } from '../coding/matrixStructure';
import type { Code, DataCoding, Id, Judgement, JudgementSubject, Project, RatingScale, ScaleLevel, Segment } from '../domain';
import { projectPasses, type MatrixFilter } from './matrixFilter';

/** A row of the heatmap: a code of the framework, in tree order, with its depth (0 at the top). */
export interface HeatmapRow {
  code: Code;
  depth: number;
  /** A heading of the results matrix (a level or a column): structure that is not judged, only shown. */
  heading: boolean;
}

/** A column: a project (with its group value when grouped), or the programme. */
export type HeatmapColumn = { kind: 'project'; project: Project; group: string } | { kind: 'programme' };

/** One cell: the judgement of a row's code for a column's subject, as text and numbers. */
export interface HeatmapCell {
  subject: JudgementSubject;
  codeId: Id;
  judgement: Judgement | null;
  /** The rating's level on the scale, or null when unrated (or no longer on the scale). */
  level: ScaleLevel | null;
  passages: number;
  tableRows: number;
  /** A judgement exists and rests on no evidence. */
  noEvidence: boolean;
}

export interface Heatmap {
  rows: HeatmapRow[];
  columns: HeatmapColumn[];
  /** cells[row][column], the programme last. */
  cells: HeatmapCell[][];
}

export type HeatmapGrouping = 'level' | 'theme' | 'county' | null;

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

/** The codes of a framework in tree order: each parent before its children, siblings in their order. */
export function frameworkRows(codes: readonly Code[], frameworkId: string): HeatmapRow[] {
  const rows: HeatmapRow[] = [];
  const structure = matrixStructureIds(codes);
  const visit = (parentId: Id | null, depth: number) => {
    for (const code of childrenOf(codes, parentId, frameworkId)) {
      rows.push({ code, depth, heading: structure.has(code.id) });
      visit(code.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/** The projects that pass the filter, grouped (by the register value, then name), then the programme. */
export function heatmapColumns(projects: readonly Project[], filter: MatrixFilter, grouping: HeatmapGrouping): HeatmapColumn[] {
  const columns = projects
    .filter((project) => projectPasses(filter, project))
    .map((project) => ({ kind: 'project' as const, project, group: grouping === null ? '' : (project[grouping] ?? '') }))
    .sort((a, b) => collator.compare(a.group, b.group) || collator.compare(a.project.name, b.project.name));
  return [...columns, { kind: 'programme' }];
}

/** The subject a column stands for. */
export function subjectOf(column: HeatmapColumn): JudgementSubject {
  return column.kind === 'programme' ? { kind: 'programme' } : { kind: 'project', projectId: column.project.id };
}

function key(subject: JudgementSubject, codeId: Id): string {
  return `${subject.kind === 'programme' ? '' : subject.projectId}\u0000${codeId}`;
}

/** The judgement of a criterion for a subject, if there is one. */
export function judgementAt(judgements: readonly Judgement[], subject: JudgementSubject, codeId: Id): Judgement | null {
  const wanted = key(subject, codeId);
  return judgements.find((j) => key(j.subject, j.criterionCodeId) === wanted) ?? null;
}

/** The heatmap of a framework: its codes × the filtered projects and the programme. */
export function judgementHeatmap(input: {
  codes: readonly Code[];
  frameworkId: string;
  projects: readonly Project[];
  filter: MatrixFilter;
  grouping: HeatmapGrouping;
  judgements: readonly Judgement[];
  scale: RatingScale;
  /** Linked passages that only repeat a twin's (`repeatedPassages`): they are not counted again. */
  repeated?: ReadonlySet<Id>;
}): Heatmap {
  const repeated = input.repeated ?? new Set<Id>();
  const rows = frameworkRows(input.codes, input.frameworkId);
  const columns = heatmapColumns(input.projects, input.filter, input.grouping);
  const byKey = new Map(input.judgements.map((j) => [key(j.subject, j.criterionCodeId), j]));
  const cells = rows.map((row) =>
    columns.map((column): HeatmapCell => {
      const subject = subjectOf(column);
      const judgement = byKey.get(key(subject, row.code.id)) ?? null;
      return {
        subject,
        codeId: row.code.id,
        judgement,
        level: input.scale.levels.find((l) => l.key === judgement?.rating) ?? null,
        passages: judgement?.segmentIds.filter((id) => !repeated.has(id)).length ?? 0,
        tableRows: judgement?.dataCodingIds.length ?? 0,
        noEvidence: judgement !== null && restsOnNoEvidence(judgement),
      };
    }),
  );
  return { rows, columns, cells };
}

/**
 * The evidence a judgement of a code for a subject may link: passages coded with the code or a code
 * below it, in the project's documents (every project's, for the programme), and table codings of the
 * project likewise; in document order and table order.
 */
export function candidateEvidence(
  codes: readonly Code[],
  codeId: Id,
  subject: JudgementSubject,
  segments: readonly Segment[],
  dataCodings: readonly DataCoding[],
): { segments: Segment[]; dataCodings: DataCoding[] } {
  const ids = subtreeIds(codes, codeId);
  const inSubject = (projectId: Id | null) => subject.kind === 'programme' || projectId === subject.projectId;
  const coded = (codeIds: readonly Id[]) => codeIds.some((id) => ids.has(id));
  return {
    segments: segments
      .filter((s) => inSubject(s.projectId) && coded(s.codeIds))
      .sort((a, b) => collator.compare(a.documentId, b.documentId) || a.position.start - b.position.start),
    dataCodings: dataCodings
      .filter((d) => inSubject(d.projectId) && coded(d.codeIds))
      .sort((a, b) => collator.compare(a.datasetId, b.datasetId) || collator.compare(a.rowId, b.rowId)),
  };
}
