import type { Code, MatrixColumn } from '../domain/code';
import type { ProjectLevel } from '../domain/project';
import { EMPTY_MATRIX_FILTER, type MatrixFilter } from './matrixFilter';
import { MATRIX_CELLS, MATRIX_LEVEL_ORDER, matrixCellIndex } from './matrixCells';
import { evidencePredicate, type EvidenceItem, type FilterContext } from './evidenceItem';
import { unforeseenLevel } from './unforeseen';

export interface StrengthMix {
  strong: number;
  moderate: number;
  weak: number;
  /** Evidence whose strength is not judged yet. */
  none: number;
}

export interface DirectionMix {
  promoting: number;
  hindering: number;
  none: number;
}

/** The evidence of one category (code): how much, from which projects, how strong, which way. */
export interface CategoryAnalysis {
  code: Code;
  passages: number;
  rows: number;
  /** The projects with evidence, sorted. */
  projectIds: string[];
  strength: StrengthMix;
  direction: DirectionMix;
}

/** Totals of a group of categories: each piece of evidence counts once, however many of its codes are in the group. */
export interface GroupTotals {
  passages: number;
  rows: number;
  projectIds: string[];
}

export interface CellAnalysis extends GroupTotals {
  level: ProjectLevel;
  column: MatrixColumn;
  /** Every category of the cell by `order`, those without evidence included. */
  categories: CategoryAnalysis[];
}

/** A level's "Oförutsedda resultat": the category itself first, then the codes the evaluator put under it. */
export interface UnforeseenAnalysis extends GroupTotals {
  level: ProjectLevel;
  categories: CategoryAnalysis[];
}

/** "Stämde kartan med verkligheten?": did the map match reality? */
export interface MapCheck {
  /** Expected categories (of a matrix cell) without any evidence. */
  withoutEvidence: CategoryAnalysis[];
  /** Expected categories whose evidence is mostly hindering (see `isMostlyHindering`). */
  mostlyHindering: CategoryAnalysis[];
  /** The unforeseen categories with evidence, level by level. */
  unforeseen: CategoryAnalysis[];
}

export interface MatrixAnalysis extends GroupTotals {
  /** The six cells: nationell, regional, lokal; results before effects. */
  cells: CellAnalysis[];
  /** One per level, in the same order, also when the codebook lacks the category (then without categories). */
  unforeseen: UnforeseenAnalysis[];
  mapCheck: MapCheck;
}

/** How many directed items (promoting or hindering) a category needs before it can be called mostly hindering. */
export const MOSTLY_HINDERING_MIN_DIRECTED = 2;

/**
 * "Mostly hindering": among the evidence with a direction, more hindering than promoting, and at least
 * `MOSTLY_HINDERING_MIN_DIRECTED` directed items (one hindering quote alone is not a pattern). Evidence
 * without a direction does not count either way.
 */
export function isMostlyHindering(direction: DirectionMix, minDirected = MOSTLY_HINDERING_MIN_DIRECTED): boolean {
  return direction.hindering > direction.promoting && direction.hindering + direction.promoting >= minDirected;
}

function byOrder(a: Code, b: Code): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface Tally {
  analysis: CategoryAnalysis;
  projects: Set<string>;
  group: number;
}

interface GroupTally {
  totals: GroupTotals;
  projects: Set<string>;
}

function newCategory(code: Code): CategoryAnalysis {
  return { code, passages: 0, rows: 0, projectIds: [], strength: { strong: 0, moderate: 0, weak: 0, none: 0 }, direction: { promoting: 0, hindering: 0, none: 0 } };
}

function newGroup(): GroupTally {
  return { totals: { passages: 0, rows: 0, projectIds: [] }, projects: new Set() };
}

/** The codes under each unforeseen category (its descendants), with the group of their level. */
function unforeseenCodes(codes: readonly Code[]): Map<string, { code: Code; level: ProjectLevel }> {
  const children = new Map<string | null, Code[]>();
  for (const code of codes) children.set(code.parentId, [...(children.get(code.parentId) ?? []), code]);
  const found = new Map<string, { code: Code; level: ProjectLevel }>();
  for (const root of codes) {
    const level = unforeseenLevel(root);
    if (level === null) continue;
    const stack = [root];
    while (stack.length > 0) {
      const code = stack.pop() as Code;
      if (found.has(code.id)) continue;
      found.set(code.id, { code, level });
      stack.push(...(children.get(code.id) ?? []));
    }
  }
  return found;
}

