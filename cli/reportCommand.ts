// `sparbar report FILE --out rapport.docx [--lang en]`: the evaluation report from an evaluation file, on
// the same path as the app's report worker: the file read, validated and migrated
// (readEvaluationFile), then reportInputFromTables -> buildReportDocument -> renderReportDocx, with
// charts rasterised in Node. Progress goes to stderr; the file is written only once it is whole.
import { escapeControlChars } from '../shared/base/printableName';
import { catalogFor, translate } from '../shared/i18n';
import { isoDateOf } from '../shared/base/isoDate';
import { readEvaluationFile, webSha256 } from '../shared/exchange/evaluationFile';
import { reportInputFromTables } from '../shared/report/model/reportInput';
import { buildReportDocument } from '../shared/report/model/buildReport';
import { renderReportDocx } from '../shared/report/docx/renderReport';
import type { EvaluationFileArgs } from './cliArgs';
import { fileErrorMessage, type CommandIo } from './openEvaluationFile';
import { createNodeSvgRasterizer } from './nodeSvgRasterizer';
import { writeWhole } from './writeWhole';

const sha256 = webSha256(globalThis.crypto.subtle);

/** Reports the writing's progress in steps of a tenth, so a log stays short. */
function progressLine(catalog: object, io: CommandIo): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const tenth = Math.floor((10 * done) / Math.max(total, 1));
    if (tenth === last) return;
    last = tenth;
    io.stderr(`${translate(catalog, 'cli.report.phase.writing', { percent: tenth * 10 })}\n`);
  };
}

/** Writes the report of the evaluation file's `bytes` (plain zip) to `args.out`; resolves to the exit status. */
export async function writeReport(args: Extract<EvaluationFileArgs, { command: 'report' }>, bytes: Uint8Array, io: CommandIo): Promise<number> {
  const catalog = catalogFor(args.language);
  const started = performance.now();
  io.stderr(`${translate(catalog, 'cli.report.phase.reading')}\n`);
  const read = await readEvaluationFile(bytes, { sha256 });
  if (!read.ok) {
    io.stderr(`sparbar: ${escapeControlChars(args.file)}: ${fileErrorMessage(read.error, catalog)}\n`);
    return 1;
  }
  const evaluation = read.snapshot.tables.evaluations?.[0] as { reportLanguage?: unknown } | undefined;
  const language = args.reportLanguage ?? (evaluation?.reportLanguage === 'en' ? 'en' : 'sv');
  io.stderr(`${translate(catalog, 'cli.report.phase.building')}\n`);
  const input = reportInputFromTables(read.snapshot.tables, language, isoDateOf(new Date()));
  const document = buildReportDocument(input);
  const docx = await renderReportDocx(document, { rasterize: createNodeSvgRasterizer(), templateStylesXml: input.settings.template?.stylesXml ?? null, onProgress: progressLine(catalog, io) });
  const problem = await writeWhole(args.out, docx, catalog);
  if (problem !== null) {
    io.stderr(`sparbar: ${problem}\n`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stdout(`${translate(catalog, 'cli.report.written', { path: escapeControlChars(args.out), title: escapeControlChars(read.manifest.evaluation.title), size: docx.byteLength, seconds })}\n`);
  return 0;
}
