/**
 * The project list: what it shows of the register (the period, the free attributes), and how it sorts
 * and filters the evaluation's projects by their attributes. Pure; the screen keeps the choices.
 */
import { PROJECT_LEVELS, type Project, type ProjectLevel } from './project';

/** A column of the list: a field, or a free attribute by its name (`attribute:Finansiär`). */
export type ProjectSortKey = 'name' | 'code' | 'owner' | 'theme' | 'level' | 'county' | 'period' | 'budget' | `attribute:${string}`;
export type SortDirection = 'ascending' | 'descending';

export interface ProjectSort {
  key: ProjectSortKey;
  direction: SortDirection;
}

/** A filter's choice: null for any value, '' for projects without a value, else the value (compared as `valueKey`). */
export type FilterChoice = string | null;

export interface ProjectFilter {
  level: ProjectLevel | '' | null;
  theme: FilterChoice;
  county: FilterChoice;
  /** By attribute name; a name left out is any value. */
  attributes: Readonly<Record<string, FilterChoice>>;
  /** Words to find in the name, code, owner, manager, municipalities, county, theme or an attribute's value. */
  text: string;
}

export const NO_PROJECT_FILTER: ProjectFilter = { level: null, theme: null, county: null, attributes: {}, text: '' };

/** Up to this many free attributes get a column each; more share one compact column. */
export const ATTRIBUTE_COLUMNS_MAX = 3;
/** An attribute with up to this many values (repeated) is filtered with a list of them; one with more by the text search. */
export const ATTRIBUTE_CHOICES_MAX = 12;

/** How two values are compared when grouping and filtering: spacing and case do not matter. */
export function valueKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** A project's value of a free attribute, '' when it has none. */
export function attributeValue(project: Project, name: string): string {
  return project.attributes.find((attribute) => attribute.name === name)?.value.trim() ?? '';
}

/** The names of the free attributes the projects have, in the order they first appear. */
export function attributeNames(projects: readonly Project[]): string[] {
  const names: string[] = [];
  for (const project of projects) for (const { name } of project.attributes) if (!names.includes(name)) names.push(name);
  return names;
}

/** Whether the list shows a column per free attribute or one compact column of them all. */
export function attributeLayout(names: readonly string[]): 'columns' | 'compact' {
  return names.length <= ATTRIBUTE_COLUMNS_MAX ? 'columns' : 'compact';
}

/** The text of a filterable field of a project. */
export function fieldText(project: Project, field: 'theme' | 'county' | `attribute:${string}`): string {
  if (field === 'theme') return project.theme.trim();
  if (field === 'county') return project.county.trim();
  return attributeValue(project, field.slice('attribute:'.length));
}

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

/** The values a field takes among the projects (first spelling of each, in Swedish order), and whether some project has none. */
export function distinctValues(projects: readonly Project[], field: 'theme' | 'county' | `attribute:${string}`): { values: string[]; missing: boolean } {
  const byKey = new Map<string, string>();
  let missing = false;
  for (const project of projects) {
    const text = fieldText(project, field);
    if (text === '') missing = true;
    else if (!byKey.has(valueKey(text))) byKey.set(valueKey(text), text);
  }
  return { values: [...byKey.values()].sort(collator.compare), missing };
}

/**
 * The free attributes filtered with a list of their values: those whose values repeat (fewer values
 * than projects having one) and are few; the others (a number, a comment) are found with the text search.
 */
export function attributeChoices(projects: readonly Project[]): { name: string; values: string[]; missing: boolean }[] {
  return attributeNames(projects)
    .map((name) => ({ name, ...distinctValues(projects, `attribute:${name}`), having: projects.filter((p) => attributeValue(p, name) !== '').length }))
    .filter(({ values, having }) => values.length > 0 && values.length <= ATTRIBUTE_CHOICES_MAX && values.length < having)
    .map(({ name, values, missing }) => ({ name, values, missing }));
}

/** The levels the projects have, in the matrix's order, and whether some project has none. */
export function distinctLevels(projects: readonly Project[]): { values: ProjectLevel[]; missing: boolean } {
  return { values: PROJECT_LEVELS.filter((level) => projects.some((p) => p.level === level)), missing: projects.some((p) => p.level === null) };
}

function matches(text: string, choice: FilterChoice): boolean {
  return choice === null || valueKey(text) === valueKey(choice);
}

function searchable(project: Project): string {
  return valueKey([project.name, project.code, project.owner, project.manager, project.county, project.theme, ...project.municipalities, ...project.attributes.map((a) => a.value)].join('\n'));
}

/** The projects that pass every choice of the filter, in their order. */
export function filterProjects(projects: readonly Project[], filter: ProjectFilter): Project[] {
  const words = valueKey(filter.text).split(' ').filter(Boolean);
  return projects.filter((project) => {
    if (filter.level !== null && (project.level ?? '') !== filter.level) return false;
    if (!matches(project.theme, filter.theme) || !matches(project.county, filter.county)) return false;
    for (const [name, choice] of Object.entries(filter.attributes)) if (!matches(attributeValue(project, name), choice)) return false;
    if (words.length === 0) return true;
    const text = searchable(project);
    return words.every((word) => text.includes(word));
  });
}

/** Whether the filter hides anything at all. */
export function isFiltering(filter: ProjectFilter): boolean {
  return filter.level !== null || filter.theme !== null || filter.county !== null || Object.values(filter.attributes).some((c) => c !== null) || filter.text.trim() !== '';
}

/** A project's period in two parts, `2022-09-01 –` and `2024-08-31`, with `…` for an unknown date; null for none. */
export function periodParts(start: string | null, end: string | null): [string, string] | null {
  if (!start && !end) return null;
  return [`${start || '…'} –`, end || '…'];
}

/** A project's period as the list shows it: `2022-09-01 – 2024-08-31`, `…` for an unknown end, `–` for none. */
export function periodText(start: string | null, end: string | null): string {
  return periodParts(start, end)?.join(' ') ?? '–';
}

type SortValue = string | number | null;

function sortValue(project: Project, key: ProjectSortKey): SortValue {
  switch (key) {
    case 'name':
    case 'code':
    case 'owner':
    case 'theme':
    case 'county':
      return project[key].trim() || null;
    case 'level':
      return project.level === null ? null : PROJECT_LEVELS.indexOf(project.level);
    case 'period':
      return project.startDate || project.endDate ? `${project.startDate ?? '9999-99-99'} ${project.endDate ?? '9999-99-99'}` : null;
    case 'budget':
      return project.budgetSek;
    default:
      return attributeValue(project, key.slice('attribute:'.length)) || null;
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The projects sorted by a column, in Swedish order with numbers in a code compared as numbers; projects
 * without a value come last either way, and equal ones stay by name.
 */
export function sortProjects(projects: readonly Project[], sort: ProjectSort): Project[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return projects
    .map((project) => ({ project, value: sortValue(project, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else {
        const order = compareValues(a.value, b.value);
        if (order !== 0) return sign * order;
      }
      return collator.compare(a.project.name, b.project.name);
    })
    .map(({ project }) => project);
}
