import { isOneOf } from '../base/guards';
import { DOCUMENT_TYPES, type DocumentType } from '../domain/document';
import { PROJECT_LEVELS, type Project, type ProjectLevel } from '../domain/project';

/**
 * What the matrix analysis (and its drill-down to quotes) is narrowed to. An empty string means "any".
 * Dates are ISO dates (YYYY-MM-DD); a range may be open at either end.
 */
export interface MatrixFilter {
  /** The project's level, theme, county and one of its municipalities, as in the register. */
  level: ProjectLevel | '';
  theme: string;
  county: string;
  municipality: string;
  /** Projects whose period (start to end) overlaps this range. */
  periodFrom: string;
  periodTo: string;
  /** Any free attribute of the register: name = value. */
  attributeName: string;
  attributeValue: string;
  /** Passages of documents of this type; coded table rows have no document and drop out. */
  documentType: DocumentType | '';
  coder: string;
  /** Passages of documents dated in this range; table rows and undated documents drop out. */
  dateFrom: string;
  dateTo: string;
}

export const MATRIX_FILTER_FIELDS = [
  'level',
  'theme',
  'county',
  'municipality',
  'periodFrom',
  'periodTo',
  'attributeName',
  'attributeValue',
  'documentType',
  'coder',
  'dateFrom',
  'dateTo',
] as const satisfies readonly (keyof MatrixFilter)[];

export const EMPTY_MATRIX_FILTER: Readonly<MatrixFilter> = Object.freeze({
  level: '',
  theme: '',
  county: '',
  municipality: '',
  periodFrom: '',
  periodTo: '',
  attributeName: '',
  attributeValue: '',
  documentType: '',
  coder: '',
  dateFrom: '',
  dateTo: '',
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A filter from untrusted key/value pairs (a URL): unknown keys, bad levels, types and dates are dropped. */
export function parseMatrixFilter(params: Iterable<readonly [string, string]>): MatrixFilter {
  const filter: MatrixFilter = { ...EMPTY_MATRIX_FILTER };
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (key === 'level') filter.level = isOneOf(PROJECT_LEVELS, value) ? value : '';
    else if (key === 'documentType') filter.documentType = isOneOf(DOCUMENT_TYPES, value) ? value : '';
    else if (key === 'periodFrom' || key === 'periodTo' || key === 'dateFrom' || key === 'dateTo') filter[key] = ISO_DATE.test(value) ? value : '';
    else if (key === 'theme' || key === 'county' || key === 'municipality' || key === 'attributeName' || key === 'attributeValue' || key === 'coder') filter[key] = value;
  }
  return filter;
}

/** The filter's set fields as key/value pairs, in a fixed order (for a URL). */
export function matrixFilterEntries(filter: MatrixFilter): [string, string][] {
  return MATRIX_FILTER_FIELDS.filter((field) => filter[field] !== '').map((field) => [field, filter[field]]);
}

export function isFilterEmpty(filter: MatrixFilter): boolean {
  return MATRIX_FILTER_FIELDS.every((field) => filter[field] === '');
}

/** Whether two register values are the same, as Swedish compares them: case aside (and accents that are not letters of their own). */
export function same(a: string, b: string): boolean {
  return a.localeCompare(b, 'sv', { sensitivity: 'base' }) === 0;
}

/** Whether a project of the register passes the filter's project conditions. */
export function projectPasses(filter: MatrixFilter, project: Project): boolean {
  if (filter.level !== '' && project.level !== filter.level) return false;
  if (filter.theme !== '' && !same(project.theme.trim(), filter.theme)) return false;
  if (filter.county !== '' && !same(project.county.trim(), filter.county)) return false;
  if (filter.municipality !== '' && !project.municipalities.some((m) => same(m.trim(), filter.municipality))) return false;
  if (filter.periodFrom !== '' || filter.periodTo !== '') {
    // Overlap of [start, end] with [from, to]: an unknown end runs on, an unknown start has always run.
    if (filter.periodTo !== '' && project.startDate !== null && project.startDate > filter.periodTo) return false;
    if (filter.periodFrom !== '' && project.endDate !== null && project.endDate < filter.periodFrom) return false;
  }
  if (filter.attributeName !== '') {
    const wanted = filter.attributeValue;
    const has = project.attributes.some((a) => same(a.name.trim(), filter.attributeName) && (wanted === '' || same(a.value.trim(), wanted)));
    if (!has) return false;
  }
  return true;
}

export function hasProjectCondition(filter: MatrixFilter): boolean {
  return filter.level !== '' || filter.theme !== '' || filter.county !== '' || filter.municipality !== '' || filter.periodFrom !== '' || filter.periodTo !== '' || filter.attributeName !== '';
}

export function hasDocumentCondition(filter: MatrixFilter): boolean {
  return filter.documentType !== '' || filter.dateFrom !== '' || filter.dateTo !== '';
}