function count(tally: { passages: number; rows: number }, item: EvidenceItem): void {
  if (item.kind === 'passage') tally.passages += 1;
  else tally.rows += 1;
}

/**
 * The results matrix analysed, in one pass over the evidence (passages and coded table rows alike):
 * per category the passages, rows, projects, strength and direction; per cell, per level's unforeseen
 * results and overall the totals; and the map check. The filter narrows the evidence first.
 */
export function analyseMatrix(codes: readonly Code[], items: Iterable<EvidenceItem>, context: FilterContext, filter: MatrixFilter = EMPTY_MATRIX_FILTER): MatrixAnalysis {
  const cells: CellAnalysis[] = MATRIX_CELLS.map((cell) => ({ ...cell, categories: [], passages: 0, rows: 0, projectIds: [] }));
  const unforeseen: UnforeseenAnalysis[] = MATRIX_LEVEL_ORDER.map((level) => ({ level, categories: [], passages: 0, rows: 0, projectIds: [] }));
  const groups = [...cells, ...unforeseen].map(newGroup);
  const tallies = new Map<string, Tally>();
  const sorted = [...codes].sort(byOrder);
  for (const code of sorted) {
    if (code.matrixCell === null || tallies.has(code.id)) continue;
    const group = matrixCellIndex(code.matrixCell);
    const cell = cells[group];
    if (cell === undefined) continue;
    const analysis = newCategory(code);
    cell.categories.push(analysis);
    tallies.set(code.id, { analysis, projects: new Set(), group });
  }
  const extra = unforeseenCodes(codes);
  for (const code of sorted) {
    const entry = extra.get(code.id);
    if (entry === undefined || tallies.has(code.id)) continue;
    const levelIndex = MATRIX_LEVEL_ORDER.indexOf(entry.level);
    const group = unforeseen[levelIndex] as UnforeseenAnalysis;
    const analysis = newCategory(code);
    // The category itself leads its level's list; the evaluator's codes under it follow by order.
    if (unforeseenLevel(code) !== null) group.categories.unshift(analysis);
    else group.categories.push(analysis);
    tallies.set(code.id, { analysis, projects: new Set(), group: cells.length + levelIndex });
  }

  const passes = evidencePredicate(filter, context);
  const all = newGroup();
  for (const item of items) {
    const codeIds = item.codeIds;
    let groupMask = 0;
    for (let i = 0; i < codeIds.length; i += 1) {
      const codeId = codeIds[i] as string;
      const tally = tallies.get(codeId);
      if (tally === undefined) continue;
      if (i > 0 && codeIds.indexOf(codeId) < i) continue;
      if (groupMask === 0 && !passes(item)) break;
      const { analysis } = tally;
      count(analysis, item);
      analysis.strength[item.strength ?? 'none'] += 1;
      analysis.direction[item.direction ?? 'none'] += 1;
      if (item.projectId !== null) tally.projects.add(item.projectId);
      const bit = 1 << tally.group;
      if ((groupMask & bit) === 0) {
        groupMask |= bit;
        const group = groups[tally.group] as GroupTally;
        count(group.totals, item);
        if (item.projectId !== null) group.projects.add(item.projectId);
      }
    }
    if (groupMask !== 0) {
      count(all.totals, item);
      if (item.projectId !== null) all.projects.add(item.projectId);
    }
  }

  for (const tally of tallies.values()) tally.analysis.projectIds = [...tally.projects].sort();
  [...cells, ...unforeseen].forEach((group, index) => {
    const tally = groups[index] as GroupTally;
    group.passages = tally.totals.passages;
    group.rows = tally.totals.rows;
    group.projectIds = [...tally.projects].sort();
  });
  const expected = cells.flatMap((cell) => cell.categories);
  return {
    cells,
    unforeseen,
    passages: all.totals.passages,
    rows: all.totals.rows,
    projectIds: [...all.projects].sort(),
    mapCheck: {
      withoutEvidence: expected.filter((c) => c.passages + c.rows === 0),
      mostlyHindering: expected.filter((c) => isMostlyHindering(c.direction)),
      unforeseen: unforeseen.flatMap((level) => level.categories).filter((c) => c.passages + c.rows > 0),
    },
  };
}

/** The evidence of a category: passages and rows together. */
export function evidenceCount(category: Pick<CategoryAnalysis, 'passages' | 'rows'>): number {
  return category.passages + category.rows;
}
