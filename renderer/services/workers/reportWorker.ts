/// <reference lib="webworker" />
// Makes the evaluation's Word report off the UI thread, with the store opened here: the evaluation's
// records are read in this worker (one transaction, through the store's repository, originals left out),
// then the one path from stored data to a report runs (reportInputFromTables -> buildReportDocument ->
// renderReportDocx), and only the file's bytes go back. The same reading gives the report screen its
// preview (what each section's data part holds). The host terminates the worker on cancel: nothing is
// written anywhere until the page has the bytes and the evaluator saves them.
import type { IsoDate } from '../../../shared/domain';
import { createRepositories, browserDeps, openDatabase } from '../../store';
import { reportInputFromTables, type ReportInput } from '../../../shared/report/model/reportInput';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { reportPreview } from '../../../shared/report/model/reportPreview';
import { renderReportDocx } from '../../../shared/report/docx/renderReport';
import { reportFileName } from '../../../shared/report/reportFileName';
import { evidenceListSheet } from '../../../shared/report/evidenceListSheet';
import type { Sheet } from '../../../shared/report/model/evidenceSheet';
import { createWorkerSvgRasterizer } from './workerSvgRasterizer';

export type ReportRequest =
  /** Reads the evaluation and makes its report in the evaluation's report language. */
  | { type: 'build'; databaseName: string; evaluationId: string; generatedOn: IsoDate }
  /** Reads the evaluation and counts what each section's data part will hold. */
  | { type: 'preview'; databaseName: string; evaluationId: string; generatedOn: IsoDate }
  /** Reads the evaluation and lists the report's evidence with its numbers, as a sheet to write. */
  | { type: 'evidence'; databaseName: string; evaluationId: string; generatedOn: IsoDate };

/** The three phases of making a report, for the progress bar's words. */
export type ReportPhase = 'reading' | 'building' | 'writing';

export type ReportPreview = ReturnType<typeof reportPreview>;

export type ReportWorkerMessage =
  | { type: 'progress'; phase: ReportPhase; fraction: number }
  /** `fileName`: the suggested name, from the title and the report's date. */
  | { type: 'built'; bytes: Uint8Array; fileName: string; millis: number }
  | { type: 'preview'; preview: ReportPreview }
  | { type: 'evidence'; sheet: Sheet }
  | { type: 'crashed'; detail: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ReportWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** A chart of nothing: drawing it loads the rasterizer ahead of the first real chart. */
const WARM_UP_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

/** The share of the whole bar each phase ends at. */
const READ_END = 0.3;
const BUILD_END = 0.4;

/**
 * The worker is kept for the next request (see reportInWorker.ts), so it keeps its database open between
 * requests, reopened when it was closed (another window upgraded the schema) or another database is asked for.
 */
let opened: { name: string; db: Awaited<ReturnType<typeof openDatabase>>; repos: ReturnType<typeof createRepositories> } | null = null;

async function reposFor(databaseName: string): Promise<ReturnType<typeof createRepositories>> {
  if (opened === null || opened.name !== databaseName || !opened.db.isOpen()) {
    opened?.db.close();
    const db = await openDatabase(databaseName);
    opened = { name: databaseName, db, repos: createRepositories(db, browserDeps, () => []) };
  }
  return opened.repos;
}

/** Draws the charts; resvg's WebAssembly and the chart font are fetched and compiled as the worker starts. */
const rasterize = createWorkerSvgRasterizer();
void rasterize(WARM_UP_SVG).catch(() => undefined);

async function inputOf(request: ReportRequest): Promise<ReportInput> {
  const repos = await reposFor(request.databaseName);
  const snapshot = await repos.evaluationFiles.snapshotOf(request.evaluationId, { originals: false });
  const evaluation = snapshot.tables.evaluations?.[0] as { reportLanguage?: unknown } | undefined;
  const language = evaluation?.reportLanguage === 'en' ? 'en' : 'sv';
  return reportInputFromTables(snapshot.tables, language, request.generatedOn);
}

async function build(request: Extract<ReportRequest, { type: 'build' }>): Promise<void> {
  const started = performance.now();
  post({ type: 'progress', phase: 'reading', fraction: 0.02 });
  const input = await inputOf(request);
  post({ type: 'progress', phase: 'building', fraction: READ_END });
  const document = buildReportDocument(input);
  post({ type: 'progress', phase: 'writing', fraction: BUILD_END });
  const bytes = await renderReportDocx(document, {
    rasterize,
    templateStylesXml: input.settings.template?.stylesXml ?? null,
    onProgress: (done, total) => post({ type: 'progress', phase: 'writing', fraction: BUILD_END + ((1 - BUILD_END) * done) / Math.max(total, 1) }),
  });
  const fileName = reportFileName(input.evaluation.title, input.settings.reportDate ?? request.generatedOn);
  post({ type: 'built', bytes, fileName, millis: performance.now() - started }, [bytes.buffer]);
}

async function preview(request: Extract<ReportRequest, { type: 'preview' }>): Promise<void> {
  post({ type: 'preview', preview: reportPreview(await inputOf(request)) });
}

async function evidence(request: Extract<ReportRequest, { type: 'evidence' }>): Promise<void> {
  const input = await inputOf(request);
  post({ type: 'evidence', sheet: evidenceListSheet(input) });
}

const handlers = { build, preview, evidence };

self.onmessage = async (event: MessageEvent<ReportRequest>) => {
  try {
    await (handlers[event.data.type] as (request: ReportRequest) => Promise<void>)(event.data);
  } catch (error) {
    post({ type: 'crashed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
