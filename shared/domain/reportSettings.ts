import type { Id, IsoDate, IsoTimestamp } from './ids';
import type { MatrixColumn } from './code';
import type { ProjectLevel } from './project';

/** The report's sections, in their default order (the structure, 1-10). */
export const REPORT_SECTION_IDS = [
  'titlePage',
  'contents',
  'summary',
  'introduction',
  'method',
  'results',
  'factors',
  'notReached',
  'conclusions',
  'appendices',
] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

/** One section of the report as the evaluator set it: whether it is in the report; the array's order is the report's. */
export interface ReportSectionSetting {
  id: ReportSectionId;
  enabled: boolean;
}

/** A person whose name the report replaces in quotes by their role (anonymisation). */
export interface ReportPerson {
  name: string;
  /** The role written instead, e.g. `projektledaren`, `en kommunal tjänsteperson`. */
  role: string;
}

/** An image chosen by the evaluator for the title page, kept as base64 so the record stays plain JSON. */
export interface ReportLogo {
  fileName: string;
  mimeType: 'image/png' | 'image/jpeg';
  base64: string;
  /** Pixel size of the image, for its aspect ratio. */
  width: number;
  height: number;
}

/** A Word template of the evaluator's organisation: its `word/styles.xml`, used as the report's styles. */
export interface ReportTemplate {
  fileName: string;
  stylesXml: string;
}

/**
 * The evaluator's own texts, by key (see `reportTextKey`). A text is paragraphs separated by a blank line;
 * a line starting with `- ` or `• ` is a bullet.
 */
export type ReportTexts = Record<string, string>;

/** Everything about the report the evaluator decides, one record per evaluation (keyed by evaluationId). */
export interface ReportSettings {
  evaluationId: Id;
  sections: ReportSectionSetting[];
  texts: ReportTexts;
  /** The date on the title page; null: the day the report is made. */
  reportDate: IsoDate | null;
  logo: ReportLogo | null;
  template: ReportTemplate | null;
  /** For a category with no quote marked "I rapporten": how many of its strongest quotes the report takes. */
  quotesPerCategory: number;
  /** Names of people in quotes replaced by their role (on by default). */
  anonymise: boolean;
  /** Names the evaluator adds, beyond the register's project managers (who become `projektledaren`). */
  people: ReportPerson[];
  updatedAt: IsoTimestamp;
}

export const DEFAULT_QUOTES_PER_CATEGORY = 3;
export const MAX_QUOTES_PER_CATEGORY = 20;

/** The keys of the evaluator's texts, one per place in the report that takes the evaluator's words. */
export type ReportTextKey =
  | 'summary'
  | 'introduction.purpose'
  | 'method.limitations'
  | `results.${ProjectLevel}.${MatrixColumn}`
  | 'results.map'
  | `factors.${string}`
  | 'notReached'
  | 'conclusions';

export function reportTextKey(key: ReportTextKey): string {
  return key;
}

/** A new evaluation's report settings: every section in, in the default order, anonymised, 3 quotes a category. */
export function defaultReportSettings(evaluationId: Id, now: IsoTimestamp): ReportSettings {
  return {
    evaluationId,
    sections: REPORT_SECTION_IDS.map((id) => ({ id, enabled: true })),
    texts: {},
    reportDate: null,
    logo: null,
    template: null,
    quotesPerCategory: DEFAULT_QUOTES_PER_CATEGORY,
    anonymise: true,
    people: [],
    updatedAt: now,
  };
}
