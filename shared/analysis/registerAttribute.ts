import type { Project } from '../domain/project';
import { EMPTY_MATRIX_FILTER, projectPasses, same, type MatrixFilter } from './matrixFilter';
import { MATRIX_LEVEL_ORDER } from './matrixCells';

/** A fact of the project register that evidence can be broken down by. */
export type RegisterAttribute =
  | { kind: 'level' }
  | { kind: 'theme' }
  | { kind: 'county' }
  | { kind: 'municipality' }
  /** The calendar years a project runs (its period, start to end). */
  | { kind: 'period' }
  /** A free attribute of the register, by name. */
  | { kind: 'attribute'; name: string };

/** One column of a breakdown: a value of the attribute, or (condition null) the projects without one. */
export interface AttributeColumn {
  /** The value as the register has it (a level key, a year, a county); '' for "utan värde". */
  value: string;
  /** The matrix filter condition that picks the projects with this value; null for "utan värde". */
  condition: Partial<MatrixFilter> | null;
}

/** The attribute as a short string for a URL: `level`, `county`, `attribute:Finansiär`… */
export function attributeKey(attribute: RegisterAttribute): string {
  return attribute.kind === 'attribute' ? `attribute:${attribute.name}` : attribute.kind;
}

/** The attribute of a URL string, or null when it names none. */
export function parseAttributeKey(key: string): RegisterAttribute | null {
  if (key === 'level' || key === 'theme' || key === 'county' || key === 'municipality' || key === 'period') return { kind: key };
  if (key.startsWith('attribute:') && key.length > 'attribute:'.length) return { kind: 'attribute', name: key.slice('attribute:'.length) };
  return null;
}

function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

/** The project's values of the attribute, trimmed, empties dropped (none: "utan värde"). */
export function projectValues(attribute: RegisterAttribute, project: Project): string[] {
  switch (attribute.kind) {
    case 'level':
      return project.level === null ? [] : [project.level];
    case 'theme':
      return [project.theme.trim()].filter((v) => v !== '');
    case 'county':
      return [project.county.trim()].filter((v) => v !== '');
    case 'municipality':
      return project.municipalities.map((m) => m.trim()).filter((v) => v !== '');
    case 'period': {
      const start = yearOf(project.startDate);
      const end = yearOf(project.endDate);
      if (start === null && end === null) return [];
      const from = start ?? (end as number);
      const to = end ?? from;
      const years: string[] = [];
      for (let year = from; year <= Math.max(from, to); year += 1) years.push(String(year));
      return years;
    }
    case 'attribute':
      return project.attributes.filter((a) => same(a.name.trim(), attribute.name.trim())).map((a) => a.value.trim()).filter((v) => v !== '');
  }
}

/** The matrix filter condition that picks the projects with `value` of the attribute. */
function conditionOf(attribute: RegisterAttribute, value: string): Partial<MatrixFilter> {
  switch (attribute.kind) {
    case 'level':
      return { level: value as MatrixFilter['level'] };
    case 'theme':
      return { theme: value };
    case 'county':
      return { county: value };
    case 'municipality':
      return { municipality: value };
    case 'period':
      return { periodFrom: `${value}-01-01`, periodTo: `${value}-12-31` };
    case 'attribute':
      return { attributeName: attribute.name.trim(), attributeValue: value };
  }
}

/**
 * The columns of a breakdown by the attribute: its values among the projects (values the filter treats
 * as the same, e.g. differing in case, are one column, spelt as first met), in order (levels national
 * first, years ascending, text alphabetically), and last "utan värde".
 */
export function attributeColumns(attribute: RegisterAttribute, projects: readonly Project[]): AttributeColumn[] {
  const values: string[] = [];
  for (const project of projects) {
    for (const value of projectValues(attribute, project)) if (!values.some((v) => same(v, value))) values.push(value);
  }
  if (attribute.kind === 'level') values.sort((a, b) => MATRIX_LEVEL_ORDER.indexOf(a as never) - MATRIX_LEVEL_ORDER.indexOf(b as never));
  else if (attribute.kind === 'period') values.sort((a, b) => Number(a) - Number(b));
  else values.sort((a, b) => a.localeCompare(b, 'sv'));
  return [...values.map((value) => ({ value, condition: conditionOf(attribute, value) })), { value: '', condition: null }];
}

/**
 * Whether a project belongs to a column. A value column asks the matrix filter itself (so the quotes a
 * count leads to are exactly those counted); "utan värde" holds the projects with no value at all.
 * A period column is a year the project runs, by the filter's rule: an unknown end runs on, an unknown
 * start has always run (a project with neither date is "utan värde").
 */
export function projectInColumn(attribute: RegisterAttribute, column: AttributeColumn, project: Project): boolean {
  if (column.condition === null) return projectValues(attribute, project).length === 0;
  if (attribute.kind === 'period' && project.startDate === null && project.endDate === null) return false;
  return projectPasses({ ...EMPTY_MATRIX_FILTER, ...column.condition }, project);
}
