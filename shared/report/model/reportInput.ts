import type { AgreementRun } from '../../domain/agreementRun';
import type { AuditEntry } from '../../domain/audit';
import type { Code } from '../../domain/code';
import type { DataCoding, Dataset, DatasetRow } from '../../domain/dataset';
import type { Block, DocumentRecord } from '../../domain/document';
import type { Evaluation, ReportLanguage } from '../../domain/evaluation';
import type { IsoDate } from '../../domain/ids';
import type { Finding, Judgement, RatingScale, Recommendation } from '../../domain/judgement';
import type { Project } from '../../domain/project';
import { defaultReportSettings, type ReportSettings } from '../../domain/reportSettings';
import type { Segment } from '../../domain/segment';
import { showBidiControls } from '../../base/bidiControls';

/** A document as the report needs it: its record and the blocks of its text (for the pages quotes are cited with). */
export type ReportSourceDocument = DocumentRecord & { blocks: Block[] };

/** Everything the report is made from: one evaluation's records, the evaluator's report settings, the language and the day. */
export interface ReportInput {
  evaluation: Evaluation;
  settings: ReportSettings;
  projects: readonly Project[];
  documents: readonly ReportSourceDocument[];
  codes: readonly Code[];
  segments: readonly Segment[];
  datasets: readonly Dataset[];
  datasetRows: readonly DatasetRow[];
  dataCodings: readonly DataCoding[];
  judgements: readonly Judgement[];
  ratingScales: readonly RatingScale[];
  findings: readonly Finding[];
  recommendations: readonly Recommendation[];
  auditLog: readonly AuditEntry[];
  /** Kept measurements of inter-coder agreement (schema v13). */
  agreementRuns: readonly AgreementRun[];
  language: ReportLanguage;
  /** The day the report is made (the title page's date unless the evaluator set one). */
  generatedOn: IsoDate;
}

/** The table the report settings are kept in (schema v11), one record per evaluation. */
export const REPORT_SETTINGS_TABLE = 'reportSettings';

function table<T>(tables: Readonly<Record<string, readonly object[]>>, name: string): T[] {
  return (tables[name] ?? []) as T[];
}

/**
 * The report's input from an evaluation snapshot's tables as an evaluation file holds them (already
 * validated by validateRecords): the one evaluation, documents joined with the blocks of their whole
 * texts (`documentTexts`), and the evaluation's report settings, or the defaults when it has none.
 * The one path from stored data to a report, for the app's worker and the command line alike.
 * Throws a RangeError when the tables hold no evaluation.
 */
export function reportInputFromTables(tables: Readonly<Record<string, readonly object[]>>, language: ReportLanguage, generatedOn: IsoDate): ReportInput {
  const [evaluation] = table<Evaluation>(tables, 'evaluations');
  if (evaluation === undefined) throw new RangeError('The tables hold no evaluation');
  const mine = <T extends { evaluationId: string }>(records: T[]): T[] => records.filter((r) => r.evaluationId === evaluation.id);
  const blocksOf = new Map(table<{ documentId: string; blocks: Block[] }>(tables, 'documentTexts').map((t) => [t.documentId, t.blocks]));
  // Names from the outside keep their bidirectional controls visible in the report's lists and citations.
  const documents = mine(table<DocumentRecord & { text?: unknown; blocks?: unknown }>(tables, 'documents')).map(({ text: _text, blocks: _blocks, ...record }) => ({
    ...record,
    title: showBidiControls(record.title),
    fileName: showBidiControls(record.fileName),
    blocks: blocksOf.get(record.id) ?? [],
  }));
  const settings = mine(table<ReportSettings>(tables, REPORT_SETTINGS_TABLE))[0] ?? defaultReportSettings(evaluation.id, evaluation.updatedAt);
  return {
    evaluation,
    settings,
    projects: mine(table<Project>(tables, 'projects')),
    documents,
    codes: mine(table<Code>(tables, 'codes')),
    segments: mine(table<Segment>(tables, 'segments')),
    datasets: mine(table<Dataset>(tables, 'datasets')).map((dataset) => ({ ...dataset, name: showBidiControls(dataset.name), fileName: showBidiControls(dataset.fileName) })),
    datasetRows: mine(table<DatasetRow>(tables, 'datasetRows')),
    dataCodings: mine(table<DataCoding>(tables, 'dataCodings')),
    judgements: mine(table<Judgement>(tables, 'judgements')),
    ratingScales: mine(table<RatingScale>(tables, 'ratingScales')),
    findings: mine(table<Finding>(tables, 'findings')),
    recommendations: mine(table<Recommendation>(tables, 'recommendations')),
    auditLog: mine(table<AuditEntry>(tables, 'auditLog')),
    agreementRuns: mine(table<AgreementRun>(tables, 'agreementRuns')),
    language,
    generatedOn,
  };
}
