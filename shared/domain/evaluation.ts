import type { Id, IsoDate, IsoTimestamp } from './ids';

export const EVALUATION_KINDS = ['interim', 'final'] as const;
/** interim = delutvärdering, final = slututvärdering. */
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export const REPORT_LANGUAGES = ['sv', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export interface Evaluation {
  id: Id;
  title: string;
  programme: string;
  /** Commissioning agency (beställare), e.g. Tillväxtverket. */
  agency: string;
  /** One name per evaluator. */
  evaluators: string[];
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  kind: EvaluationKind;
  reportLanguage: ReportLanguage;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
  lastOpenedAt: IsoTimestamp | null;
}

/** The fields a user edits; the rest are kept by the store. */
export type EvaluationInput = Pick<
  Evaluation,
  'title' | 'programme' | 'agency' | 'evaluators' | 'periodStart' | 'periodEnd' | 'kind' | 'reportLanguage'
>;
